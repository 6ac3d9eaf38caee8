// Returning a borrow of the parameter's data, with BORROWED_FROM tying the result
// to the parameter, is not a store: the caller keeps the lifetime.
// rustc accepts.
// Rust: fn item_name<'a>(it: &'a Item) -> &'a str { &it.name }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct item { OWNED char *name; int id; };

BORROWED_FROM(it) BORROWED const char *item_name(BORROWED const struct item *it) {
  return it->name;
}
