// The borrow of the block-local 'x' is last used inside the block.
// Rust: { let x = 5; let r = &x; use_int(*r); }
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

void use_int(int v);

void demo(void) {
  {
    int x = 5;
    BORROWED const int *r = &x;
    use_int(*r);
  }
}
