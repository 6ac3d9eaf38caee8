// An initializer list stores field by field: '{1, t_new()}' makes 'x.b' the owner of
// the new object, so giving it away twice is a double move, as with 'x.b = t_new()'.
// Rust: let x = A { a: 1, b: T::new() }; t_free(x.b); t_free(x.b);
// rustc: E0382 (use of moved value: `x.b`).
#include <ownck/ownership.h>

struct T { int v; };
OWNED struct T *t_new(void);
void t_free(OWNED struct T *t);
struct A { int a; OWNED struct T *b; };

void demo(void) {
  struct A x = {1, t_new()};
  t_free(x.b);
  t_free(x.b); // expect-error[OWN002]{{double move of 'x.b'}}
               // expect-note@-2{{value moved here}}
}
