// The caller fills the fields of a struct it allocated, then hands the struct to a
// destructor that frees the fields and the struct. A summary that only said
// "releases parameter 0" would leave 'u->name' and 'u->home' owned at the call; the
// fields are released by the callee too, so there is no "still owns its value when
// its struct is released" leak. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct user { char *name; char *home; int uid; };

static void user_free(struct user *u) {
  free(u->name);
  free(u->home);
  free(u);
}

int user_check(const char *name, const char *home, int uid) {
  struct user *u = calloc(1, sizeof *u);
  if (!u)
    return -1;
  u->name = strdup(name);
  u->home = strdup(home);
  u->uid = uid;
  int ok = u->name && u->home && uid >= 0;
  user_free(u);
  return ok;
}
