// A flag kept in a field of a local struct ('opt.own_name') whose address is never
// taken is a flag like a local integer.
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
