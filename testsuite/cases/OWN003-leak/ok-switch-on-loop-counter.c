// A loop whose counter runs over a few known values, each selecting one case of a
// switch (allocate, use, release: a state machine driven by 'i'): every case runs
// once, in order. The loop is followed once per value of 'i', with 'i == 0', 'i ==
// 1', 'i == 2' known each time, so no path allocates twice, uses after the release
// or leaves without it. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

int stages(size_t n) {
  char *p = NULL;
  for (int i = 0; i < 3; i++) {
    switch (i) {
    case 0:
      p = malloc(n);
      if (!p)
        return -1;
      break;
    case 1:
      memset(p, 0, n);
      break;
    case 2:
      free(p);
      break;
    }
  }
  return 0;
}
