// A BORROWED pointer is a shared borrow (&T): nothing may be written through it,
// and it cannot be lent on as MUT_BORROW (E0594, E0596).
#include <ownck/ownership.h>

struct counter { int hits; };

void bump(MUT_BORROW struct counter *c);

int peek(BORROWED struct counter *c) {
  c->hits++; // expect-error[OWN011]{{cannot write through 'c': it is a BORROWED (shared) pointer}}
             // expect-note@-2{{'c' is declared BORROWED here}}
  return c->hits;
}

void pass_on(BORROWED struct counter *c) {
  bump(c); // expect-error[OWN011]{{'c' is BORROWED (shared), but it is passed as MUT_BORROW}}
}
