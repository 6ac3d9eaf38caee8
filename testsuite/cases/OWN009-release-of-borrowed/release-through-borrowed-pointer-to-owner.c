// 'y' borrows the caller's owner (a 'T *'); '*y' is that owner, one deref below
// the BORROWED root. Releasing it frees what the caller still owns.
// rustc: E0507 (cannot move out of `*y`, which is behind a shared reference).
// Rust: fn drop_t(y: &Box<T>) { t_free(*y); }
#include <ownck/ownership.h>

struct T { int v; };

void t_free(OWNED struct T *t);

void drop_t(BORROWED struct T *const *y) {
  t_free(*y); // expect-error[OWN009]
}
