// config.c: the one Config of a run, built before any analysis.
//
// Takes the options the command line gave and the model files it named, and builds
// the rule catalog (rules.c) and the models in force (models.c): built-in, then the
// nearest .ownck.json, then each --model file, a later one overriding an earlier
// model of the same name. Errors are printed as 'ownck: error: ...' and make the
// whole Config fail. Once built, nothing writes the Config: every thread reads it.
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyzer.h"

#ifndef OWNCK_INCLUDE_DIR
#define OWNCK_INCLUDE_DIR ""
#endif
#ifndef OWNCK_INSTALL_INCLUDE_DIR
#define OWNCK_INSTALL_INCLUDE_DIR ""
#endif
#ifndef OWNCK_RESOURCE_DIR
#define OWNCK_RESOURCE_DIR ""
#endif

static bool has_header(Arena *a, const char *dir) {
  return dir && *dir && access(arena_printf(a, "%s/ownck/ownership.h", dir), R_OK) == 0;
}

// Where <ownck/ownership.h> is: beside the binary (<prefix>/bin/../include, an
// install), else the build tree's copy, else the install directory CMake was given.
static const char *include_dir(Arena *a, const Options *opt) {
  if (opt->exe_dir) {
    const char *rel = arena_printf(a, "%s/../include", opt->exe_dir);
    if (has_header(a, rel))
      return rel;
  }
  if (has_header(a, OWNCK_INCLUDE_DIR))
    return OWNCK_INCLUDE_DIR;
  return OWNCK_INSTALL_INCLUDE_DIR;
}

// clang's resource directory (its builtin stddef.h): the option, OWNCK_RESOURCE_DIR,
// or where CMake found it.
static const char *resource_dir(const Options *opt) {
  if (opt->resource_dir)
    return opt->resource_dir;
  const char *env = getenv("OWNCK_RESOURCE_DIR");
  return env && *env ? env : OWNCK_RESOURCE_DIR;
}

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

static bool load_dotfile(Models *ms, Arena *a, uint64_t *h) {
  const char *path = find_dotfile(a);
  if (!path)
    return true;
  size_t len;
  const char *text = arena_read_file(a, path, (size_t)16 << 20, &len);
  if (!text) {
    fprintf(stderr, "ownck: error: %s: %s\n", path, strerror(errno));
    return false;
  }
  *h = hash_bytes(*h, text, len);
  return models_load_text(ms, path, text, len, true);
}

// What makes findings differ, for the result cache: the binary itself (its code and
// its built-in rules and models), the options that change the analysis, and the text
// of every model and configuration file read ('h' so far).
static const char *config_hash(Arena *a, const Config *cfg, uint64_t h) {
  size_t len;
  const char *self = arena_read_file(a, "/proc/self/exe", (size_t)1 << 30, &len);
  h = self ? hash_bytes(h, self, len) : hash_bytes(h, OWNCK_VERSION __DATE__ __TIME__, sizeof OWNCK_VERSION __DATE__ __TIME__);
  const Options *o = &cfg->opt;
  const char *opts = arena_printf(a, "%d|%ld|%g|%s|%s|%s", o->strict, o->budget, o->time_limit, o->fault ? o->fault : "",
                                  cfg->include_dir ? cfg->include_dir : "", cfg->resource_dir ? cfg->resource_dir : "");
  h = hash_bytes(h, opts, strlen(opts));
  return arena_printf(a, "%016llx", (unsigned long long)h);
}

const Config *config_new(MUT_BORROW Arena *a, BORROWED const Options *opt, const char *const *model_files,
                         int nmodel_files, bool no_dotfile) {
  Config *cfg = arena_alloc(a, sizeof *cfg);
  cfg->opt = *opt;
  cfg->include_dir = include_dir(a, opt);
  cfg->resource_dir = resource_dir(opt);
  rules_load(&cfg->rules, a);
  cfg->models = models_new(a);
  if (!models_load_builtin(cfg->models)) {
    fprintf(stderr, "ownck: error: the built-in library models are broken (internal error)\n");
    return NULL;
  }
  uint64_t h = hash_bytes(0, "config", 6);
  if (!no_dotfile && !load_dotfile(cfg->models, a, &h))
    return NULL;
  for (int i = 0; i < nmodel_files; i++) {
    if (!models_load_file(cfg->models, model_files[i]))
      return NULL;
    size_t len;
    const char *text = arena_read_file(a, model_files[i], (size_t)16 << 20, &len);
    h = text ? hash_bytes(h, text, len) : h;
  }
  cfg->hash = opt->cache_dir ? config_hash(a, cfg, h) : NULL;
  return cfg;
}
