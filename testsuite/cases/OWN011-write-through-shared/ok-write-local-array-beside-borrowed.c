// A function with a BORROWED parameter writing through a plain pointer to its own
// local array: the shared borrow is only read.
// rustc accepts.
// Rust: fn spread(src: &Point) -> i32 { let mut tmp = [0; 4]; let w = &mut tmp; w[0] = src.x; w[1] = src.y; w[0] + w[1] }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct point { int x; int y; };

int spread(BORROWED const struct point *src) {
  int tmp[4] = {0};
  int *w = tmp;
  w[0] = src->x;
  w[1] = src->y;
  return w[0] + w[1];
}
