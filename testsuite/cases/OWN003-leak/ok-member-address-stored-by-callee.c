// An intrusive queue (libuv's QUEUE): the request is linked into the stream's write
// queue through the address of its embedded member ('&req->queue' stored in the
// queue head). Storing the member's address stores the request, so the request
// passed to stream_write() is kept by the stream, not leaked by its caller (it is
// freed later, by a callback). No finding.
// expect-no-diagnostics
#include <stdlib.h>

typedef struct link { struct link *next, *prev; } link_t;
struct stream { link_t write_queue; };
struct write_req { link_t queue; const char *data; };

static void queue_insert_tail(link_t *head, link_t *q) {
  q->next = head;
  q->prev = head->prev;
  q->prev->next = q;
  head->prev = q;
}

static int stream_write(struct stream *s, struct write_req *req, const char *data) {
  req->data = data;
  queue_insert_tail(&s->write_queue, &req->queue);
  return 0;
}

int send_ping(struct stream *s) {
  struct write_req *req = malloc(sizeof *req);
  if (!req)
    return -1;
  return stream_write(s, req, "PING");
}
