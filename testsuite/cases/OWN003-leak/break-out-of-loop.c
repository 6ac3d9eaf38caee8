// A per-iteration buffer leaks when the loop is left with 'break' before the
// free at the bottom of the body. The leak is reported at the break.
#include <stdio.h>
#include <stdlib.h>

int process(const char *rec, size_t n);

int drain(FILE *in, size_t recsz) {
  int count = 0;
  for (;;) {
    char *rec = malloc(recsz); // expect-note{{allocated here by 'malloc'}}
    if (!rec)
      return -1;
    if (fread(rec, 1, recsz, in) != recsz)
      break; // expect-error[OWN003]{{leak: 'rec' goes out of scope while it still owns its value}}
    count += process(rec, recsz);
    free(rec);
  }
  return count;
}
