// Copying a borrow into a plain local copies its loan: freeing the copy is
// freeing through the BORROWED parameter.
// rustc: E0507 (cannot move out of `*alias`, which is behind a shared reference).
// Rust: fn drop_it(b: &Box<Buf>) { let alias = b; drop(*alias); }
#include <stdlib.h>
#include <ownck/ownership.h>

void drop_it(BORROWED char *b) {
  char *alias = b;
  free(alias); // expect-error[OWN009]
}
