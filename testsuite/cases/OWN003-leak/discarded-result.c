// An allocator's result used as a bare expression statement is lost at once:
// the block can never be freed. Typical after a refactoring that dropped the
// assignment.
#include <stdlib.h>
#include <string.h>

void warm_up(size_t n) {
  malloc(n); // expect-error[OWN003]{{leak: the owned result of 'malloc' is discarded}}
}

void remember(const char *name) {
  strdup(name); // expect-error[OWN003]{{leak: the owned result of 'strdup' is discarded}}
}
