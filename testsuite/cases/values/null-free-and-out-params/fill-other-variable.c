// Only the variable whose address is passed gets a new value: fill(&other) says
// nothing about p, which stays freed, so the second free(p) is a double free.
#include <stdlib.h>

void fill(char **pp);

void refresh(void) {
  char *p = malloc(16);
  char *other = NULL;
  free(p);
  fill(&other);
  free(other);
  free(p); // expect-error[OWN002]
}
