// '(*p)->num' through a MUT_BORROW pointer-to-pointer: '&mut &mut Node' allows
// writing the node.
// rustc accepts.
// Rust: fn set(p: &mut &mut Node) { p.num = 6; }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct node { int num; struct node *next; };

void set(MUT_BORROW struct node **p) {
  (*p)->num = 6;
}
