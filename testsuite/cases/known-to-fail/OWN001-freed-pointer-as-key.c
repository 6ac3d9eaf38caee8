// KNOWN TO FAIL (class C6 of docs/real-world.md): a freed pointer compared as a key,
// never dereferenced; ownck reports a false OWN001. ctest runs this file with
// WILL_FAIL: when the analysis learns it, the test "fails" and the file moves to
// ../OWN001-use-after-move/.
//
// Idiom: after freeing a node, its (now dangling) address is still used as a key:
// it is compared against the parent's child pointers to find and unlink the slot
// that pointed at it. The pointer is never dereferenced after the free.
// (Strictly, ISO C makes a freed pointer's value indeterminate; in practice this
// is a common, deliberate idiom.)
// From: redis 7.0.15, src/rax.c:1050-1064 (raxRemove -> raxRemoveChild) and
//       :1183-1207 (raxFindParentLink(parent, start)); also src/dict.c:429-432
//       and src/redis-benchmark.c:393-396 (listSearchKey(clients, c) after zfree(c)).
// expect-no-diagnostics
#include <stdlib.h>

struct node { struct node *child[4]; int n; };

static void remove_child(struct node *parent, struct node *child)
{
    for (int i = 0; i < parent->n; i++)
        if (parent->child[i] == child) {
            parent->child[i] = parent->child[--parent->n];
            return;
        }
}

void delete_leaf(struct node *parent, struct node *leaf)
{
    free(leaf);
    remove_child(parent, leaf);
}
