// alloca() memory belongs to the stack frame and goes away on return; passing it
// to free() corrupts the heap (CWE-590, the ALLOCA variant). OWN009.
#include <alloca.h>
#include <stdlib.h>
#include <string.h>

size_t upper_len(const char *s) {
  size_t n = strlen(s);
  char *copy = alloca(n + 1);
  memcpy(copy, s, n + 1);
  for (size_t i = 0; i < n; i++)
    if (copy[i] >= 'a' && copy[i] <= 'z')
      copy[i] = (char)(copy[i] - 'a' + 'A');
  free(copy); // expect-error[OWN009]
  return n;
}
