// Fields of a global ('shared.czero', 'server.clients') are the same place in
// every function, and the caller's values stored there are never tracked: what
// goes in escapes, what comes out belongs to someone else. Reduced from redis
// (src/server.c, src/tracking.c), where a field place created in one function
// was reused with that function's numbering in the next, which corrupted
// memory and reported "use of moved value" at the use itself.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct obj { int refcount; char *ptr; };
struct shared_objs { struct obj *czero, *cone, *crlf; };
struct server_state { struct obj **clients; int nclients; char *logfile; };

struct shared_objs shared;
struct server_state server;

static struct obj *make_obj(const char *s) {
  struct obj *o = malloc(sizeof *o);
  if (!o)
    abort();
  o->refcount = 1;
  o->ptr = strdup(s);
  return o;
}

void create_shared_objects(void) {
  char *tmp = malloc(16);
  char *other = malloc(16);
  free(tmp);
  free(other);
  shared.czero = make_obj("0");
  shared.cone = make_obj("1");
  shared.crlf = make_obj("\r\n");
  server.logfile = strdup("");
}

void add_reply(struct obj *o);

void reply_bit(int bit) {
  char *note = malloc(8);
  if (note)
    free(note);
  add_reply(bit ? shared.cone : shared.czero);
  add_reply(shared.crlf);
}

void reset_log(const char *path) {
  free(server.logfile);
  server.logfile = strdup(path);
  if (server.logfile && server.logfile[0] == '\0')
    add_reply(shared.czero);
}
