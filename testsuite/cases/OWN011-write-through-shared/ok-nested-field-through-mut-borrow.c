// 'foo->bar1.int1 = 3' through a MUT_BORROW: a write at any depth below an
// exclusive borrow is allowed.
// rustc accepts.
// Rust: fn poke(foo: &mut Foo) { foo.bar1.int1 = 3; }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct bar { int int1; int int2; };
struct foo { struct bar bar1; struct bar bar2; };

void poke(MUT_BORROW struct foo *foo) {
  foo->bar1.int1 = 3;
}
