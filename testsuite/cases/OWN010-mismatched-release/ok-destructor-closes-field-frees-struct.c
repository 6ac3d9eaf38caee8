// A resource struct: the caller malloc()s it and stores an fopen()ed stream in a
// field; res_close() fclose()s the field and free()s the struct. Parameter 0 is
// released by free (malloc family, which is how it was allocated), and the stream
// in the field is closed with fclose inside the callee. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

struct res { FILE *f; int lines; };

static void res_close(struct res *r) {
  if (r->f)
    fclose(r->f);
  free(r);
}

int count_lines(const char *path) {
  struct res *r = malloc(sizeof *r);
  if (!r)
    return -1;
  r->lines = 0;
  r->f = fopen(path, "r");
  if (r->f) {
    int c;
    while ((c = fgetc(r->f)) != EOF)
      r->lines += c == '\n';
  }
  int n = r->lines;
  res_close(r);
  return n;
}
