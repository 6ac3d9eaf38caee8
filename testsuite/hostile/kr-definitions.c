// K&R (old-style) function definitions: parameter types come after the parameter
// list. Deprecated, still accepted by clang in C17 (-Wdeprecated-non-prototype), and
// still found in old code bases. The parameters must be seen as parameters: 'p' is
// released twice in one of them.
// hostile-exit: 1
#include <stdlib.h>

int twice(p, n)
char *p;
int n;
{
  free(p);
  if (n)
    free(p); // expect-error[OWN002]{{}}
             // expect-note@-3{{first released here}}
  return n;
}

char *fresh(n)
unsigned n;
{
  return malloc(n);
}

void fine(p)
char *p;
{
  free(p);
}
