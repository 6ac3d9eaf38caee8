// '*y' through 'BORROWED T *const *y' lent on to a BORROWED parameter: reading
// below the borrow, no release and no move.
// rustc accepts.
// Rust: fn show_t(y: &Box<T>) -> i32 { t_print(&**y); y.v }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct T { int v; };

void t_print(BORROWED const struct T *t);

int show_t(BORROWED struct T *const *y) {
  t_print(*y);
  return (*y)->v;
}
