// KNOWN TO FAIL (class C9 of docs/real-world.md): two variables assigned together
// under a condition that reads memory; ownck reports a false OWN001. ctest runs this
// file with WILL_FAIL: when the analysis learns it, the test "fails" and the file
// moves to ../OWN001-use-after-move/.
//
// Idiom: after merging node b into node a (or a into b), exactly one of the two
// nodes has an empty payload; the code picks 'nokeep' (the emptied one, freed)
// and 'keep' (the other, returned) with an if / else-if on the two payloads.
// a and b are distinct nodes of a list, so freeing nokeep never frees keep.
// Even a plain 'if (!a->entry) {nokeep=a; keep=b;} else {nokeep=b; keep=a;}'
// is reported, while the same with an int condition is not: the two branch
// states are joined and the keep/nokeep pairing is lost.
// From: redis 7.0.15, src/quicklist.c:804-826 (_quicklistListpackMerge).
// expect-no-diagnostics
#include <stdlib.h>

struct qnode { void *entry; unsigned count; };

int lp_merge(void **first, void **second);  /* on success, sets one of them to NULL */
void del_node(struct qnode *n) { free(n); }

struct qnode *merge(struct qnode *a, struct qnode *b)
{
    if (lp_merge(&a->entry, &b->entry)) {
        struct qnode *keep = NULL, *nokeep = NULL;
        if (!a->entry) {
            nokeep = a;
            keep = b;
        } else if (!b->entry) {
            nokeep = b;
            keep = a;
        }
        nokeep->count = 0;
        del_node(nokeep);
        keep->count = 1;
        return keep;
    }
    return NULL;
}
