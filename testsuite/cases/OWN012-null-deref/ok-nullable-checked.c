// Precision: a NULLABLE parameter and a NULLABLE result, each checked before use
// (early return, if-block); the error applies only to unchecked dereferences.
// expect-no-diagnostics
#include <stddef.h>
#include <string.h>
#include <ownck/ownership.h>

struct entry {
  const char *key;
  int value;
};

NULLABLE struct entry *table_find(const char *key);

size_t name_len(NULLABLE const char *name) {
  if (!name)
    return 0;
  return strlen(name) + (name[0] == '.');
}

int value_or(const char *key, int dflt) {
  struct entry *e = table_find(key);
  if (e == NULL)
    return dflt;
  return e->value;
}

void set_if_present(const char *key, int v) {
  struct entry *e = table_find(key);
  if (e)
    e->value = v;
}
