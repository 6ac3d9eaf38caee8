// memcpy(&b, &a, sizeof a) copies the pointer fields, just like an assignment:
// after free(a.key), b.key dangles.
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

struct kv { char *key; int value; };

void snapshot(const char *k) {
  struct kv a, b;
  a.key = strdup(k);
  if (!a.key)
    return;
  a.value = 0;
  memcpy(&b, &a, sizeof a);
  free(a.key);
  printLine(b.key); // expect-error[OWN001]
}
