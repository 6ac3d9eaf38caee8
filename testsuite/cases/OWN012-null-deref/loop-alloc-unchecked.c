// Building a list in a loop: each iteration's node is written before any check.
// The finding is inside the loop body, once.
#include <stdlib.h>

struct item {
  int id;
  struct item *next;
};

struct item *make_items(int n) {
  struct item *head = NULL;
  for (int i = 0; i < n; i++) {
    struct item *it = malloc(sizeof *it);
    it->id = i; // expect-warning[OWN012]{{'it' may be NULL here}}
    it->next = head;
    head = it;
  }
  return head;
}
