// Annotations that cannot apply: an owned double, an owner that is also a borrow,
// a borrowed integer, BORROWED_FROM naming no parameter, UNCHECKED on a variable.
#include <ownck/ownership.h>

struct rec {
  OWNED BORROWED char *name; // expect-error[OWN013]{{field 'name' is annotated both OWNED and BORROWED}}
  OWNED double weight;       // expect-error[OWN013]{{field 'weight' is a floating-point value}}
};

int count(BORROWED int n) { // expect-error[OWN013]{{parameter 'n' is an integer}}
  return n;
}

BORROWED_FROM(src) const char *tail(BORROWED const char *s) { // expect-error[OWN013]{{BORROWED_FROM(src) names no parameter of 'tail'}}
  return s + 1;
}

double weigh(struct rec *r) {
  UNCHECKED int scale = 2; // expect-error[OWN013]{{variable 'scale' is annotated UNCHECKED}}
  return r->weight * scale + (r->name != 0);
}
