// MUT_BORROW allows writes; BORROWED allows reads and lending on as BORROWED.
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct counter { int hits; };

int read_hits(BORROWED const struct counter *c);

void bump(MUT_BORROW struct counter *c) {
  c->hits++;
}

int twice(BORROWED struct counter *c) {
  return read_hits(c) + c->hits;
}
