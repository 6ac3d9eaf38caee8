// KNOWN TO FAIL (class C5e of docs/real-world.md): released under 'v != stackbuf &&
// v != borrowed'; ownck reports a false OWN003. ctest runs this file with WILL_FAIL:
// when the analysis learns it, the test "fails" and the file moves to
// ../OWN003-leak/.
//
// Idiom: 'value' points either at a stack buffer, at borrowed data 'tmp', or at a
// fresh heap copy; it is freed only when it is neither of the two non-owned
// alternatives (pointer-inequality tests).
// From: redis 7.0.15, src/quicklist.c:1465-1492 (quicklistRotate).
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void push_head(const char *v, size_t sz);

void rotate(const char *tmp, size_t sz, long long longval, int single)
{
    char longstr[32] = {0};
    char *value;
    if (!tmp) {
        sz = (size_t)snprintf(longstr, sizeof(longstr), "%lld", longval);
        value = longstr;
    } else if (single) {
        value = malloc(sz);
        if (!value) return;
        memcpy(value, tmp, sz);
    } else {
        value = (char *)tmp;
    }
    push_head(value, sz);
    if (value != longstr && value != tmp)
        free(value);
}
