// Passing &p gives p a new value, but passing p itself after free(p) hands the
// freed block to the callee: a use after free.
#include <stdlib.h>

void fill(char **pp);
void consume_text(char *p);

void refresh(void) {
  char *p = malloc(16);
  free(p);
  consume_text(p); // expect-error[OWN001]
  fill(&p);
  free(p);
}
