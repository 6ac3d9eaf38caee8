// Precision: the iterator loop 'while ((e = next(it)) != NULL)' checks each result
// in the condition; the body only runs on the non-NULL edge.
// expect-no-diagnostics
#include <stddef.h>
#include <ownck/ownership.h>

struct iter;
struct rec {
  int size;
};

NULLABLE struct rec *iter_next(struct iter *it);

long total_size(struct iter *it) {
  long sum = 0;
  struct rec *r;
  while ((r = iter_next(it)) != NULL)
    sum += r->size;
  return sum;
}
