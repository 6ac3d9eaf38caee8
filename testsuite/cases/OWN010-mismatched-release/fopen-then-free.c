// A stream from fopen() released with free(): the FILE's buffer and descriptor leak
// and the allocator's bookkeeping is corrupted (CWE-762). The classic slip when a
// function is converted from a malloc'd buffer to a stream and the cleanup is not.
#include <stdio.h>
#include <stdlib.h>

int count_lines(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
  int n = 0, c;
  while ((c = fgetc(f)) != EOF)
    if (c == '\n')
      n++;
  free(f); // expect-error[OWN010]{{'f' is released with the wrong function}}
           // expect-note@-8{{allocated here by 'fopen'}}
  return n;
}
