// A false OWN001 fixed (redis 7.0.15, src/quicklist.c:825-826,
// _quicklistListpackMerge, reduced). 'a' and 'b' are tested for NULL, then
// dereferenced: from there on neither is NULL, so the paths on which one was do
// not take up the state's room (before, they filled it, and the path flags that
// keep the branches apart were the first thing forgotten). The two branches that pick
// 'keep' and 'nokeep' (distinct nodes) stay apart, and 'keep' is never the node
// released.
// expect-no-diagnostics
#include <stdlib.h>

typedef struct node {
  struct node *prev, *next;
  unsigned char *entry;
  size_t sz;
  unsigned int count : 16;
  unsigned int encoding : 2;
  unsigned int recompress : 1;
} node;
typedef struct list { node *head, *tail; unsigned long len, count; } list;

unsigned char *lp_merge(unsigned char **first, unsigned char **second);
unsigned long lp_length(unsigned char *lp);
size_t lp_bytes(unsigned char *lp);
void compress_all(const list *l, node *n);
void decompress_node(node *n);
void compress_node(node *n);

static void del_node(list *l, node *n) {
  if (n->next)
    n->next->prev = n->prev;
  if (n->prev)
    n->prev->next = n->next;
  if (n == l->tail)
    l->tail = n->prev;
  if (n == l->head)
    l->head = n->next;
  l->len--;
  l->count -= n->count;
  compress_all(l, NULL);
  free(n->entry);
  free(n);
}

node *merge_nodes(list *l, node *a, node *b) {
  if (a && a->encoding == 2)
    decompress_node(a);
  if (b && b->encoding == 2)
    decompress_node(b);
  if (lp_merge(&a->entry, &b->entry)) {
    node *keep = NULL, *nokeep = NULL;
    if (!a->entry) {
      nokeep = a;
      keep = b;
    } else if (!b->entry) {
      nokeep = b;
      keep = a;
    }
    keep->count = lp_length(keep->entry);
    keep->sz = lp_bytes(keep->entry);
    nokeep->count = 0;
    del_node(l, nokeep);
    if (keep->recompress) {
      if (keep && keep->encoding == 1)
        compress_node(keep);
    } else {
      compress_all(l, keep);
    }
    return keep;
  }
  return NULL;
}
