// A block with a header and its payload right after it (sds, many arenas): the
// payload pointer '(char *)(h + 1)' is inside the block, so it dies with it.
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
  free(h);
  printLine(data); // expect-error[OWN001]
}
