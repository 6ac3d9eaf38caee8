// KNOWN TO FAIL: ownck keeps flags per path only for local integers (and pointer
// parameters); a flag kept in a struct field ('opt.own_name') is not one, so the
// paths where the copy was made and where it was not meet, and ownck reports a
// leak of 'name' at the return. ctest runs this file with
// WILL_FAIL: when the analysis learns it, the test "fails" and the file moves to
// ../OWN003-leak/.
//
// The copy is made only under 'lower', and released only when the field says it
// was made. No finding.
// expect-no-diagnostics
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

struct opts { bool own_name; int verbose; };

size_t name_length(const char *arg, bool lower) {
  struct opts opt = {false, 0};
  char *name = (char *)arg;
  if (lower) {
    name = strdup(arg);
    if (!name)
      return 0;
    opt.own_name = true;
  }
  size_t n = strlen(name);
  if (opt.own_name)
    free(name);
  return n;
}
