// Nested structs copy their pointer fields too: 'outer b = a' makes b.in.p the
// same block as a.in.p, so freeing both is a double free.
#include <stdlib.h>

struct inner { char *p; };
struct outer { struct inner in; int n; };

void twice(size_t n) {
  struct outer a;
  a.in.p = malloc(n);
  if (!a.in.p)
    return;
  a.n = 1;
  struct outer b = a;
  free(a.in.p);
  free(b.in.p); // expect-error[OWN002]
}
