// Places nested through arrays and fields, 'arr[3].m_arr[4]', are tracked like
// 'p.buf': freeing the same element twice is a double free.
#include <stdlib.h>

struct bucket { char *m_arr[8]; int used; };

void bucket_demo(void) {
  struct bucket arr[4] = {{{NULL}, 0}};
  arr[3].m_arr[4] = malloc(16);
  arr[3].used = 1;
  free(arr[3].m_arr[4]);
  arr[3].used = 0;
  free(arr[3].m_arr[4]); // expect-error[OWN002]
}
