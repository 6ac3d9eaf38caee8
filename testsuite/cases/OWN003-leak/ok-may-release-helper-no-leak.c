// queue_put() frees the item when the queue is full and stores it otherwise: on
// every path the item is either released or stored away, and the caller is done
// with it after the call. Even a summary that only said "released on some path"
// must not make the caller's owner leak at the return: a "may" release at a call
// site is treated conservatively (no leak, no double release). No finding.
// expect-no-diagnostics
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
  return queue_put(q, item);
}
