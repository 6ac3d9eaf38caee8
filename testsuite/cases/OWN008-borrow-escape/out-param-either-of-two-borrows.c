// Whichever branch runs, one of two BORROWED parameters ends up behind the
// out-parameter: the escape is reported on each branch's store.
// rustc: "lifetime may not live long enough" (twice, one per assignment).
// Rust: fn longer(out: &mut &str, a: &str, b: &str) { if a.len() >= b.len() { *out = a } else { *out = b } }
// rustc: E0521 (borrowed data escapes; rustc says "lifetime may not live long enough").
#include <string.h>
#include <ownck/ownership.h>

void longer(MUT_BORROW const char **out, BORROWED const char *a, BORROWED const char *b) {
  if (strlen(a) >= strlen(b))
    *out = a; // expect-error[OWN008]
  else
    *out = b; // expect-error[OWN008]
}
