// Assigning a whole struct through a BORROWED pointer ('*p = ...') replaces the
// caller's shared object.
// rustc: E0594 (cannot assign to `*p`, which is behind a `&` reference).
// Rust: fn origin(p: &Point) { *p = Point { x: 0, y: 0 }; }
#include <ownck/ownership.h>

struct point { int x; int y; };

void origin(BORROWED struct point *p) {
  *p = (struct point){0, 0}; // expect-error[OWN011]
}
