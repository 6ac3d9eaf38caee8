// Returning the address of a field of a local struct: the field dies with the struct.
// Rust: fn f() -> &'static i32 { let p = Point { x: 1, y: 2 }; &p.y }
// rustc: E0515 (cannot return reference to local data `p.y`).
#include <ownck/ownership.h>

struct point { int x, y; };

BORROWED const int *demo(void) {
  struct point p = {1, 2};
  return &p.y; // expect-error[OWN007]
}
