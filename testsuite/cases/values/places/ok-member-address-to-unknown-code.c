// The container_of idiom: a heap block is handed to unknown code through the
// address of one of its members ('&pc->req', '&pc->handle'); the callback gets
// the block back with container_of and frees it. The block escapes exactly as
// if 'pc' itself had been passed ('start((struct
// handle *)pc)', or 'h = &pc->handle; start(h)'). Seen in libuv's servers.
// expect-no-diagnostics
#include <stdlib.h>

struct handle { int fd; };
struct req { int kind; };
struct peer { struct handle handle; struct req req; };

int start_read(struct handle *h, void (*cb)(struct handle *));
int start_write(struct req *r, void (*cb)(struct req *));
void read_done(struct handle *h);
void write_done(struct req *r);

int read_peer(void) {
  struct peer *pc = calloc(1, sizeof *pc);
  if (!pc)
    return -1;
  return start_read(&pc->handle, read_done);   // first member: this is 'pc'
}

int write_peer(void) {
  struct peer *pc = calloc(1, sizeof *pc);
  if (!pc)
    return -1;
  return start_write(&pc->req, write_done);    // inner member
}
