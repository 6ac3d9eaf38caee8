// Array elements are not told apart, so storing '&zero' into 'vs.items[0]' does not
// drop the loan of the block-local 'x' stored there before: 'vs.items' still holds it
// when 'x' dies, and 'vs.items' is used after the block. rustc agrees: a write to one
// element does not end the borrow held by the array.
// Rust: let mut vs = Views { items: [&zero; 2] };
//       { let x = 5; vs.items[0] = &x; use_int(*vs.items[0]); } vs.items[0] = &zero;
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
    use_int(*vs.items[0]);
  } // expect-error[OWN007]
  vs.items[0] = &zero;
  use_int(*vs.items[0]);
}
