// Each block is released exactly once, by a helper on one path and by free() on the
// other. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

struct entry { char key[32]; long value; };

static void entry_drop(struct entry *e) {
  free(e);
}

long parse_entry(const char *line) {
  struct entry *e = malloc(sizeof *e);
  if (!e)
    return -1;
  if (sscanf(line, "%31s %ld", e->key, &e->value) != 2) {
    entry_drop(e);
    return -1;
  }
  long v = e->value;
  free(e);
  return v;
}
