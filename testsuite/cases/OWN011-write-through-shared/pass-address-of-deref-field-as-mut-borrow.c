// '&(*p)->num' borrows a field two derefs below the BORROWED root 'p'; lending it
// as MUT_BORROW is a mutable borrow of shared data.
// rustc: E0596 (cannot borrow `p.num` as mutable, as it is behind a `&` reference).
// Rust: fn six(p: &&mut Node) { set_int(&mut p.num, 6); }
#include <ownck/ownership.h>

struct node { int num; struct node *next; };

void set_int(MUT_BORROW int *dst, int v);

void six(BORROWED struct node *const *p) {
  set_int(&(*p)->num, 6); // expect-error[OWN011]
}
