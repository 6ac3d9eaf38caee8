// A loan of a global's element lives as long as the global itself: keeping it in
// another global is not an escape, whatever the borrow annotation says.
// rustc accepts (a borrow of a static is 'static).
// Rust: static TABLE: [i32; 4] = [1, 2, 3, 4]; fn select(i: usize) { unsafe { CUR = &TABLE[i]; } }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

static int g_table[4] = {1, 2, 3, 4};
static const int *g_cur;

void select_entry(int i) {
  BORROWED const int *r = &g_table[i & 3];
  g_cur = r;
}

int current(void) { return g_cur ? *g_cur : 0; }
