// The same for a field: 'load_path(&cfg.path)' may store a new block in cfg.path,
// so freeing cfg.path afterwards is not a double free of the old one.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct config { char *path; int verbose; };

int load_path(char **out);

int reload(const char *initial) {
  struct config cfg = {NULL, 0};
  cfg.path = strdup(initial);
  free(cfg.path);
  if (load_path(&cfg.path) != 0)
    return -1;
  free(cfg.path);
  return 0;
}
