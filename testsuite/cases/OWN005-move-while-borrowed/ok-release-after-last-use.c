// The borrow's last use comes before the release: no conflict.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <stdlib.h>
#include <ownck/ownership.h>

struct vec { int *data; int len; };
int sum(BORROWED const struct vec *v);

int total(OWNED struct vec *v) {
  BORROWED const struct vec *r = v;
  int n = sum(r);
  free(v);
  return n;
}
