// open_input() wraps fopen() (fclose family, may be NULL). Its unchecked result is
// handed to fgets(), which dereferences its stream.
#include <stdio.h>
#include <string.h>

static FILE *open_input(const char *path) {
  return fopen(path, "r");
}

int first_line(const char *path, char *line, int size) {
  FILE *f = open_input(path);
  char *got = fgets(line, size, f); // expect-warning[OWN012]{{'f' may be NULL here}}
  fclose(f);
  return got ? (int)strlen(line) : -1;
}
