// GNU '&&label' gives the address of code in this function; it is never a heap
// block, so freeing it is OWN009. No computed goto here, so the function is
// checked normally.
#include <stdlib.h>

int run_once(int n) {
  void *resume = &&done;
  if (n < 0)
    n = 0;
done:
  free(resume); // expect-error[OWN009]
  return n;
}
