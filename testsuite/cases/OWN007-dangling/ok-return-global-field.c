// Returning a borrow of a field of a global.
// Rust: static ORIGIN: Point = Point { x: 0, y: 0 };  fn f() -> &'static i32 { &ORIGIN.y }
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x, y; };
static struct point origin;

BORROWED const int *demo(void) {
  BORROWED const int *r = &origin.y;
  return r;
}
