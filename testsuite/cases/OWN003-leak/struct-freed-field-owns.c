// Freeing a struct whose field still owns a block leaks the block: after free(s)
// nothing refers to s->buf any more. The destructor must free the fields first.
#include <stdlib.h>

struct buffer { char *buf; size_t len; };

void buffer_reset(size_t n) {
  struct buffer *s = malloc(sizeof *s);
  if (!s)
    return;
  s->buf = malloc(n); // expect-note{{allocated here by 'malloc'}}
  s->len = 0;
  free(s); // expect-error[OWN003]{{leak: 's->buf' still owns its value when its struct is released}}
}
