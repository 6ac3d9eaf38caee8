// An OWNED parameter is the function's to release: every path must free it or
// move it on. The early return for a duplicate key forgets it.
#include <stdlib.h>
#include <string.h>
#include <ownck/ownership.h>

struct entry { char *key; struct entry *next; };

int set_insert(struct entry **head, OWNED char *key) { // expect-note{{'key' is owned by this function (OWNED parameter)}}
  for (struct entry *e = *head; e; e = e->next)
    if (strcmp(e->key, key) == 0)
      return 0; // expect-error[OWN003]{{leak: 'key' goes out of scope while it still owns its value}}
  struct entry *n = malloc(sizeof *n);
  if (!n) {
    free(key);
    return -1;
  }
  n->key = key;
  n->next = *head;
  *head = n;
  return 1;
}
