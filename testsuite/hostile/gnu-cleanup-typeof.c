// __attribute__((cleanup)), typeof, __typeof__ and __auto_type: locals whose type is
// inferred, and locals released automatically at scope end. Only 'leaky' leaks.
// hostile-exit: 1
#include <stdio.h>
#include <stdlib.h>

static inline void freep(void *p) { free(*(void **)p); }
#define _cleanup_free_ __attribute__((cleanup(freep)))

int auto_released(int n) {
  _cleanup_free_ char *a = malloc(8);
  if (!a)
    return -1;
  __auto_type b = a;
  typeof(b) c = b;
  if (n > 3)
    return n;       // 'a' is released by freep, early return or not
  return c[0];
}

int leaky(void) {
  __auto_type p = malloc(4);
  __typeof__(p) q = p;
  if (!q)
    return -1;
  return 0; // expect-error[OWN003]{{leak}}
            // expect-note@-5{{allocated here}}
}

int typeof_expr(void) {
  typeof(fopen("x", "r")) f = fopen("/dev/null", "r"); // unevaluated typeof: no object
  if (!f)
    return -1;
  fclose(f);
  return 0;
}
