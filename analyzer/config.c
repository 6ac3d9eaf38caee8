// config.c: the one Config of a run, built before any analysis.
//
// Takes the options the command line gave and the model files it named, and builds
// the rule catalog (rules.c) and the models in force (models.c): built-in, then the
// nearest .ownck.json, then each --model file, a later one overriding an earlier
// model of the same name. Errors are printed as 'ownck: error: ...' and make the
// whole Config fail. Once built, nothing writes the Config: every thread reads it.
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "analyzer.h"

Options config_default_options(void) {
  Options o = {0};
  o.fail_on = LVL_WARNING;
  o.budget = 200000;
  o.time_limit = 10;
  return o;
}

// The nearest .ownck.json from the current directory up to the file system root,
// or NULL.
static const char *find_dotfile(Arena *a) {
  char dir[4096];
  if (!getcwd(dir, sizeof dir))
    return NULL;
  for (;;) {
    const char *path = arena_printf(a, "%s/.ownck.json", strcmp(dir, "/") ? dir : "");
    if (access(path, F_OK) == 0)
      return path;
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir)
      return NULL;
    *slash = 0;
  }
}

static bool load_dotfile(Models *ms, Arena *a) {
  const char *path = find_dotfile(a);
  if (!path)
    return true;
  size_t len;
  const char *text = arena_read_file(a, path, (size_t)16 << 20, &len);
  if (!text) {
    fprintf(stderr, "ownck: error: %s: %s\n", path, strerror(errno));
    return false;
  }
  return models_load_text(ms, path, text, len, true);
}

const Config *config_new(MUT_BORROW Arena *a, BORROWED const Options *opt, const char *const *model_files,
                         int nmodel_files, bool no_dotfile) {
  Config *cfg = arena_alloc(a, sizeof *cfg);
  cfg->opt = *opt;
  rules_load(&cfg->rules, a);
  cfg->models = models_new(a);
  if (!models_load_builtin(cfg->models)) {
    fprintf(stderr, "ownck: error: the built-in library models are broken (internal error)\n");
    return NULL;
  }
  if (!no_dotfile && !load_dotfile(cfg->models, a))
    return NULL;
  for (int i = 0; i < nmodel_files; i++)
    if (!models_load_file(cfg->models, model_files[i]))
      return NULL;
  return cfg;
}
