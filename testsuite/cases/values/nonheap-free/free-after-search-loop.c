// The CWE-761 shape: the loop walks 'data' forward to find a character and the
// sink frees the moved pointer. On every path that advanced, free() gets an
// address inside the block (OWN009) and the block's start is lost (OWN003).
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

void CWE761_Free_Pointer_Not_at_Start_of_Buffer__char_console_01_bad(const char *input) {
  char *data = malloc(100);
  if (data == NULL)
    exit(-1);
  strncpy(data, input, 99);
  data[99] = '\0';
  for (; *data != '\0'; data++) {
    if (*data == 'S') {
      printLine("We have a match!");
      break;
    }
  }
  free(data); // expect-error[OWN009]
} // expect-error[OWN003]
