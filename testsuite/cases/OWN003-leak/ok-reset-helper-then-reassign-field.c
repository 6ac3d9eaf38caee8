// Reloading a setting: cfg_clear() frees the strings held in the config's fields and
// resets them, so storing a new string in 'cfg->path' afterwards does not overwrite
// an owner. The helper's body says what happens to the fields of the struct it is
// given; without it the old value looks still owned. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct config { char *path; char *user; int port; };

static void cfg_clear(struct config *cfg) {
  free(cfg->path);
  free(cfg->user);
  cfg->path = cfg->user = NULL;
  cfg->port = 0;
}

int cfg_reload(struct config *cfg, const char *path, const char *user) {
  cfg->path = strdup(path);
  if (!cfg->path)
    return -1;
  if (strchr(cfg->path, ' ')) {
    cfg_clear(cfg);
    cfg->path = strdup("/etc/app.conf");
  }
  cfg->user = strdup(user);
  return cfg->path && cfg->user ? 0 : -1;
}
