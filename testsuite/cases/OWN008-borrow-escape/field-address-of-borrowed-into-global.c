// '&item->count' reborrows a place below the BORROWED root 'item': the loan has
// item's lifetime, and the global outlives it.
// rustc: E0521 (borrowed data escapes outside of function).
// Rust: fn watch(item: &Item) { unsafe { WATCHED = &item.count; } }
#include <ownck/ownership.h>

struct item { int count; const char *label; };

static const int *g_watched;

void watch(BORROWED const struct item *item) {
  g_watched = &item->count; // expect-error[OWN008]
}
