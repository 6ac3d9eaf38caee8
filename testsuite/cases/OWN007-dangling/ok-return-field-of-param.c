// Returning a borrow of a field of what the BORROWED parameter points to: the
// caller's object outlives the call.
// Rust: fn first(v: &Vec) -> &i32 { &v.items[0] }
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct vec { int items[8]; int len; };

BORROWED const int *first(BORROWED const struct vec *v) {
  return &v->items[0];
}
