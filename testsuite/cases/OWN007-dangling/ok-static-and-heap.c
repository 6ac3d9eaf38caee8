// A static local lives for the whole program and a heap block lives until it is
// freed: returning their addresses is fine. So is returning a parameter's pointer.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <stdlib.h>

int *next_id(void) {
  static int id;
  id++;
  return &id;
}

int *boxed(int v) {
  int *p = malloc(sizeof *p);
  if (p)
    *p = v;
  return p;
}

const char *skip_spaces(const char *s) {
  while (*s == ' ')
    s++;
  return s;
}
