// Building a singly linked list (each node stored into the list head) and freeing
// it node by node: every node is owned by the list, then released in the loop.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct item { char *name; struct item *next; };

void list_free(struct item *head) {
  while (head) {
    struct item *next = head->next;
    free(head->name);
    free(head);
    head = next;
  }
}

struct item *list_build(const char **names, int n) {
  struct item *head = NULL;
  for (int i = n - 1; i >= 0; i--) {
    struct item *it = malloc(sizeof *it);
    if (!it) {
      list_free(head);
      return NULL;
    }
    it->name = strdup(names[i]);
    if (!it->name) {
      free(it);
      list_free(head);
      return NULL;
    }
    it->next = head;
    head = it;
  }
  return head;
}
