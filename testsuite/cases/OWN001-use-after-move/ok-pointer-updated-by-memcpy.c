// Idiom: a node pointer is advanced with memcpy(&h, cp, sizeof(h)) (the child
// pointer is stored unaligned inside the node), then the previous node is freed.
// memcpy into &h of sizeof h bytes is 'h = *cp': h gets a new value, and what it
// held before is only 'tofree' now, freed once.
// From: redis 7.0.15, src/rax.c:1183-1196 (raxRemove, compression loop).
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct node { unsigned size; char data[8]; struct node *next; };

static struct node **last_child_ptr(struct node *n) { return &n->next; }

struct node *free_chain(struct node *h)
{
    while (h->size != 0) {
        struct node **cp = last_child_ptr(h);
        struct node *tofree = h;
        memcpy(&h, cp, sizeof(h));
        free(tofree);
        if (h->size > 4) break;
    }
    return h;
}
