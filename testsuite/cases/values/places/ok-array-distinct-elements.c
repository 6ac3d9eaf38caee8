// Different constant indices are different places: freeing ptrs[0] and ptrs[1],
// or arr[3].m_arr[4] and arr[3].m_arr[5], frees two blocks once each. A freed
// element cleared to NULL may be freed again.
// expect-no-diagnostics
#include <stdlib.h>

struct bucket { char *m_arr[8]; int used; };

void pair_demo(void) {
  char *ptrs[2];
  ptrs[0] = malloc(16);
  ptrs[1] = malloc(16);
  free(ptrs[0]);
  free(ptrs[1]);
  ptrs[1] = NULL;
  free(ptrs[1]);
}

void bucket_demo(void) {
  struct bucket arr[4] = {{{NULL}, 0}};
  arr[3].m_arr[4] = malloc(16);
  arr[3].m_arr[5] = malloc(16);
  free(arr[3].m_arr[4]);
  free(arr[3].m_arr[5]);
}
