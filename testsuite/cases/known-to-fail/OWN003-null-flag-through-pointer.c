// KNOWN TO FAIL (class C5f of docs/real-world.md): a NULL test kept through a store:
// '*failed = p == NULL; if (*failed) return'; ownck reports a false OWN003. ctest
// runs this file with WILL_FAIL: when the analysis learns it, the test "fails" and
// the file moves to ../OWN003-leak/.
//
// Idiom: the result of a "try" allocation is tested through an out-parameter:
//   *malloc_failed = p == NULL; if (*malloc_failed) return ERR;
// so on the early return p is NULL and owns nothing.
// From: redis 7.0.15, src/dict.c:162-170 (_dictExpand with ztrycalloc).
// expect-no-diagnostics
#include <stdlib.h>

struct dict { void **table; };

int dict_expand(struct dict *d, size_t n, int *malloc_failed)
{
    void **t;
    if (malloc_failed) {
        t = calloc(n, sizeof(void *));
        *malloc_failed = t == NULL;
        if (*malloc_failed)
            return -1;
    } else {
        t = calloc(n, sizeof(void *));
        if (!t) abort();
    }
    free(d->table);
    d->table = t;
    return 0;
}
