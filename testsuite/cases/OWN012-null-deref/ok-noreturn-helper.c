// 'cannot' always ends in exit() and has no return: it never returns, declared so
// or not, and so does 'fatal', which ends in a call to it. A NULL check that
// calls them ends the path. Reduced from lua 5.4 src/luac.c. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

static void cannot(const char *what) {
  fprintf(stderr, "cannot %s\n", what);
  exit(EXIT_FAILURE);
}

static void fatal(const char *what) {
  fputs("fatal: ", stderr);
  cannot(what);
}

int dump(const char *output, const char *text) {
  FILE *d = fopen(output, "wb");
  if (d == NULL)
    cannot("open");
  fputs(text, d);
  if (ferror(d))
    fatal("write");
  if (fclose(d))
    cannot("close");
  return 0;
}

char *copy(const char *text, size_t n) {
  char *p = malloc(n + 1);
  if (!p)
    fatal("allocate");
  p[n] = '\0';
  return p;
}
