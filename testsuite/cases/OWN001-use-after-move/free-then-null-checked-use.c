// free(p); p = NULL; on one path, then a use guarded by 'if (p)': the guard excludes
// exactly the path where the block was released, so the use, the free and the end
// of scope are all fine. Precision test for the most common defensive idiom.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

int print_first_line(FILE *in) {
  char *line = malloc(128);
  if (!line)
    return -1;
  if (!fgets(line, 128, in)) {
    free(line);
    line = NULL;
  }
  if (line) {
    fputs(line, stdout);
    free(line);
  }
  return 0;
}
