// A one-line release helper hides the free from the caller. With a summary,
// entry_drop() releases its parameter on every path, like free(): reading 'e->key'
// for the log line after the call is a use after free. (Without summaries the
// helper is a black box and 'e' merely escapes into it.)
#include <stdio.h>
#include <stdlib.h>

struct entry { char key[32]; int hits; };

static void entry_drop(struct entry *e) {
  free(e);
}

int evict(const char *key) {
  struct entry *e = malloc(sizeof *e);
  if (!e)
    return -1;
  snprintf(e->key, sizeof e->key, "%s", key);
  e->hits = 0;
  entry_drop(e);
  printf("evicted %s\n", e->key); // expect-error[OWN001]{{use of 'e' after it was released}}
  return 0;
}
