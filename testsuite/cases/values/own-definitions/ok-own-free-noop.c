// A test build that replaces free() with a counting no-op (the file's own
// definition, not libc's). Freeing a stack buffer or the same pointer twice
// through it is harmless, so neither is reported.
// expect-no-diagnostics
#include <stddef.h>

static unsigned long free_calls;

void free(void *p) {
  (void)p;
  free_calls++;
}

unsigned long exercise(void) {
  char local[16];
  char *p = local;
  local[0] = '\0';
  free(p);
  free(p);
  return free_calls;
}
