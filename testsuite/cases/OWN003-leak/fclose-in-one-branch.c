// The stream is closed on the success branch of an if/else but not on the other;
// the leak is at the function's closing brace, where 'f' goes out of scope.
#include <stdio.h>

void dump_config(const char *path, int ok) {
  FILE *f = fopen(path, "w"); // expect-note{{allocated here by 'fopen'}}
  if (!f)
    return;
  if (ok) {
    fputs("ok\n", f);
    fclose(f);
  } else {
    fputs("failed\n", f);
  }
} // expect-error[OWN003]{{leak: 'f' goes out of scope while it still owns its value}}
