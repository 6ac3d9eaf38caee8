// malloc() returns NULL when it fails; writing p[0] before any check is a NULL
// dereference on the failure path (CWE-690). The warning sits on the first
// dereference and points back at the allocation.
#include <stdlib.h>
#include <string.h>

char *make_buffer(size_t n) {
  char *p = malloc(n + 1);
  p[0] = '\0'; // expect-warning[OWN012]{{'p' may be NULL here}}
               // expect-note@-2{{allocated here by 'malloc'}}
  return p;
}
