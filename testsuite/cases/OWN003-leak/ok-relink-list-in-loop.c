// Appending blocks to a linked list in a loop, the way minizip's
// add_data_in_datablock() does: each new block is linked from the previous one
// ('ldi->next = new'), then the cursor moves on to it ('ldi = ldi->next') and the
// list's tail is updated. A block linked into the list belongs to the list, and
// still does once the cursor has moved on to it, so updating the tail leaks nothing.
// No finding.
// expect-no-diagnostics
#include <stdlib.h>

struct block { struct block *next; unsigned avail; };
struct list { struct block *first, *last; };

static struct block *block_new(void) {
  struct block *b = malloc(sizeof *b);
  if (b) {
    b->next = NULL;
    b->avail = 4096;
  }
  return b;
}

int append(struct list *l, unsigned len) {
  if (!l->last) {
    l->first = l->last = block_new();
    if (!l->first)
      return -1;
  }
  struct block *cur = l->last;
  while (len > 0) {
    if (cur->avail == 0) {
      cur->next = block_new();
      if (!cur->next)
        return -1;
      cur = cur->next;
      l->last = cur;
    }
    unsigned n = len < cur->avail ? len : cur->avail;
    cur->avail -= n;
    len -= n;
  }
  return 0;
}
