// The allocating helper is defined after its caller, behind a prototype. Its summary
// (fresh malloc-family owner) is computed first anyway, and the caller's error path
// leaks the result.
#include <stdio.h>
#include <stdlib.h>

double *samples_new(size_t n);

int average(FILE *in, size_t n, double *avg) {
  double *s = samples_new(n);
  if (!s)
    return -1;
  double sum = 0;
  for (size_t i = 0; i < n; i++) {
    if (fscanf(in, "%lf", &s[i]) != 1)
      return -1; // expect-error[OWN003]{{leak: 's' goes out of scope}}
    sum += s[i];
  }
  *avg = n ? sum / (double)n : 0;
  free(s);
  return 0;
}

double *samples_new(size_t n) {
  return calloc(n ? n : 1, sizeof(double));
}
