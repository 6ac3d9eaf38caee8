// After 'p++' the pointer is inside the block, not at its start: free(p) is
// invalid (CWE-761, OWN009), and since nothing holds the start any more the block
// itself is lost when p goes out of scope (OWN003).
#include <stdlib.h>
#include <string.h>

int skip_sign(const char *num) {
  char *p = malloc(strlen(num) + 1);
  if (!p)
    return -1;
  strcpy(p, num);
  p++;
  int r = atoi(p);
  free(p); // expect-error[OWN009]
  return r; // expect-error[OWN003]
}
