// Releasing the same struct field twice (a cleanup function called after a partial
// cleanup) is a double free of the field's block.
#include <stdlib.h>

struct parser { char *buf; int pos; };

void parser_fail(struct parser *p) {
  free(p->buf);
  p->pos = -1;
}

void parser_reset(void) {
  struct parser p;
  p.buf = malloc(128);
  if (!p.buf)
    return;
  p.pos = 0;
  free(p.buf);
  p.pos = -1;
  free(p.buf); // expect-error[OWN002]{{double release of 'p.buf'}}
               // expect-note@-3{{first released here}}
}
