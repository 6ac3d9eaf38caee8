// 'r' is a BORROWED local borrowing 'owner': releasing through it frees what
// 'owner' still owns (and 'owner' frees it again).
// rustc: E0507 (cannot move out of `*r`, which is behind a shared reference).
// Rust: let owner = Box::new(0u8); let r = &owner; drop(*r);
#include <stdlib.h>
#include <ownck/ownership.h>

void scratch(void) {
  OWNED char *owner = malloc(8);
  if (!owner)
    return;
  BORROWED char *r = owner;
  free(r); // expect-error[OWN009]
  free(owner);
}
