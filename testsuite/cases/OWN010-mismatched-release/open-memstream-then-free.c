// open_memstream() hands out two owners: the stream (fclose's family) and, through
// the out-parameter, the buffer (free's family). Freeing the stream instead of
// closing it loses the final flush and the stream itself.
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>

char *render(int x, int y) {
  char *buf = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&buf, &len);
  if (!m)
    return NULL;
  fprintf(m, "(%d, %d)", x, y);
  free(m); // expect-error[OWN010]{{'m' is released with the wrong function}}
           // expect-note@-5{{allocated here by 'open_memstream'}}
  return buf;
}
