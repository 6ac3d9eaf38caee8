// config.c: the one Config of a run, built before any analysis.
//
// Takes the options the command line gave and the model files it named, and builds
// the rule catalog (rules.c) and the models in force (models.c): built-in, then the
// .ownck.json of the files' directory (or --config FILE), then each --model file, a
// later one overriding an earlier model of the same name. .ownck.json also sets rule
// levels, fail-on, strict, path excludes and function-pointer allocators; its
// unknown keys and bad values are errors naming the file, line and key. Errors are
// printed as 'ownck: error: ...' and make the whole Config fail. Once built, nothing
// writes the Config: every thread reads it.
#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

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

// ---- .ownck.json ----

const char *config_find_dotfile(MUT_BORROW Arena *a, BORROWED const char *start) {
  char dir[4096];
  if (!realpath(start, dir))
    return NULL;
  for (;;) {
    const char *path = arena_printf(a, "%s/.ownck.json", strcmp(dir, "/") ? dir : "");
    if (access(path, F_OK) == 0)
      return path;
    char *slash = strrchr(dir, '/');
    if (!slash)
      return NULL;
    if (slash == dir) {
      if (!dir[1])
        return NULL;
      dir[1] = 0;  // the root itself, last
      continue;
    }
    *slash = 0;
  }
}

static const char *const dot_keys[] = {"version", "doc", "rules", "fail-on", "strict", "exclude", "models",
                                       "allocators", "realloc-zero"};
static const char *const alloc_keys[] = {"pointer", "as", "family", "doc"};
static const char *const level_words[] = {"off", "note", "warning", "error"};
#define NKEYS(a) ((int)(sizeof(a) / sizeof *(a)))

typedef struct Dot {
  const char *path;
  const char *text;
  size_t len;
  bool ok;
} Dot;

