// ownership_holds(malloc, 2): the list keeps the item and releases it later, so
// the function that handed it over does not leak it.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct list;
int list_append(struct list *l, void *item) __attribute__((ownership_holds(malloc, 2)));

int add_name(struct list *l, const char *name) {
  char *item = strdup(name);
  if (!item)
    return -1;
  list_append(l, item);
  return 0;
}
