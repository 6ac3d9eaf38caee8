// KNOWN TO FAIL (class C6 of docs/real-world.md): a freed pointer returned as a
// found/not-found status; ownck reports a false OWN001. ctest runs this file with
// WILL_FAIL: when the analysis learns it, the test "fails" and the file moves to
// ../OWN001-use-after-move/.
//
// Idiom: a generic delete unlinks an entry and, unless asked not to, frees it,
// then returns the entry pointer; callers that asked for the free only test the
// result against NULL ("found or not"), they never dereference it.
// From: redis 7.0.15, src/dict.c:405-440 (dictGenericDelete, used by dictDelete as
//       'dictGenericDelete(d,key,0) ? DICT_OK : DICT_ERR').
// expect-no-diagnostics
#include <stdlib.h>

struct entry { struct entry *next; int key; };

struct entry *generic_delete(struct entry **head, int key, int nofree)
{
    struct entry *he = *head, *prev = NULL;
    while (he) {
        if (he->key == key) {
            if (prev) prev->next = he->next; else *head = he->next;
            if (!nofree) free(he);
            return he;
        }
        prev = he;
        he = he->next;
    }
    return NULL;
}

int dict_delete(struct entry **head, int key)
{
    return generic_delete(head, key, 0) ? 0 : 1;
}
