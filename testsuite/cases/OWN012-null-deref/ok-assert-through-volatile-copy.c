// libuv's test macros check a copy of the value ('volatile void *eval_a = (a);
// volatile void *eval_b = NULL; if (!(eval_a != eval_b)) abort();'): the copy and
// the NULL are locals set once, so the test is a NULL test of the allocation, which
// is known non-NULL after it. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

#define ASSERT_NOT_NULL(a)                                   \
  do {                                                       \
    volatile void *eval_a = (void *)(a);                     \
    volatile void *eval_b = (void *)(NULL);                  \
    if (!(eval_a != eval_b)) {                               \
      fprintf(stderr, "Assertion failed: %s\n", #a);         \
      abort();                                               \
    }                                                        \
  } while (0)

struct ctx { int n; };

int run(int n) {
  struct ctx *threads = calloc((size_t)n, sizeof threads[0]);
  ASSERT_NOT_NULL(threads);
  threads[0].n = n;
  free(threads);
  return 0;
}
