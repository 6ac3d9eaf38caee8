// The small-buffer idiom (redis sdscatvprintf, many formatters): use a stack
// buffer and switch to the heap only when it is too small; free only when the
// pointer is no longer the stack buffer. Nothing non-heap is freed, nothing leaks.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

int print_joined(const char *a, const char *b) {
  char staticbuf[64];
  char *buf = staticbuf;
  size_t need = strlen(a) + strlen(b) + 1;
  if (need > sizeof staticbuf) {
    buf = malloc(need);
    if (!buf)
      return -1;
  }
  strcpy(buf, a);
  strcat(buf, b);
  printLine(buf);
  if (buf != staticbuf)
    free(buf);
  return 0;
}
