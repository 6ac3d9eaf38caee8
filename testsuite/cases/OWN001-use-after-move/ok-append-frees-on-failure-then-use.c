// The "takes ownership, frees it on failure" idiom: list_append() stores the item on
// success and frees it when the list is full. Its summary says parameter 1 is
// released on SOME path (and stored away on the other). A "may" release is not a
// release at the call site: the caller only uses 'name' on the success path, which
// the summary cannot tell apart from the failure path, so no use after free (and no
// leak) is reported.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LIST_MAX 64

struct list { char *items[LIST_MAX]; size_t len; };

static int list_append(struct list *l, char *item) {
  if (l->len == LIST_MAX) {
    free(item);
    return -1;
  }
  l->items[l->len++] = item;
  return 0;
}

int add_user(struct list *users, const char *user) {
  char *name = strdup(user);
  if (!name)
    return -1;
  if (list_append(users, name) < 0)
    return -1;
  printf("added %s (%zu users)\n", name, users->len);
  return 0;
}
