// Stack memory for small requests, heap for large ones, with a flag that says
// which: only the heap block is freed, so alloca memory never reaches free().
// expect-no-diagnostics
#include <alloca.h>
#include <stdlib.h>
#include <string.h>

size_t count_words(const char *text) {
  size_t n = strlen(text) + 1;
  int on_heap = n > 256;
  char *copy = on_heap ? malloc(n) : alloca(n);
  if (!copy)
    return 0;
  memcpy(copy, text, n);
  size_t words = 0;
  for (size_t i = 0; copy[i]; i++)
    if (copy[i] == ' ')
      words++;
  if (on_heap)
    free(copy);
  return words;
}
