// The result of an allocating wrapper is overwritten by a second call while it still
// owns the first block.
#include <stdlib.h>

static int *ints_new(size_t n) {
  return calloc(n, sizeof(int));
}

int histogram(const unsigned char *data, size_t n) {
  int *counts = ints_new(256);
  if (!counts)
    return -1;
  counts = ints_new(256); // expect-error[OWN003]{{leak: 'counts' is overwritten while it still owns its value}}
  if (!counts)
    return -1;
  for (size_t i = 0; i < n; i++)
    counts[data[i]]++;
  int max = 0;
  for (int i = 0; i < 256; i++)
    if (counts[i] > max)
      max = counts[i];
  free(counts);
  return max;
}
