// Passing the value of 'foo->bar1.id' to a function while 'foo->bar1' is mutably
// borrowed and used later: the read lies inside the borrowed place.
// Rust: let b1 = &mut foo.bar1; log_id(foo.bar1.id); bar_touch(b1);
// rustc: E0503 (cannot use `foo.bar1.id` because it was mutably borrowed).
#include <ownck/ownership.h>

struct bar { int id; int hits; };
struct foo { struct bar bar1; struct bar bar2; };
void bar_touch(MUT_BORROW struct bar *b);
void log_id(int id);

void update(MUT_BORROW struct foo *foo) {
  MUT_BORROW struct bar *b1 = &foo->bar1;
  log_id(foo->bar1.id); // expect-error[OWN006]
  bar_touch(b1);
}
