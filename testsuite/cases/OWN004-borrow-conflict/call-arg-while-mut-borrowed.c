// Passing '&foo->bar1' to a MUT_BORROW parameter while a MUT_BORROW of the same
// field is still used later: two mutable borrows of 'foo->bar1' at once.
// Rust: let b1 = &mut foo.bar1; bar_write(&mut foo.bar1); bar_touch(b1);
// rustc: E0499 (cannot borrow `foo.bar1` as mutable more than once at a time).
#include <ownck/ownership.h>

struct bar { int id; int hits; };
struct foo { struct bar bar1; struct bar bar2; };
void bar_write(MUT_BORROW struct bar *b);
void bar_touch(MUT_BORROW struct bar *b);

void update(MUT_BORROW struct foo *foo) {
  MUT_BORROW struct bar *b1 = &foo->bar1;
  bar_write(&foo->bar1); // expect-error[OWN004]
  bar_touch(b1);
}
