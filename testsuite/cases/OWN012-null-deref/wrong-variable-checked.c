// Two allocations, one check: the copy-paste error checks 'keys' twice and never
// 'vals'. Refinement is per object, so checking one pointer says nothing about the
// other.
#include <stdlib.h>

struct table {
  char **keys;
  int *vals;
};

int table_init(struct table *t, size_t n) {
  char **keys = calloc(n, sizeof *keys);
  int *vals = calloc(n, sizeof *vals);
  if (!keys || !keys) {
    free(keys);
    free(vals);
    return -1;
  }
  vals[0] = 0; // expect-warning[OWN012]{{'vals' may be NULL here}}
               // expect-note@-7{{allocated here by 'calloc'}}
  t->keys = keys;
  t->vals = vals;
  return 0;
}
