// A designated initializer stores into the field it names: '.b = t_new()' makes 'z.b'
// an owner, which still owns its object when 'z' goes out of scope.
// Rust: let z = A { b: T::new(), a: 2 }; // forgotten with mem::forget: a leak
#include <ownck/ownership.h>

struct T { int v; };
OWNED struct T *t_new(void);
struct A { int a; OWNED struct T *b; };

void demo(void) {
  struct A z = {.b = t_new(), .a = 2};
} // expect-error[OWN003]{{leak: 'z.b' goes out of scope while it still owns its value}}
