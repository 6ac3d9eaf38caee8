// The header-then-payload block used correctly: the payload pointer is only used
// while the block lives, and the block is freed through its start.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

struct hdr { size_t len; size_t cap; };

void make_and_print(const char *s) {
  size_t n = strlen(s);
  struct hdr *h = malloc(sizeof *h + n + 1);
  if (!h)
    return;
  h->len = h->cap = n;
  char *data = (char *)(h + 1);
  memcpy(data, s, n + 1);
  printLine(data);
  free(h);
}
