// A false OWN002 fixed (class C9 of docs/real-world.md): places assigned together
// under a condition that reads memory stay paired after the branch (a path flag).
//
// Idiom: two owned strings are swapped through a temporary
// ('tmp = handle; handle = suffix; suffix = tmp;'), and both are freed on the
// shared error exit. After the swap each variable still owns exactly one block.
// ownck reported a double release only because the swap sat under a condition
// that reads memory ('suffix[0] == 0'): with an int condition it was silent:
// the same branch join as ok-move-in-branch-on-deref-cond.c.
// From: libyaml 0.2.5, src/scanner.c:2464-2468 and the error exit at :2493-2495
//       (yaml_parser_scan_tag).
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

int check_blank(void);

int scan_tag(char **out_handle, char **out_suffix)
{
    char *handle = strdup("!");
    char *suffix = strdup("");
    if (!handle || !suffix) goto error;
    if (suffix[0] == '\0') {
        char *tmp = handle;
        handle = suffix;
        suffix = tmp;
    }
    if (!check_blank()) goto error;
    *out_handle = handle;
    *out_suffix = suffix;
    return 1;
error:
    free(handle);
    free(suffix);
    return 0;
}
