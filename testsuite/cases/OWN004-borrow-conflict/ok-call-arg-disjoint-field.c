// Lending '&foo->bar2' mutably while '&foo->bar1' is mutably borrowed: two fields
// reached through the same MUT_BORROW are disjoint places.
// Rust: let b1 = &mut foo.bar1; bar_write(&mut foo.bar2); bar_touch(b1);
// NLL accepts (disjoint fields behind one &mut).
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct bar { int id; int hits; };
struct foo { struct bar bar1; struct bar bar2; };
void bar_write(MUT_BORROW struct bar *b);
void bar_touch(MUT_BORROW struct bar *b);

void update(MUT_BORROW struct foo *foo) {
  MUT_BORROW struct bar *b1 = &foo->bar1;
  bar_write(&foo->bar2);
  bar_touch(b1);
}
