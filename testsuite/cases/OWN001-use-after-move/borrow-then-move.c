// Lending an owner to BORROWED parameters any number of times, then moving it
// once at the end, is the ordinary Rust pattern: no use after move.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>
#include <ownck/ownership.h>

size_t measure(BORROWED const char *s);
void archive(OWNED char *s);

void process(const char *src) {
  OWNED char *copy = strdup(src);
  if (!copy)
    return;
  size_t a = measure(copy);
  size_t b = measure(copy);
  if (a + b > 0)
    copy[0] = 'x';
  archive(copy);
}
