// Assigning the whole struct rewrites the flag in it: after 'opt = defaults', the
// test of 'opt.own_name' says nothing about the copy, which then leaks when the
// defaults say it is not owned.
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

struct opts { bool own_name; int verbose; };

size_t name_length(const char *arg, bool lower, struct opts defaults) {
  struct opts opt = {false, 0};
  char *name = (char *)arg;
  if (lower) {
    name = strdup(arg);
    if (!name)
      return 0;
    opt.own_name = true;
  }
  opt = defaults;
  size_t n = strlen(name);
  if (opt.own_name)
    free(name);
  return n; // expect-error[OWN003]{{leak: 'name' goes out of scope while it still owns its value}}
            // expect-note@-10{{allocated here by 'strdup'}}
}
