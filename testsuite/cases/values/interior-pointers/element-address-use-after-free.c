// '&arr[0]' and '&arr[i]' are addresses inside the allocation: once the array
// is freed, writing through the saved element pointer is a use after free.
#include <stdlib.h>

void fill_and_drop(size_t n) {
  int *arr = calloc(n + 1, sizeof *arr);
  if (!arr)
    return;
  int *first = &arr[0];
  int *last = &arr[n];
  *last = -1;
  free(arr);
  *first = 0; // expect-error[OWN001]
}
