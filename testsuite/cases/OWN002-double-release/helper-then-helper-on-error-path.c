// A release helper called on the error path and again at the common exit: the
// error path falls through to 'out', where entry_drop() runs a second time. With a
// summary, entry_drop() releases parameter 0 like free().
#include <stdio.h>
#include <stdlib.h>

struct entry { char key[32]; long value; };

static void entry_drop(struct entry *e) {
  free(e);
}

long parse_entry(const char *line) {
  long v = -1;
  struct entry *e = malloc(sizeof *e);
  if (!e)
    return -1;
  if (sscanf(line, "%31s %ld", e->key, &e->value) != 2) {
    entry_drop(e);
    goto out;
  }
  v = e->value;
out:
  entry_drop(e); // expect-error[OWN002]{{double release of 'e'}}
  return v;
}
