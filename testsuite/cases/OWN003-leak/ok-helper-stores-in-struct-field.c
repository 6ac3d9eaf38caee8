// opts_set_output() stores the path in the caller's struct (stored away into a field
// of another parameter); opts_free() releases it later. The local owner going out of
// scope is not a leak. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct opts { char *output; int verbose; };

static void opts_set_output(struct opts *o, char *path) {
  free(o->output);
  o->output = path;
}

void opts_free(struct opts *o) {
  free(o->output);
  free(o);
}

int parse_output(struct opts *o, const char *arg) {
  char *path = strdup(arg);
  if (!path)
    return -1;
  opts_set_output(o, path);
  return 0;
}
