// split_fields() takes a non-const 'char *' (it cuts the string in place at each
// comma) but neither keeps nor frees it: its summary says parameter 0 is only
// borrowed, so the object does not escape into it and the caller still has to free
// it. It never does.
#include <stdlib.h>
#include <string.h>

static int split_fields(char *s) {
  int n = 1;
  for (; *s; s++)
    if (*s == ',') {
      *s = '\0';
      n++;
    }
  return n;
}

int fields_in(const char *csv) {
  char *copy = strdup(csv);
  if (!copy)
    return -1;
  int n = split_fields(copy);
  return n; // expect-error[OWN003]{{leak: 'copy' goes out of scope}}
}