// The line of the first '"key"' written as a key in the text (for messages).
static int key_line(const Dot *d, const char *key) {
  char quoted[160];
  snprintf(quoted, sizeof quoted, "\"%s\"", key);
  for (const char *p = strstr(d->text, quoted); p; p = strstr(p + 1, quoted)) {
    const char *q = p + strlen(quoted);
    while (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')
      q++;
    if (*q == ':') {
      int line = 1;
      for (const char *c = d->text; c < p; c++)
        line += *c == '\n';
      return line;
    }
  }
  return 1;
}

// Prints "ownck: error: FILE:LINE: key 'k': message" and marks the file bad.
static bool dot_fail(Dot *d, const char *key, const char *fmt, const char *arg) {
  fprintf(stderr, "ownck: error: %s:%d: ", d->path, key_line(d, key));
  fprintf(stderr, "\"%s\": ", key);
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  d->ok = false;
  return false;
}

static bool check_keys(Dot *d, const cJSON *o, const char *const *keys, int n) {
  const cJSON *v;
  cJSON_ArrayForEach(v, o) {
    bool known = false;
    for (int i = 0; i < n && !known; i++)
      known = !strcmp(v->string, keys[i]);
    if (known)
      continue;
    const char *guess = name_closest(v->string, keys, n);
    char msg[256];
    if (guess)
      snprintf(msg, sizeof msg, "unknown key (did you mean \"%s\"?)", guess);
    else
      snprintf(msg, sizeof msg, "unknown key (known: %s%s)", keys[0], n > 1 ? ", ..." : "");
    return dot_fail(d, v->string, "%s", msg);
  }
  return true;
}

static bool parse_level_word(const char *s, Level *l) {
  for (int i = 0; i < NKEYS(level_words); i++)
    if (!strcmp(s, level_words[i])) {
      *l = (Level)i;
      return true;
    }
  return false;
}

static bool dot_rules(Dot *d, Config *cfg, const cJSON *rules) {
  if (!cJSON_IsObject(rules))
    return dot_fail(d, "rules", "%s", "expected an object {\"OWN003\": \"warning\", ...}");
  const cJSON *v;
  cJSON_ArrayForEach(v, rules) {
    Rule r = rule_by_id(&cfg->rules, v->string);
    Level l;
    if (r == RULE_NONE)
      return dot_fail(d, v->string, "%s", "unknown rule (see 'ownck --list-rules')");
    if (!cJSON_IsString(v) || !parse_level_word(v->valuestring, &l))
      return dot_fail(d, v->string, "%s", "expected \"off\", \"note\", \"warning\" or \"error\"");
    cfg->level[r] = l;
  }
  return true;
}

static bool dot_strings(Dot *d, Arena *a, const char *key, const cJSON *arr, const char ***out, int *n) {
  if (!cJSON_IsArray(arr))
    return dot_fail(d, key, "%s", "expected an array of strings");
  int cap = 0;
  const cJSON *v;
  cJSON_ArrayForEach(v, arr) {
    if (!cJSON_IsString(v))
      return dot_fail(d, key, "%s", "expected an array of strings");
    ARR_PUSH(a, *out, *n, cap, arena_strdup(a, v->valuestring));
  }
  return true;
}

// "allocators": [{"pointer": "lib_malloc_fn", "as": "malloc"}, ...]: a function
// pointer (a global, or a struct member written "hooks->allocate") that calls the
// function named by "as" (a modelled allocator or releaser).
static bool dot_allocators(Dot *d, Arena *a, Config *cfg, const cJSON *arr) {
  if (!cJSON_IsArray(arr))
    return dot_fail(d, "allocators", "%s", "expected an array of {\"pointer\": ..., \"as\": ...}");
  int cap = 0;
  const cJSON *e;
  cJSON_ArrayForEach(e, arr) {
    if (!cJSON_IsObject(e))
      return dot_fail(d, "allocators", "%s", "expected an array of {\"pointer\": ..., \"as\": ...}");
    if (!check_keys(d, e, alloc_keys, NKEYS(alloc_keys)))
      return false;
    const cJSON *p = cJSON_GetObjectItemCaseSensitive(e, "pointer"), *as = cJSON_GetObjectItemCaseSensitive(e, "as");
    if (!cJSON_IsString(p) || !cJSON_IsString(as))
      return dot_fail(d, "allocators", "%s", "each needs \"pointer\" and \"as\" (strings)");
    if (!model_find(cfg->models, as->valuestring))
      return dot_fail(d, "as", "no model is named '%s' (name a modelled allocator or releaser)", as->valuestring);
    FnPtrModel m = {arena_strdup(a, p->valuestring), arena_strdup(a, as->valuestring)};
    ARR_PUSH(a, cfg->allocators, cfg->nallocators, cap, m);
  }
  return true;
}

// Reads .ownck.json 'path' into 'cfg'. Unknown keys and bad values are errors naming
// the file, the line and the key.
static bool load_dotfile(Config *cfg, Arena *a, const char *path, uint64_t *h) {
  Dot d = {path, NULL, 0, true};
  char *text = arena_read_file(a, path, (size_t)16 << 20, &d.len);
  if (!text) {
    fprintf(stderr, "ownck: error: %s: %s\n", path, strerror(errno));
    return false;
  }
  d.text = text;
  *h = hash_bytes(*h, text, d.len);
  if (!models_load_text(cfg->models, path, text, d.len, true))  // also says where JSON is invalid
    return false;
  cJSON *root = cJSON_ParseWithLength(text, d.len);
  if (!cJSON_IsObject(root)) {
    cJSON_Delete(root);
    fprintf(stderr, "ownck: error: %s: expected a JSON object at the top level\n", path);
    return false;
  }
  cfg->dotfile = arena_strdup(a, path);
  char *dir = arena_strdup(a, path), *slash = strrchr(dir, '/');
  if (slash)
    *slash = 0;
  cfg->dotdir = dir;
  const cJSON *v;
  if (check_keys(&d, root, dot_keys, NKEYS(dot_keys))) {
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "version")) && !(cJSON_IsNumber(v) && v->valuedouble == 1))
      dot_fail(&d, "version", "%s", "unsupported (this ownck reads version 1)");
    if (d.ok && (v = cJSON_GetObjectItemCaseSensitive(root, "rules")))
      dot_rules(&d, cfg, v);
    Level l;
    if (d.ok && (v = cJSON_GetObjectItemCaseSensitive(root, "fail-on"))) {
      if (!cJSON_IsString(v) || !parse_level_word(v->valuestring, &l) || l == LVL_NONE)
        dot_fail(&d, "fail-on", "%s", "expected \"error\", \"warning\" or \"note\"");
      else if (!cfg->opt.fail_on_set)
        cfg->opt.fail_on = l;
    }
    if (d.ok && (v = cJSON_GetObjectItemCaseSensitive(root, "strict"))) {
      if (!cJSON_IsBool(v))
        dot_fail(&d, "strict", "%s", "expected true or false");
      else
        cfg->opt.strict |= cJSON_IsTrue(v);
    }
    if (d.ok && (v = cJSON_GetObjectItemCaseSensitive(root, "exclude")))
      dot_strings(&d, a, "exclude", v, &cfg->exclude, &cfg->nexclude);
    if (d.ok && (v = cJSON_GetObjectItemCaseSensitive(root, "allocators")))
      dot_allocators(&d, a, cfg, v);
    if (d.ok && (v = cJSON_GetObjectItemCaseSensitive(root, "realloc-zero"))) {
      if (cJSON_IsString(v) && (!strcmp(v->valuestring, "frees") || !strcmp(v->valuestring, "reallocates")))
        cfg->realloc_zero_frees = !strcmp(v->valuestring, "frees");
      else
        dot_fail(&d, "realloc-zero", "%s", "expected \"frees\" (glibc) or \"reallocates\" (musl, BSD, macOS)");
    }
  }
  cJSON_Delete(root);
  return d.ok;
}

