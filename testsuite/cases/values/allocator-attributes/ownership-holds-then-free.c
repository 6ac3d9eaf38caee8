// ownership_holds(malloc, 2) says the queue keeps the item and will release it:
// freeing the item after handing it over is a second release.
#include <stdlib.h>

struct queue;
void queue_push(struct queue *q, void *item) __attribute__((ownership_holds(malloc, 2)));

int enqueue_copy(struct queue *q, size_t n) {
  char *item = malloc(n);
  if (!item)
    return -1;
  item[0] = '\0';
  queue_push(q, item);
  free(item); // expect-error[OWN002]
  return 0;
}
