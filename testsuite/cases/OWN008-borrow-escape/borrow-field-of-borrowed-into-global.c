// A BORROWED field read through a BORROWED parameter is a borrow the caller made
// for some lifetime of its own, never for the whole program.
// rustc: E0521 (borrowed data escapes outside of function).
// Rust: fn keep(item: &Item<'_>) { unsafe { NAME = item.name; } }  // struct Item<'a> { name: &'a str }
#include <ownck/ownership.h>

struct item { BORROWED const char *name; int id; };

static const char *g_name;

void keep(BORROWED const struct item *item) {
  g_name = item->name; // expect-error[OWN008]
}
