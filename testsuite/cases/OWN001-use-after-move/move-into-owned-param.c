// Passing a value to an OWNED parameter moves it into the callee: the caller's
// variable is dead afterwards, even for a read.
#include <ownck/ownership.h>
#include <stdio.h>
#include <stdlib.h>

struct node { int key; struct node *next; };
void set_insert(OWNED struct node *n);

int add_key(int key) {
  OWNED struct node *n = malloc(sizeof *n);
  if (!n)
    return -1;
  n->key = key;
  n->next = NULL;
  set_insert(n);
  printf("inserted %d\n", n->key); // expect-error[OWN001]{{use of moved value 'n'}}
                                   // expect-note@-2{{value moved here}}
  return 0;
}
