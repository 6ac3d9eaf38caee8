// A flag that no path sets: 'if (!keep) free(p)' never runs, so the copy leaks on
// every path. Keeping flag values per path must not hide this.
#include <stdlib.h>
#include <string.h>

size_t measure(const char *text) {
  int keep = 1;
  char *p = strdup(text);
  if (!p)
    return 0;
  size_t n = strlen(p);
  if (!keep)
    free(p);
  return n; // expect-error[OWN003]{{leak: 'p' goes out of scope while it still owns its value}}
            // expect-note@-7{{allocated here by 'strdup'}}
}
