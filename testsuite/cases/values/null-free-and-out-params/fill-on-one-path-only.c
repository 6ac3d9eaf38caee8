// p gets a new value only when 'reload' is set; on the other path it is still the
// freed block, and freeing it again is a double free.
#include <stdlib.h>

void fill(char **pp);

void refresh(int reload) {
  char *p = malloc(16);
  free(p);
  if (reload)
    fill(&p);
  free(p); // expect-error[OWN002]
}
