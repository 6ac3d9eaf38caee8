// One call gets a MUT_BORROW of 's->inner' and a shared borrow of the whole '*s':
// '*s' is a prefix of 's->inner', so the two arguments overlap.
// Rust: merge(&mut s.inner, &*s);   (s: &mut Outer)
// rustc: E0502 (cannot borrow `*s` as immutable because it is also borrowed as mutable).
#include <ownck/ownership.h>

struct inner { int a, b; };
struct outer { struct inner inner; int total; };
void merge(MUT_BORROW struct inner *dst, BORROWED const struct outer *src);

void refresh(MUT_BORROW struct outer *s) {
  merge(&s->inner, s); // expect-error[OWN004]
}
