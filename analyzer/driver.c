// driver.c: one translation unit from source to TuResult.
//
// tu_check is the one per-file pipeline; the command line, the fuzz target and the
// tests call it:
//
//   parse_tu (libclang -> Funcs) -> for each function: func_check (check.c) -> TuResult
//
// Each file's work lives in two arenas of its own: the IR (freed when the file is
// done) and a scratch arena per function (reset after each). Its findings go to a
// Results with its own arena, which the caller merges into the run's (results_merge)
// and frees. tu_check reads only the Config, so any number of threads may run it at
// once, each on its own files.
//
// An internal error (fatal_internal) while a file is analysed unwinds to the
// thread's recovery point here: that file's findings are dropped and its TuResult
// says why; the other files are not affected. A crash signal is contained the same
// way when the run has one analysing thread (main.c decides; see
// docs/architecture.md for why threads do not unwind signals).
#include <stdlib.h>
#include <string.h>

#include "analyzer.h"

#ifndef OWNCK_INCLUDE_DIR
#define OWNCK_INCLUDE_DIR ""
#endif
#ifndef OWNCK_RESOURCE_DIR
#define OWNCK_RESOURCE_DIR ""
#endif

static bool starts(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

// clang's resource directory (its builtin stddef.h): the option, OWNCK_RESOURCE_DIR,
// or where CMake found it.
static const char *resource_dir(const Options *opt) {
  if (opt->resource_dir)
    return opt->resource_dir;
  const char *env = getenv("OWNCK_RESOURCE_DIR");
  return env && *env ? env : OWNCK_RESOURCE_DIR;
}

const char **driver_clang_args(MUT_BORROW Arena *a, BORROWED const Config *cfg, BORROWED const char *path,
                               const char *const *user, int nuser, int *n) {
  const char **args = arena_alloc(a, sizeof(char *) * (size_t)(nuser + 12));
  int k = 0;
  for (int i = 0; i < nuser; i++) {
    const char *f = user[i];
    if (starts(f, "-Werror") || !strcmp(f, "-c"))
      continue;
    args[k++] = f;
  }
  args[k++] = "-D__OWNCK__=1";
  args[k++] = "-ferror-limit=0";
  args[k++] = "-Wno-unknown-warning-option";
  args[k++] = "-Wno-unused-command-line-argument";
  if (*OWNCK_INCLUDE_DIR)
    args[k++] = arena_printf(a, "-I%s", OWNCK_INCLUDE_DIR);
  const char *rd = resource_dir(&cfg->opt);
  if (*rd)
    args[k++] = arena_printf(a, "-resource-dir=%s", rd);
  size_t len = strlen(path);
  if (len < 2 || strcmp(path + len - 2, ".c") != 0) {
    args[k++] = "-x";
    args[k++] = "c";
  }
  *n = k;
  return args;
}

// The arenas of one file, outside the frame that siglongjmp may abandon.
typedef struct Work {
  Tu tu;
  Arena *scratch;
} Work;

static void analyse(const Config *cfg, const Job *job, Work *w, TuResult *r) {
  bool ok = job->text ? parse_tu_string(&w->tu, job->path, job->text, job->argc, job->argv)
                      : parse_tu(&w->tu, job->path, job->argc, job->argv);
  if (!ok) {
    r->clang_errors = w->tu.clang_errors;
    r->status = w->tu.clang_errors < 0 ? TU_NOT_PARSED : TU_CLANG_ERRORS;
    return;
  }
  for (int i = 0; i < w->tu.nfuncs; i++) {
    Func *f = w->tu.funcs[i];
    Sink k = sink_new(r->res, cfg, f->name, f->span.line, w->scratch);
    func_check(&k, w->scratch, f, job->dump);
    if (cfg->opt.fault && strstr(job->path, cfg->opt.fault))
      unreachable();  // test-only fault injection (OWNCK_FAULT_INJECT)
    arena_reset(w->scratch);
  }
}

TuResult tu_check(BORROWED const Config *cfg, BORROWED const Job *job) {
  TuResult r = {results_new(), TU_OK, 0, NULL};
  Work *w = arena_alloc(r.res->arena, sizeof *w);
  w->tu.res = r.res;
  w->tu.arena = arena_new();
  w->scratch = arena_new();
  Recovery rec;
  Recovery *outer = recovery_get();
  if (sigsetjmp(rec.env, 1)) {
    recovery_set(outer);
    arena_free(w->scratch);
    arena_free(w->tu.arena);
    results_free(r.res);  // what this file produced before failing is not trusted
    r.res = results_new();
    res_file(r.res, job->path);
    r.status = TU_INTERNAL;
    r.why = arena_strdup(r.res->arena, rec.what);
    return r;
  }
  recovery_set(&rec);
  analyse(cfg, job, w, &r);
  recovery_set(outer);
  arena_free(w->scratch);
  arena_free(w->tu.arena);
  return r;
}
