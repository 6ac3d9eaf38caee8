// An annotated destructor takes ownership (OWNED parameter); calling it twice on the
// same object is a double move, the annotated spelling of a double free.
#include <ownck/ownership.h>
#include <stdlib.h>

struct table { int *slots; int n; };
void table_destroy(OWNED struct table *t);
OWNED struct table *table_new(int n);

int count_slots(int n) {
  OWNED struct table *t = table_new(n);
  if (!t)
    return -1;
  int c = t->n;
  table_destroy(t);
  if (c == 0)
    table_destroy(t); // expect-error[OWN002]{{double move of 't'}}
                      // expect-note@-3{{value moved here}}
  return c;
}
