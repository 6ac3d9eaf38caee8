// Copying the data a borrow points to (an int) into a global copies no loan: only
// pointers carry loans.
// rustc accepts.
// Rust: fn tally(item: &Item, v: &i32) { unsafe { TOTAL += item.count; LAST = *v; } }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct item { int count; const char *label; };

static int g_total;
static int g_last;

void tally(BORROWED const struct item *item, BORROWED const int *v) {
  g_total += item->count;
  g_last = *v;
}
