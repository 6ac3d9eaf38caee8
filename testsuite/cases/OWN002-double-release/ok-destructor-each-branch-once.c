// The destructor is called once on each branch: on the error branch before the
// early return, on the success branch at the end. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct msg { char *body; size_t len; };

static void msg_free(struct msg *m) {
  free(m->body);
  free(m);
}

static struct msg *msg_new(const char *text) {
  struct msg *m = calloc(1, sizeof *m);
  if (!m)
    return NULL;
  m->body = strdup(text);
  m->len = m->body ? strlen(m->body) : 0;
  return m;
}

int send_msg(const char *text, size_t max) {
  struct msg *m = msg_new(text);
  if (!m)
    return -1;
  if (!m->body || m->len > max) {
    msg_free(m);
    return -1;
  }
  size_t n = m->len;
  msg_free(m);
  return (int)n;
}
