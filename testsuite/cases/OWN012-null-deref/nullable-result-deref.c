// A lookup declared NULLABLE ("not found" is NULL) whose result is used directly:
// the annotation on the function's return is part of its signature, so every caller
// must check.
#include <stddef.h>
#include <ownck/ownership.h>

struct entry {
  const char *key;
  int value;
};

NULLABLE struct entry *table_find(const char *key);

int value_of(const char *key) {
  struct entry *e = table_find(key);
  return e->value; // expect-error[OWN012]{{dereference of NULLABLE 'e' without a NULL check}}
}
