// A false OWN001 fixed (class C9 of docs/real-world.md): two places assigned together
// under a condition that reads memory stay paired after the branch (a path flag).
//
// Idiom: after merging node b into node a (or a into b), exactly one of the two
// nodes has an empty payload; the code picks 'nokeep' (the emptied one, freed)
// and 'keep' (the other, returned) with an if / else-if on the two payloads.
// a and b are distinct nodes of a list, so freeing nokeep never frees keep.
// Even a plain 'if (!a->entry) {nokeep=a; keep=b;} else {nokeep=b; keep=a;}'
// was reported, while the same with an int condition was not: the two branch
// states were joined and the keep/nokeep pairing was lost.
// From: redis 7.0.15, src/quicklist.c:804-826 (_quicklistListpackMerge); the whole
// function, with its NULL tests of 'a' and 'b', is ok-pick-after-null-tests-and-deref.c.
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
