// store.c: a small key-value API with no annotations. Its functions' summaries
// imply annotations (OWNED, OWNED_BY, NULLABLE, BORROWED, MUT_BORROW,
// BORROWED_FROM); suggest.sh applies them, and the findings of the callers below stay
// the same when ownck reads the annotations instead of the bodies.
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"

struct entry *entry_new(const char *key, const char *value) {
  struct entry *e = malloc(sizeof *e);
  if (!e)
    return NULL;
  e->key = strdup(key);
  e->value = strdup(value);
  return e;
}

void entry_free(struct entry *e) {
  if (!e)
    return;
  free(e->key);
  free(e->value);
  free(e);
}

const char *entry_key(struct entry *e) {
  return e->key;
}

void entry_upcase(struct entry *e) {
  for (char *c = e->value; c && *c; c++)
    *c = (char)toupper((unsigned char)*c);
  e->key = e->key;
}

FILE *store_open(const char *path) {
  return fopen(path, "a+");
}

void store_close(FILE *f) {
  fclose(f);
}

size_t entry_size(struct entry *e) {
  return strlen(e->key) + strlen(e->value);
}

int store_put(const char *path, const char *key, const char *value) {
  FILE *f = store_open(path);
  struct entry *e = entry_new(key, value);
  if (!e)
    return -1;  // leaks f
  entry_upcase(e);
  fprintf(f, "%s=%s\n", entry_key(e), e->value);  // f may be NULL
  entry_free(e);
  size_t n = entry_size(e);  // use after free
  store_close(f);
  free(f);  // released again (a double release)
  return (int)n;
}
