// A constructor/destructor pair for a struct with an owned field: the fields are
// released before the struct, and the constructor's failure path frees the struct.
// expect-no-diagnostics
#include <stdlib.h>

struct buffer { char *buf; size_t len; };

struct buffer *buffer_new(size_t n) {
  struct buffer *s = malloc(sizeof *s);
  if (!s)
    return NULL;
  s->buf = malloc(n);
  if (!s->buf) {
    free(s);
    return NULL;
  }
  s->len = n;
  return s;
}

void buffer_free(struct buffer *s) {
  if (!s)
    return;
  free(s->buf);
  free(s);
}
