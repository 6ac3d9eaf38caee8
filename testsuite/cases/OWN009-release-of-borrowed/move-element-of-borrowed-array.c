// 'names[i]' is an index step below the BORROWED root 'names' (a '&[String]'):
// moving an element into an OWNED parameter takes it from the caller's array.
// rustc: E0508 (cannot move out of type `[String]`, a non-copy slice).
// Rust: fn keep_first(names: &[String]) { keep(names[0]); }
#include <ownck/ownership.h>

void keep(OWNED char *name);

void keep_first(BORROWED char *const *names, int n) {
  if (n > 0)
    keep(names[0]); // expect-error[OWN009]
}
