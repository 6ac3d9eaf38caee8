// Ownership handed to a struct field is released through the struct: the local that
// held the block is an alias, not a second owner, and the destructor frees each
// field once and then the struct. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct entry { char *key; char *val; };

static void entry_free(struct entry *e) {
  free(e->key);
  free(e->val);
  free(e);
}

struct entry *entry_new(const char *k, const char *v) {
  struct entry *e = malloc(sizeof *e);
  if (!e)
    return NULL;
  char *key = strdup(k);
  if (!key) {
    free(e);
    return NULL;
  }
  e->key = key;
  e->val = strdup(v);
  if (!e->val) {
    free(e->key);
    free(e);
    return NULL;
  }
  return e;
}

int entry_roundtrip(void) {
  struct entry *e = entry_new("a", "b");
  if (!e)
    return -1;
  entry_free(e);
  return 0;
}
