// 'continue' skips the free at the end of the loop body: each skipped (comment)
// line leaks its copy. The leak is reported at the continue.
#include <stdlib.h>
#include <string.h>

int add_entry(const char *key);

int load_keys(const char **lines, int n) {
  int added = 0;
  for (int i = 0; i < n; i++) {
    char *key = strdup(lines[i]); // expect-note{{allocated here by 'strdup'}}
    if (!key)
      return -1;
    if (key[0] == '#')
      continue; // expect-error[OWN003]{{leak: 'key' goes out of scope while it still owns its value}}
    added += add_entry(key);
    free(key);
  }
  return added;
}
