// Precision: 'if (!p || p->x == 0) return' reads p->x only when p is non-NULL, and
// after the if p is non-NULL on every path.
// expect-no-diagnostics
#include <stddef.h>
#include <ownck/ownership.h>

struct job {
  int pending;
  int done;
};

int finish(NULLABLE struct job *j) {
  if (!j || j->pending == 0)
    return 0;
  j->pending--;
  j->done++;
  return 1;
}
