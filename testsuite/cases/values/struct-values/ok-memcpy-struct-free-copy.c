// memcpy() of a struct makes the copy's fields point at the same blocks: freeing
// through the copy releases the original's block too, so neither leaks.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

struct kv { char *key; int value; };

void save_and_drop(const char *k) {
  struct kv cur, saved;
  cur.key = strdup(k);
  if (!cur.key)
    return;
  cur.value = 1;
  memcpy(&saved, &cur, sizeof cur);
  printLine(cur.key);
  free(saved.key);
}
