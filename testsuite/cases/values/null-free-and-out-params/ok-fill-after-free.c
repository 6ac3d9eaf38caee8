// After '&p' is passed to a function nobody describes, p holds whatever the
// callee stored: the facts about the freed block are forgotten, so the next
// free(p) is not a double free.
// expect-no-diagnostics
#include <stdlib.h>

void fill(char **pp);

void refresh(void) {
  char *p = malloc(16);
  free(p);
  fill(&p);
  free(p);
}
