// The result of strchr is used while the string it points into is alive, and
// testing it for NULL says nothing of the string: freeing the copy afterwards is
// its one release, and the copy does not leak on the path where '=' is missing.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void print_value(const char *line) {
  char *copy = strdup(line);
  if (!copy)
    return;
  char *value = strchr(copy, '=');
  if (value)
    puts(value + 1);
  free(copy);
}
