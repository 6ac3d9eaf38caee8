// The small-buffer idiom decided by size: the heap is used only for large requests,
// and the same test on the size decides the free. The two tests agree, so the stack
// buffer never reaches free() and the heap block never leaks.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void consume(char *buf, size_t n);

void fill(size_t n) {
  char stackbuf[64];
  char *p = stackbuf;
  if (n > sizeof stackbuf)
    p = malloc(n);
  if (!p)
    return;
  memset(p, 0, n);
  consume(p, n);
  if (n > sizeof stackbuf)
    free(p);
}

void fill_else(size_t n) {
  char stackbuf[64];
  char *p = stackbuf;
  if (n >= 64) {
    p = malloc(n);
    if (!p)
      return;
  }
  consume(p, n);
  if (n < 64)
    return;
  free(p);
}
