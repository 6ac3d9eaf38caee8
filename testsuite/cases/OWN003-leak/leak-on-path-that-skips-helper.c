// queue_put() frees the item when the queue is full and stores it otherwise: a "may"
// release, which at the call site means the caller is no longer sure to own it, so
// nothing is reported after the call. But the early return BEFORE the call still
// leaks: a may-release summary must not hide leaks on paths that never reach it.
#include <stdlib.h>
#include <string.h>

struct queue { char *items[32]; size_t n; };

static int queue_put(struct queue *q, char *item) {
  if (q->n == 32) {
    free(item);
    return -1;
  }
  q->items[q->n++] = item;
  return 0;
}

int enqueue_name(struct queue *q, const char *name) {
  char *item = strdup(name);
  if (!item)
    return -1;
  if (item[0] == '#')
    return 0; // expect-error[OWN003]{{leak: 'item' goes out of scope}}
  return queue_put(q, item);
}
