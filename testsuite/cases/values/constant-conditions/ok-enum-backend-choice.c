// The backend is chosen at build time with an enum constant: heap buffers are
// freed, the static buffer never is. Both tests are constant, so the static buffer
// never reaches free() and the heap buffer never skips it.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

enum backend { BACKEND_STATIC, BACKEND_HEAP };
#define BACKEND BACKEND_HEAP

static char static_buf[256];

void printLine(const char *line);

int show(const char *msg) {
  char *buf;
  if (BACKEND == BACKEND_HEAP)
    buf = malloc(256);
  else
    buf = static_buf;
  if (!buf)
    return -1;
  strncpy(buf, msg, 255);
  buf[255] = '\0';
  printLine(buf);
  if (BACKEND == BACKEND_HEAP)
    free(buf);
  return 0;
}
