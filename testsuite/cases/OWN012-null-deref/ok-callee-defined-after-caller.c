// xmalloc() defined after its caller, behind a prototype; it aborts on NULL, so its
// result is never NULL, whatever the order in the file. No finding.
// expect-no-diagnostics
#include <stdlib.h>

void *xmalloc(size_t n);

double *zeros(size_t n) {
  double *v = xmalloc((n ? n : 1) * sizeof *v);
  for (size_t i = 0; i < n; i++)
    v[i] = 0.0;
  return v;
}

void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    abort();
  return p;
}
