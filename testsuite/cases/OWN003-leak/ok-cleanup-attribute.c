// GCC/Clang '__attribute__((cleanup(fn)))' locals are released automatically at
// scope exit (systemd's _cleanup_free_): early returns do not leak.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline void freep(void *p) { free(*(void **)p); }
static inline void fclosep(FILE **f) {
  if (*f)
    fclose(*f);
}
#define _cleanup_free_ __attribute__((cleanup(freep)))
#define _cleanup_fclose_ __attribute__((cleanup(fclosep)))

int first_word_len(const char *path) {
  _cleanup_fclose_ FILE *f = fopen(path, "r");
  if (!f)
    return -1;
  _cleanup_free_ char *line = malloc(256);
  if (!line)
    return -1;
  if (!fgets(line, 256, f))
    return -1;
  return (int)strcspn(line, " \n");
}
