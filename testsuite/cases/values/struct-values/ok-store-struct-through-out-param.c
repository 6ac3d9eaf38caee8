// A struct holding owners, built locally and stored into the caller's memory by
// value ('*out = r'), or copied there with memcpy: its owners go with it, nothing
// leaks here.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct res { char *in; char *out; };

int res_open(struct res *out, size_t n) {
  struct res r;
  r.in = malloc(n);
  if (!r.in)
    return -1;
  r.out = malloc(n);
  if (!r.out) {
    free(r.in);
    return -1;
  }
  *out = r;
  return 0;
}

int res_open_copy(struct res *out, size_t n) {
  struct res r;
  r.in = malloc(n);
  if (!r.in)
    return -1;
  r.out = NULL;
  memcpy(out, &r, sizeof r);
  return 0;
}
