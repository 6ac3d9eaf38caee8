// A false OWN002 fixed (class C9 of docs/real-world.md): places assigned together
// under a condition that reads memory stay paired after the branch (a path flag).
//
// Idiom: inside 'if (!*tag_handle)' ownership of 'tag_suffix' moves into 'tag'
// ('tag = tag_suffix; ... tag_handle = tag_suffix = NULL;'). Afterwards exactly
// one of tag / tag_suffix owns the block, and freeing both (NULL-tolerant free)
// is safe. ownck reported a double release when the branch condition read memory
// ('*tag_handle'), and not with a plain int condition: the two branch states were
// joined, losing the pairing between 'tag' and 'tag_suffix'. (In libyaml's own
// function, which has more branches than a state has room for, it still is.)
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
