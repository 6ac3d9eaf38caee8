// An element of an array of annotated pointers (a struct field) borrows a
// block-local; the struct is not used after the block, so nothing dangles in use.
// Rust: let mut vs = Views { items: [&zero; 2] };
//       { let x = 5; vs.items[0] = &x; use_int(*vs.items[0] + *vs.items[1]); }
// NLL accepts (vs is dead when x goes away).
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct views { BORROWED const int *items[2]; };
void use_int(int v);

void demo(void) {
  int zero = 0;
  struct views vs = {{&zero, &zero}};
  {
    int x = 5;
    vs.items[0] = &x;
    use_int(*vs.items[0] + *vs.items[1]);
  }
}
