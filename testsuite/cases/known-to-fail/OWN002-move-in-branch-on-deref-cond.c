// KNOWN TO FAIL (class C9 of docs/real-world.md): a move-then-NULL under a condition
// that reads memory; ownck reports a false OWN002. ctest runs this file with
// WILL_FAIL: when the analysis learns it, the test "fails" and the file moves to
// ../OWN002-double-release/.
//
// Idiom: inside 'if (!*tag_handle)' ownership of 'tag_suffix' moves into 'tag'
// ('tag = tag_suffix; ... tag_handle = tag_suffix = NULL;'). Afterwards exactly
// one of tag / tag_suffix owns the block, and freeing both (NULL-tolerant free)
// is safe. ownck reports a double release when the branch condition reads memory
// ('*tag_handle'); with a plain int condition it does not (so the chained
// assignment is not the cause: the two branch states seem to be joined, losing
// the pairing between 'tag' and 'tag_suffix').
// From: libyaml 0.2.5, src/parser.c:593-598 and the error exit at :709-714
//       (yaml_parser_parse_node).
// expect-no-diagnostics
#include <stdlib.h>

int next_token(void);

int parse_node(char *tag_handle, char *tag_suffix)
{
    char *tag = NULL;
    if (!*tag_handle) {
        tag = tag_suffix;
        free(tag_handle);
        tag_handle = tag_suffix = NULL;
    }
    if (!next_token())
        goto error;
    free(tag);
    free(tag_handle);
    free(tag_suffix);
    return 1;
error:
    free(tag_handle);
    free(tag_suffix);
    free(tag);
    return 0;
}
