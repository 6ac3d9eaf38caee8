// '&node->payload' is 16 bytes into the node when payload is not the first
// member: it is not the block's start (OWN009), and the node itself is then lost
// when 'node' goes out of scope (OWN003).
#include <stdlib.h>

struct node { struct node *next; struct node *prev; char payload[32]; };

void drop_payload(void) {
  struct node *node = calloc(1, sizeof *node);
  if (!node)
    return;
  node->payload[0] = 'x';
  free(&node->payload); // expect-error[OWN009]
} // expect-error[OWN003]
