// Assigning a whole struct overwrites every field: 'cur = read_line(f)' drops the
// block that cur.text still owns, so it leaks at the assignment.
#include <stdio.h>
#include <stdlib.h>

struct line { char *text; size_t len; };

struct line read_line(FILE *f);

int count_lines(FILE *f) {
  struct line cur;
  cur.text = malloc(80);
  if (!cur.text)
    return -1;
  cur.len = 0;
  cur = read_line(f); // expect-error[OWN003]
  int n = cur.len > 0;
  free(cur.text);
  return n;
}
