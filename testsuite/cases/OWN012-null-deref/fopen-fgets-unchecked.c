// fopen() fails for a missing file or a permission error; handing the unchecked
// stream to fgets(), which dereferences it (its model marks the stream nonnull), is
// a NULL dereference inside libc.
#include <stdio.h>
#include <string.h>

int first_line(const char *path, char *line, int size) {
  FILE *f = fopen(path, "r");
  char *got = fgets(line, size, f); // expect-warning[OWN012]{{'f' may be NULL here}}
                                    // expect-note@-2{{allocated here by 'fopen'}}
  fclose(f);
  return got ? (int)strlen(line) : -1;
}
