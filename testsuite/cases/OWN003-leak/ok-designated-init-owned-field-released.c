// The owner made by a designated initializer ('.b = t_new()') is released once, through
// the field it was stored in: nothing leaks, nothing is released twice.
// Rust: let y = A { b: T::new(), a: 2 }; t_free(y.b);
// expect-no-diagnostics
#include <ownck/ownership.h>

struct T { int v; };
OWNED struct T *t_new(void);
void t_free(OWNED struct T *t);
struct A { int a; OWNED struct T *b; };

int demo(void) {
  struct A y = {.b = t_new(), .a = 2};
  int a = y.a;
  t_free(y.b);
  return a;
}
