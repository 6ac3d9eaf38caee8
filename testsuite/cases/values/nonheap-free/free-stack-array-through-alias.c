// The CWE-590 shape: 'data' points at a stack buffer through a plain copy, and
// the sink frees it. The alias does not make the buffer a heap block (OWN009).
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

void CWE590_Free_Memory_Not_on_Heap__free_char_declare_01_bad(void) {
  char *data;
  char dataBuffer[100];
  memset(dataBuffer, 'A', 100 - 1);
  dataBuffer[100 - 1] = '\0';
  data = dataBuffer;
  printLine(data);
  free(data); // expect-error[OWN009]
}
