/* list.c: a singly linked list of names, with no ownership annotations at all.
 *
 * ownck checks plain C through its models of malloc/strdup/free: it finds the
 * double free on the duplicate-name path of list_push(); the rest of the list
 * (saving the name before freeing its node, freeing each node once) is clean.
 * Try: ownck examples/list.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node {
  char *name;
  struct node *next;
};

static int list_contains(const struct node *n, const char *name) {
  for (; n; n = n->next)
    if (strcmp(n->name, name) == 0)
      return 1;
  return 0;
}

/* Adds a copy of 'name' at the front unless it is already there.
 * Returns 1 if added, 0 if it was a duplicate, -1 when out of memory. */
static int list_push(struct node **head, const char *name) {
  int rc = -1;
  struct node *n = malloc(sizeof *n);
  if (!n)
    return -1;
  n->name = strdup(name);
  if (!n->name)
    goto fail;
  if (list_contains(*head, n->name)) {
    free(n->name);
    rc = 0;
    goto fail;
  }
  n->next = *head;
  *head = n;
  return 1;
fail:
  free(n->name); /* BUG: on the duplicate path the name was already freed above */
  free(n);
  return rc;
}

/* Unlinks the first node and prints its name. */
static void list_pop_name(struct node **head) {
  struct node *n = *head;
  if (!n)
    return;
  *head = n->next;
  char *name = n->name;
  free(n);
  printf("popped %s\n", name);
  free(name);
}

/* Prints every name and the count. */
static void list_print(const struct node *head) {
  int count = 0;
  for (const struct node *n = head; n; n = n->next) {
    printf("  %s\n", n->name);
    count++;
  }
  printf("%d names\n", count);
}

static void list_free(struct node *n) {
  if (!n)
    return;
  list_free(n->next);
  free(n->name);
  free(n);
}

int main(int argc, char **argv) {
  struct node *head = NULL;
  for (int i = 1; i < argc; i++)
    if (list_push(&head, argv[i]) < 0)
      break;
  list_print(head);
  list_pop_name(&head);
  list_free(head);
  return 0;
}