// What makes findings differ, for the result cache: the binary itself (its code and
// its built-in rules and models), the options that change the analysis, and the text
// of every model and configuration file read ('h' so far).
static const char *config_hash(Arena *a, const Config *cfg, uint64_t h) {
  size_t len;
  const char *self = arena_read_file(a, "/proc/self/exe", (size_t)1 << 30, &len);
  h = self ? hash_bytes(h, self, len) : hash_bytes(h, OWNCK_VERSION __DATE__ __TIME__, sizeof OWNCK_VERSION __DATE__ __TIME__);
  const Options *o = &cfg->opt;
  const char *opts = arena_printf(a, "%d|%d|%d|%ld|%g|%s|%s|%s", o->strict, o->suggest, o->no_summaries, o->budget,
                                  o->time_limit, o->fault ? o->fault : "",
                                  cfg->include_dir ? cfg->include_dir : "", cfg->resource_dir ? cfg->resource_dir : "");
  h = hash_bytes(h, opts, strlen(opts));
  return arena_printf(a, "%016llx", (unsigned long long)h);
}

const Config *config_new(MUT_BORROW Arena *a, BORROWED const Options *opt, const char *const *model_files,
                         int nmodel_files, BORROWED const char *dotfile) {
  Config *cfg = arena_alloc(a, sizeof *cfg);
  cfg->opt = *opt;
  cfg->realloc_zero_frees = true;  // glibc
  cfg->include_dir = include_dir(a, opt);
  cfg->resource_dir = resource_dir(opt);
  rules_load(&cfg->rules, a);
  for (int r = OWN001; r < RULE_COUNT; r++)
    cfg->level[r] = cfg->rules.info[r].level;
  cfg->models = models_new(a);
  if (!models_load_builtin(cfg->models)) {
    fprintf(stderr, "ownck: error: the built-in library models are broken (internal error)\n");
    return NULL;
  }
  uint64_t h = hash_bytes(0, "config", 6);
  if (dotfile && !load_dotfile(cfg, a, dotfile, &h))
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

bool config_excludes(BORROWED const Config *cfg, BORROWED const char *path) {
  if (!cfg->nexclude)
    return false;
  char abs[4096];
  const char *p = realpath(path, abs) ? abs : path;
  size_t n = cfg->dotdir ? strlen(cfg->dotdir) : 0;
  if (n && !strncmp(p, cfg->dotdir, n) && p[n] == '/')
    p += n + 1;  // relative to the directory of .ownck.json
  for (int i = 0; i < cfg->nexclude; i++)
    if (fnmatch(cfg->exclude[i], p, 0) == 0)
      return true;
  return false;
}

void config_dump(BORROWED const Config *cfg, FILE *out) {
  cJSON *o = cJSON_CreateObject();
  if (cfg->dotfile)
    cJSON_AddStringToObject(o, "config", cfg->dotfile);
  else
    cJSON_AddNullToObject(o, "config");
  cJSON_AddStringToObject(o, "fail-on", level_name(cfg->opt.fail_on));
  cJSON_AddBoolToObject(o, "strict", cfg->opt.strict);
  cJSON_AddStringToObject(o, "realloc-zero", cfg->realloc_zero_frees ? "frees" : "reallocates");
  cJSON *rules = cJSON_AddObjectToObject(o, "rules");
  for (int r = OWN001; r < RULE_COUNT; r++)
    cJSON_AddStringToObject(rules, cfg->rules.info[r].id, level_words[cfg->level[r]]);
  cJSON *ex = cJSON_AddArrayToObject(o, "exclude");
  for (int i = 0; i < cfg->nexclude; i++)
    cJSON_AddItemToArray(ex, cJSON_CreateString(cfg->exclude[i]));
  cJSON *al = cJSON_AddArrayToObject(o, "allocators");
  for (int i = 0; i < cfg->nallocators; i++) {
    cJSON *e = cJSON_CreateObject();
    cJSON_AddStringToObject(e, "pointer", cfg->allocators[i].pointer);
    cJSON_AddStringToObject(e, "as", cfg->allocators[i].as);
    cJSON_AddItemToArray(al, e);
  }
  cJSON_AddNumberToObject(o, "models", models_count(cfg->models));
  cJSON_AddNumberToObject(o, "budget", (double)cfg->opt.budget);
  cJSON_AddNumberToObject(o, "time-limit", cfg->opt.time_limit);
  char *text = cJSON_Print(o);
  cJSON_Delete(o);
  if (text) {
    fputs(text, out);
    fputc('\n', out);
    cJSON_free(text);
  }
}
