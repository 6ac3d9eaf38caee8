// free() of a local array by its name: the buffer lives on the stack and was
// never allocated (CWE-590). Releasing what nobody owns is OWN009.
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

void log_banner(const char *name) {
  char line[64];
  strncpy(line, name, sizeof line - 1);
  line[sizeof line - 1] = '\0';
  printLine(line);
  free(line); // expect-error[OWN009]
}
