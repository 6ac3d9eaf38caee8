// KNOWN TO FAIL (class C5d of docs/real-world.md): allocated in the branch that
// makes a length non-zero, released under if (len); ownck reports a false OWN003.
// ctest runs this file with WILL_FAIL: when the analysis learns it, the test "fails"
// and the file moves to ../OWN003-leak/.
//
// Idiom: an object is allocated only in the branch that also sets a length to a
// non-zero value ('fieldlen'); the other branch sets the length to 0. The object
// is released later under 'if (fieldlen)'.
// From: redis 7.0.15, src/sort.c:89-132 (lookupKeyByPattern, fieldobj/fieldlen).
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void lookup(const char *key, const char *field);

void lookup_by_pattern(const char *spat)
{
    const char *f;
    char *fieldobj = NULL;
    size_t fieldlen;

    if ((f = strstr(spat, "->")) != NULL && f[2] != '\0') {
        fieldlen = strlen(f + 2);
        fieldobj = strdup(f + 2);
    } else {
        fieldlen = 0;
    }
    lookup(spat, fieldobj);
    if (fieldlen) free(fieldobj);
}
