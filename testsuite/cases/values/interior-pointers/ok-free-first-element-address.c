// 'free(&arr[0])' frees the array itself: &arr[0] is the block's start, so this is
// neither an offset free nor a leak of arr.
// expect-no-diagnostics
#include <stdlib.h>

long sum_squares(size_t n) {
  long *arr = malloc(n * sizeof *arr);
  if (!arr)
    return -1;
  long s = 0;
  for (size_t i = 0; i < n; i++) {
    arr[i] = (long)(i * i);
    s += arr[i];
  }
  free(&arr[0]);
  return s;
}
