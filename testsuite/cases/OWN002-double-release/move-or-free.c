// Either the value is moved into an OWNED parameter or it is freed, never both: each
// path disposes of it exactly once. No finding.
// expect-no-diagnostics
#include <ownck/ownership.h>
#include <stdlib.h>
#include <string.h>

struct list;
int list_append(struct list *l, OWNED char *s);

void add_if_new(struct list *l, const char *s, int is_new) {
  OWNED char *copy = strdup(s);
  if (!copy)
    return;
  if (is_new)
    list_append(l, copy);
  else
    free(copy);
}
