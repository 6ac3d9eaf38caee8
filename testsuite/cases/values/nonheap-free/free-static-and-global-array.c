// Arrays with static storage (a file-scope buffer, a function's static scratch
// area) were never allocated either: freeing them through a pointer is OWN009.
#include <stdlib.h>
#include <string.h>

char g_scratch[256];

void reset_scratch(void) {
  char *p = g_scratch;
  memset(p, 0, sizeof g_scratch);
  free(p); // expect-error[OWN009]
}

void CWE590_Free_Memory_Not_on_Heap__free_char_static_01_bad(void) {
  char *data;
  static char dataBuffer[100];
  memset(dataBuffer, 'A', 100 - 1);
  dataBuffer[100 - 1] = '\0';
  data = dataBuffer;
  free(data); // expect-error[OWN009]
}
