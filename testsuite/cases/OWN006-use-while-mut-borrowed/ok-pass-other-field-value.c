// Passing the value of 'foo->bar2.id' while 'foo->bar1' is mutably borrowed:
// disjoint fields.
// Rust: let b1 = &mut foo.bar1; log_id(foo.bar2.id); bar_touch(b1);
// NLL accepts.
// rustc: accepted, no E0503.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct bar { int id; int hits; };
struct foo { struct bar bar1; struct bar bar2; };
void bar_touch(MUT_BORROW struct bar *b);
void log_id(int id);

void update(MUT_BORROW struct foo *foo) {
  MUT_BORROW struct bar *b1 = &foo->bar1;
  log_id(foo->bar2.id);
  bar_touch(b1);
}
