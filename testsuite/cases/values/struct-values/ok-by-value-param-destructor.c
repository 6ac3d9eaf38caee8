// A destructor that takes its struct by value frees each field once; the caller
// hands the struct over by value and does not touch the fields again.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct pair { char *key; char *value; };

void pair_free(struct pair p) {
  free(p.key);
  free(p.value);
}

void pair_demo(const char *k, const char *v) {
  struct pair p;
  p.key = strdup(k);
  p.value = strdup(v);
  pair_free(p);
}
