// strdup returns a malloc'd copy: it leaks when the parse of the copy fails and
// the function returns without freeing it. The copy exists only so strtok can
// write into it, which makes the free easy to forget.
#include <stdlib.h>
#include <string.h>

int count_fields(const char *line, int max) {
  char *copy = strdup(line); // expect-note{{allocated here by 'strdup'}}
  if (!copy)
    return -1;
  int n = 0;
  for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
    if (++n > max)
      return -1; // expect-error[OWN003]{{leak: 'copy' goes out of scope while it still owns its value}}
  }
  free(copy);
  return n;
}
