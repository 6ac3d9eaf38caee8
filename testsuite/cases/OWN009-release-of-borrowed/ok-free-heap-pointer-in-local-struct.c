// free() of a pointer held in a local struct's field releases the allocation the
// field points to, not the local: unlike free(&p), this is fine.
// rustc accepts.
// Rust: let p = Pair { a: Box::new(0), b: 1 }; drop(p.a);
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stdlib.h>

struct pair { char *a; int b; };

int use_pair(void) {
  struct pair p;
  p.b = 1;
  p.a = malloc(4);
  if (!p.a)
    return -1;
  p.a[0] = 'x';
  free(p.a);
  return p.b;
}
