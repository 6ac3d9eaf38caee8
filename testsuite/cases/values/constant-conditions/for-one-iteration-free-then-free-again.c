// The loop runs exactly once ('i < 1'), so its free() releases the block once and
// is not itself a double free; the free() after the loop is the second release.
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

void drain(const char *msg) {
  int i;
  char *data = malloc(100);
  if (data == NULL)
    exit(-1);
  strncpy(data, msg, 99);
  data[99] = '\0';
  for (i = 0; i < 1; i++) {
    printLine(data);
    free(data);
  }
  free(data); // expect-error[OWN002]
}
