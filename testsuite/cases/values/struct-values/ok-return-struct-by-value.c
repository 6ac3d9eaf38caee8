// A struct that holds an owner, returned by value: the owner moves to the
// caller with the struct, so nothing leaks at the return.
// expect-no-diagnostics
#include <stdlib.h>

struct res { char *a; size_t n; };

struct res res_make(size_t n) {
  struct res r;
  r.a = malloc(n);
  r.n = r.a ? n : 0;
  return r;
}
