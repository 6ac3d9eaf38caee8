// KNOWN TO FAIL (class C5b of docs/real-world.md): ownership tied to an int sentinel
// (start != -1) across a loop; ownck reports a false OWN003. ctest runs this file
// with WILL_FAIL: when the analysis learns it, the test "fails" and the file moves
// to ../OWN003-leak/.
//
// Idiom: a loop keeps "an open selector" in 'selector', with 'open_start' == -1
// meaning none is open. When the bracket closes the selector is moved into the
// output array and open_start is reset to -1; after the loop, open_start != -1
// frees it. So when open_start == -1 at the end, 'selector' owns nothing.
// From: redis 7.0.15, src/acl.c:1940-1978 (ACLMergeSelectorArguments).
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

char **merge(char **argv, int argc, int *out_n)
{
    char **out = malloc(sizeof(char *) * argc);
    char *selector = NULL;
    int open_start = -1, n = 0;
    if (!out) return NULL;
    for (int j = 0; j < argc; j++) {
        if (argv[j][0] == '(') {
            free(selector);
            selector = strdup(argv[j]);
            open_start = j;
            continue;
        }
        if (open_start != -1 && argv[j][0] == ')') {
            open_start = -1;
            out[n++] = selector;
            selector = NULL;
            continue;
        }
        out[n++] = argv[j];
    }
    if (open_start != -1) {
        free(selector);
        free(out);
        return NULL;
    }
    *out_n = n;
    return out;
}
