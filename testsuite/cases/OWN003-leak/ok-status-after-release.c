// The int status of getline, posix_memalign and asprintf is a plain number, not
// the owner: it stays usable after the buffer it describes has been freed
// ('n = getline(...); free(line); return n;').
// expect-no-diagnostics
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

int first_line_len(FILE *in) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len = getline(&line, &cap, in);
  free(line);
  return (int)len;
}

int try_aligned(size_t n) {
  void *p;
  int err = posix_memalign(&p, 64, n);
  if (err != 0)
    return err;
  free(p);
  return err;
}

int label_width(int id) {
  char *s;
  int n = asprintf(&s, "item-%d", id);
  if (n < 0)
    return -1;
  free(s);
  return n;
}
