// KNOWN TO FAIL (class C5g of docs/real-world.md): released only for a non-empty
// list that the callee always returns non-empty; ownck reports a false OWN003. ctest
// runs this file with WILL_FAIL: when the analysis learns it, the test "fails" and
// the file moves to ../OWN003-leak/.
//
// Idiom: a helper always returns a list with at least one element (it appends the
// node before returning), and the caller frees the list only inside
// 'if (listLength(l) != 0)'. The 'empty' path, where the list would leak, cannot
// happen because of the callee's postcondition.
// From: redis 7.0.15, src/cluster.c:5191-5205 (addShardReplyForClusterShards) with
//       clusterGetNodesServingMySlots at :1245-1257.
// expect-no-diagnostics
#include <stdlib.h>

struct list { void *items[8]; unsigned long len; };
#define listLength(l) ((l)->len)
void reply_node(void *n);

static struct list *nodes_serving(void *node)
{
    struct list *l = calloc(1, sizeof(*l));
    if (!l) abort();
    l->items[l->len++] = node;
    return l;
}

void shard_reply(void *node)
{
    struct list *l = nodes_serving(node);
    if (listLength(l) != 0) {
        for (unsigned long i = 0; i < l->len; i++) reply_node(l->items[i]);
        free(l);
    }
}
