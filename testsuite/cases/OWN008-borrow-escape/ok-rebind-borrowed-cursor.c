// Assigning to the BORROWED parameter variable itself ('n = n->next') rebinds the
// local borrow; nothing is stored outside the call.
// rustc accepts.
// Rust: fn len(mut n: Option<&Node>) -> usize { let mut k = 0; while let Some(x) = n { k += 1; n = x.next.as_deref(); } k }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <stddef.h>
#include <ownck/ownership.h>

struct node { int key; struct node *next; };

size_t list_len(BORROWED const struct node *n) {
  size_t k = 0;
  for (; n; n = n->next)
    k++;
  return k;
}
