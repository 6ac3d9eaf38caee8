// A helper that returns on some path is not noreturn: after 'complain' the NULL
// path goes on, and the dereference is reported.
#include <stdio.h>
#include <stdlib.h>

static int verbose;

static void complain(const char *what) {
  if (!verbose)
    return;
  fprintf(stderr, "cannot %s\n", what);
  exit(EXIT_FAILURE);
}

char *copy(const char *text, size_t n) {
  char *p = malloc(n + 1);
  if (!p)
    complain("allocate");
  p[n] = '\0'; // expect-warning[OWN012]{{'p' may be NULL here}}
               // expect-note@-4{{allocated here by 'malloc'}}
  (void)text;
  return p;
}
