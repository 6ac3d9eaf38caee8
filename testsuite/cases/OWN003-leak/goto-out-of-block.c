// A goto that jumps out of an inner block ends the scope of the block's locals:
// 'row' dies at the goto, still owning its block, so the leak is reported there.
#include <stdlib.h>
#include <string.h>

int emit(const char *row);

int emit_rows(const char **src, int n, size_t width) {
  int rc = 0;
  for (int i = 0; i < n; i++) {
    char *row = calloc(1, width + 1); // expect-note{{allocated here by 'calloc'}}
    if (!row) {
      rc = -1;
      goto out;
    }
    strncpy(row, src[i], width);
    if (emit(row) < 0) {
      rc = -1;
      goto out; // expect-error[OWN003]{{leak: 'row' goes out of scope while it still owns its value}}
    }
    free(row);
  }
out:
  return rc;
}
