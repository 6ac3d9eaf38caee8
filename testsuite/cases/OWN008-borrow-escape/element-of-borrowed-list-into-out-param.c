// The out-parameter gets a loan of an element of the BORROWED list: nothing ties
// the caller's variable to the list's lifetime, so the loan escapes.
// rustc: "lifetime may not live long enough".
// Rust: fn first(list: &List, out: &mut &i32) { *out = &list.items[0]; }
// rustc: E0521 (borrowed data escapes; rustc says "lifetime may not live long enough").
#include <ownck/ownership.h>

struct list { int items[16]; int n; };

void first(BORROWED const struct list *list, MUT_BORROW const int **out) {
  if (list->n > 0)
    *out = &list->items[0]; // expect-error[OWN008]
}
