// 's->inner->name': a field, a deref through a MUT_BORROW field, another field;
// all of it is the caller's memory, which outlives the BORROWED 'name'.
// rustc: "lifetime may not live long enough".
// Rust: fn rename(s: &mut Outer<'_, '_>, name: &str) { s.inner.name = name; }
// rustc: E0521 (borrowed data escapes; rustc says "lifetime may not live long enough").
#include <ownck/ownership.h>

struct inner { const char *name; };
struct outer { MUT_BORROW struct inner *inner; int gen; };

void rename(MUT_BORROW struct outer *s, BORROWED const char *name) {
  s->gen++;
  s->inner->name = name; // expect-error[OWN008]
}
