// One call gets a MUT_BORROW of 'foo->bar1' and a shared borrow of 'foo->bar2':
// the arguments do not overlap.
// Rust: bar_copy(&mut foo.bar1, &foo.bar2);   (foo: &mut Foo)
// NLL accepts (disjoint fields).
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct bar { int id; int hits; };
struct foo { struct bar bar1; struct bar bar2; };
void bar_copy(MUT_BORROW struct bar *dst, BORROWED const struct bar *src);

void sync(MUT_BORROW struct foo *foo) {
  bar_copy(&foo->bar1, &foo->bar2);
}
