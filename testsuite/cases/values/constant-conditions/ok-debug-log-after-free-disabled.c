// Debug tracing compiled in but switched off with a const flag: the trace after
// the free() reads the freed name, but 'if (DEBUG_TRACE)' never runs, so there is
// no use after free.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const int DEBUG_TRACE = 0;

int rename_entry(const char *src) {
  char *name = strdup(src);
  if (!name)
    return -1;
  puts(name);
  free(name);
  if (DEBUG_TRACE)
    fprintf(stderr, "released %s\n", name);
  return 0;
}
