// The loop that drives a switch runs once per value of its counter, and the case
// that should release the block is never reached (the loop stops at 2): the block
// leaks at the return.
#include <stdlib.h>
#include <string.h>

int stages(size_t n) {
  char *p = NULL;
  for (int i = 0; i < 2; i++) {
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
  return 0; // expect-error[OWN003]{{leak: 'p' goes out of scope}}
}
