// Allocate, use and free inside one iteration: the next iteration's uses see a
// fresh block, never the released one.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void print_upper(char **words, int n) {
  for (int i = 0; i < n; i++) {
    char *w = strdup(words[i]);
    if (!w)
      continue;
    for (char *p = w; *p; p++)
      if (*p >= 'a' && *p <= 'z')
        *p = (char)(*p - 'a' + 'A');
    puts(w);
    free(w);
  }
}
