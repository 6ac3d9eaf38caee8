// free() of a variable's address: the memory was never allocated, so the heap is
// corrupted (CWE-590). Releasing what is not owned is OWN009.
// rustc: no safe equivalent; the nearest is E0507 (releasing what is not owned).
#include <stdlib.h>

struct buf { char data[64]; int len; };

void reset(void) {
  struct buf b = {{0}, 0};
  b.len = 1;
  free(&b); // expect-error[OWN009]{{'&b' is released, but it is not owned}}
}
