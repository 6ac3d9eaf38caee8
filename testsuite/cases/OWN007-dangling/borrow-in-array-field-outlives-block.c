// An array of annotated pointers as a struct field (element-insensitive): one element
// borrows the block-local 'x' and is used after the block.
// Rust: let mut vs = Views { items: [&zero; 2] }; { let x = 5; vs.items[0] = &x; }
//       use_int(*vs.items[0]);
// rustc: E0597 (`x` does not live long enough).
#include <ownck/ownership.h>

struct views { BORROWED const int *items[2]; };
void use_int(int v);

void demo(void) {
  int zero = 0;
  struct views vs = {{&zero, &zero}};
  {
    int x = 5;
    vs.items[0] = &x;
  } // expect-error[OWN007]
  use_int(*vs.items[0]);
}
