// Allocate and free in every iteration of a loop, with 'continue' and 'break'
// paths that release first: the back edge and the exits carry nothing owned.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

int handle(const char *s);

int handle_all(const char **items, int n) {
  int done = 0;
  for (int i = 0; i < n; i++) {
    char *s = strdup(items[i]);
    if (!s)
      break;
    if (s[0] == '#') {
      free(s);
      continue;
    }
    int rc = handle(s);
    free(s);
    if (rc < 0)
      break;
    done++;
  }
  return done;
}

int sum_blocks(int n, size_t sz) {
  int total = 0;
  while (n-- > 0) {
    unsigned char *b = calloc(1, sz);
    if (!b)
      return -1;
    total += b[0];
    free(b);
  }
  return total;
}
