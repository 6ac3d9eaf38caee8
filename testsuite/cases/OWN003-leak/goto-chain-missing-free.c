// A layered 'goto err' cleanup chain where one label forgets its release: a
// failure after 'names' is allocated jumps to err_ids, which frees 'ids' but not
// 'names'. 'names' lives in the function's block, so the goto does not end its
// scope: the leak is reported at the 'return' the chain ends in.
#include <stdlib.h>

struct table { int *ids; char **names; int *flags; };

int table_init(struct table *t, size_t n) {
  int *ids = malloc(n * sizeof *ids);
  if (!ids)
    goto err;
  char **names = calloc(n, sizeof *names); // expect-note{{allocated here by 'calloc'}}
  if (!names)
    goto err_ids;
  int *flags = calloc(n, sizeof *flags);
  if (!flags)
    goto err_ids;
  t->ids = ids;
  t->names = names;
  t->flags = flags;
  return 0;

err_ids:
  free(ids);
err:
  return -1; // expect-error[OWN003]{{leak: 'names' goes out of scope while it still owns its value}}
}
