// 'foo->bar1.int1' is a field of a field below the BORROWED root 'foo': writing
// it writes the caller's shared object.
// rustc: E0594 (cannot assign to `foo.bar1.int1`, which is behind a `&` reference).
// Rust: fn poke(foo: &Foo) { foo.bar1.int1 = 3; }
#include <ownck/ownership.h>

struct bar { int int1; int int2; };
struct foo { struct bar bar1; struct bar bar2; };

void poke(BORROWED struct foo *foo) {
  foo->bar1.int1 = 3; // expect-error[OWN011]
}
