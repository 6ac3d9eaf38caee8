// A pointer to a string literal is not a heap block: a default value that is
// later freed like the allocated alternative is OWN009 (CWE-590, CWE-761).
#include <stdlib.h>

void printLine(const char *line);

void greet(void) {
  char *s = "anonymous";
  printLine(s);
  free(s); // expect-error[OWN009]
}

void reset_name(void) {
  free((char *)"none"); // expect-error[OWN009]
}
