// A free under a condition followed by an unconditional free: on the path where the
// condition held the block is released twice. A may-analysis reports it; the other
// path releases the block exactly once, so nothing leaks.
#include <stdio.h>
#include <stdlib.h>

int parse(const char *text) {
  char *tok = malloc(64);
  if (!tok)
    return -1;
  int n = sscanf(text, "%63s", tok);
  if (n != 1)
    free(tok);
  free(tok); // expect-error[OWN002]{{double release of 'tok'}}
             // expect-note@-2{{first released here}}
  return n == 1 ? 0 : -1;
}
