// driver.c: translation units from source to TuResult, on one thread or several.
//
// tu_check is the one per-file pipeline; the command line, the launcher, the fuzz
// target and the tests all call it:
//
//   cache_load (cache.c) or: parse_tu (libclang -> Funcs) -> summaries_tu (the
//   summary of each body, callees first) -> for each function: func_check (check.c)
//   -> TuResult -> cache_save
//
// Each file's work lives in two arenas of its own: the IR (freed when the file is
// done) and a scratch arena per function (reset after each). Its findings go to a
// Results with its own arena, which the caller merges into the run's and frees.
// tu_check reads only the Config, so any number of threads run it at once, each with
// its own CXIndex and files. driver_run hands the jobs to worker threads and gives
// the results back in job order, so the output does not depend on the threads.
//
// An internal error (fatal_internal) while a file is analysed unwinds to the
// thread's recovery point here: that file's findings are dropped and its TuResult
// says why; the other files are not affected. A crash signal is contained the same
// way when one thread analyses; with several it ends the run (docs/architecture.md).
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "analyzer.h"

// The analysis recurses once per level of nesting (bounded by parse.c's MAX_NESTING):
// every analysing thread gets a stack this large (reserved, not used up front).
#define ANALYSIS_STACK ((size_t)512 << 20)

static bool starts(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

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
  if (cfg->include_dir && *cfg->include_dir)
    args[k++] = arena_printf(a, "-I%s", cfg->include_dir);
  if (cfg->resource_dir && *cfg->resource_dir)
    args[k++] = arena_printf(a, "-resource-dir=%s", cfg->resource_dir);
  size_t len = strlen(path);
  bool lang = false;
  for (int i = 0; i < nuser; i++)
    lang |= starts(user[i], "-x");
  if (!lang && (len < 2 || strcmp(path + len - 2, ".c") != 0)) {
    args[k++] = "-x";
    args[k++] = "c";
  }
  *n = k;
  return args;
}

// ---- one file ----

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
  summaries_tu(&w->tu, cfg, w->scratch);
  if (job->dump && cfg->opt.dump_summaries) {
    for (int i = 0; i < w->tu.nfuncs; i++) {
      const char *line = summary_line(w->scratch, w->tu.funcs[i]->sig);
      fprintf(job->dump, "%s\n", line ? line : arena_printf(w->scratch, "%s: not summarised", w->tu.funcs[i]->name));
    }
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

// Does 'argv' parse (a throw-away parse, to find what makes the real one fail)?
static bool parses(const Job *job, const char *const *argv, int argc, void *index) {
  Tu tu = {0};
  tu.arena = arena_new();
  tu.res = results_new();
  tu.index = index;
  bool ok = parse_tu(&tu, job->path, argc, argv) || tu.clang_errors >= 0;
  results_free(tu.res);
  arena_free(tu.arena);
  return ok;
}

// Why libclang could not parse 'job' at all (it gives no diagnostics then): the file
// cannot be read, or clang refuses some of the user's flags (found by parsing without
// each of them).
static const char *why_not_parsed(Arena *a, const Job *job, void *index) {
  size_t len;
  if (!job->text && !arena_read_file(a, job->path, (size_t)1 << 30, &len))
    return arena_printf(a, "cannot read it: %s", strerror(errno));
  const char **argv = arena_alloc(a, sizeof(char *) * (size_t)(job->argc + 1));
  int own = job->argc - job->nuser;
  if (job->nuser == 0 || job->text || !parses(job, job->argv + job->nuser, own, index))
    return "libclang could not parse it (check the compiler flags)";
  const char *bad = NULL;
  for (int i = 0; i < job->nuser && i < 64; i++) {
    int n = 0;
    for (int j = 0; j < job->argc; j++)
      if (j != i)
        argv[n++] = job->argv[j];
    if (parses(job, argv, n, index))
      bad = bad ? arena_printf(a, "%s, '%s'", bad, job->argv[i]) : arena_printf(a, "'%s'", job->argv[i]);
  }
  return bad ? arena_printf(a, "clang does not accept the compiler flag%s %s (it parses without %s)",
                            strchr(bad, ',') ? "s" : "", bad, strchr(bad, ',') ? "each" : "it")
             : "libclang could not parse it with these compiler flags (it parses with none of them)";
}

// Keeps only the diagnostics about file 'only' (a header checked through a source
// that includes it).
static void keep_only(Results *r, const char *only) {
  bool *keep = arena_alloc(r->arena, (size_t)r->nfiles + 1);
  for (int f = 0; f < r->nfiles; f++) {
    char buf[4096];
    keep[f] = realpath(r->files[f]->path, buf) && !strcmp(buf, only);
  }
  int n = 0;
  for (int i = 0; i < r->ndiags; i++) {
    int f = r->diags[i]->span.file;
    if (f >= 0 && f < r->nfiles && keep[f])
      r->diags[n++] = r->diags[i];
  }
  r->ndiags = n;
}

// Was some function left unchecked (then an allow() may be for it: no OWN014)?
static bool partial(const Results *r) {
  for (int i = 0; i < r->ndiags; i++)
    if (r->diags[i]->skipped)
      return true;
  return false;
}

TuResult tu_check_in(BORROWED const Config *cfg, BORROWED const Job *job, BORROWED const Run *run, void *index) {
  bool cache = run && run->cache_dir && !job->text && !job->dump;
  TuResult r = {NULL, TU_OK, 0, NULL, false};
  if (cache && cache_load(cfg, job, run->cache_dir, &r)) {
    if (job->only)
      keep_only(r.res, job->only);
    return r;
  }
  r.res = results_new();
  Work *w = arena_alloc(r.res->arena, sizeof *w);
  w->tu.res = r.res;
  w->tu.arena = arena_new();
  w->tu.index = index;
  w->tu.dir = job->dir;
  w->tu.focus = job->only;
  w->tu.want_deps = cache;
  w->scratch = arena_new();
  Recovery rec = {0};
  rec.path = job->path;
  rec.signals_fatal = run && run->threads > 1;
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
  if (r.status == TU_OK && !job->dump)
    suppress_apply(r.res, cfg, res_file(r.res, job->path), partial(r.res));
  if (r.status == TU_NOT_PARSED)
    r.why = why_not_parsed(r.res->arena, job, index);
  if (cache && (r.status == TU_OK || r.status == TU_CLANG_ERRORS))
    cache_save(cfg, job, run->cache_dir, &r, w->tu.deps, w->tu.ndeps);
  arena_free(w->scratch);
  arena_free(w->tu.arena);
  if (job->only)
    keep_only(r.res, job->only);
  return r;
}

TuResult tu_check(BORROWED const Config *cfg, BORROWED const Job *job) {
  return tu_check_in(cfg, job, NULL, NULL);
}

// ---- many files ----

typedef struct Pool {
  const Config *cfg;
  const Job *jobs;
  int njobs;
  const Run *run;
  TuResult *out;
  atomic_int next;            // the next job to take
  pthread_mutex_t lock;       // guards done[] and wakes the caller
  pthread_cond_t finished;
  bool *done;
} Pool;

static void *worker(void *arg) {
  Pool *p = arg;
  if (p->run->thread_start)
    p->run->thread_start();
  void *index = parse_index_new();
  for (int i; (i = atomic_fetch_add(&p->next, 1)) < p->njobs;) {
    const Job *job = &p->jobs[i];
    TuResult r = tu_check_in(job->cfg ? job->cfg : p->cfg, job, p->run, index);
    pthread_mutex_lock(&p->lock);
    p->out[i] = r;
    p->done[i] = true;
    pthread_cond_broadcast(&p->finished);
    pthread_mutex_unlock(&p->lock);
  }
  parse_index_free(index);
  return NULL;
}

void driver_run(BORROWED const Config *cfg, const Job *jobs, int njobs, BORROWED const Run *run,
                void (*take)(void *ctx, int i, TuResult *r), void *ctx) {
  int nthreads = run->threads < njobs ? run->threads : njobs;
  if (nthreads <= 1) {  // on this thread, one CXIndex for all files
    void *index = run->index ? run->index : parse_index_new();
    for (int i = 0; i < njobs; i++) {
      TuResult r = tu_check_in(jobs[i].cfg ? jobs[i].cfg : cfg, &jobs[i], run, index);
      take(ctx, i, &r);
    }
    if (!run->index)
      parse_index_free(index);
    return;
  }
  Arena *a = arena_new();
  Pool p = {cfg, jobs, njobs, run, arena_alloc(a, sizeof(TuResult) * (size_t)njobs), 0,
            PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, arena_alloc(a, (size_t)njobs)};
  pthread_t *th = arena_alloc(a, sizeof(pthread_t) * (size_t)nthreads);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, ANALYSIS_STACK);
  int started = 0;
  for (int t = 0; t < nthreads; t++)
    started += pthread_create(&th[started], &attr, worker, &p) == 0;
  pthread_attr_destroy(&attr);
  if (started == 0)  // no thread (resource limits): this one does the work
    worker(&p);
  // The results go to 'take' in job order, as they come: the caller merges and
  // frees each, so only the files in flight are held.
  for (int i = 0; i < njobs; i++) {
    pthread_mutex_lock(&p.lock);
    while (!p.done[i])
      pthread_cond_wait(&p.finished, &p.lock);
    TuResult r = p.out[i];
    pthread_mutex_unlock(&p.lock);
    take(ctx, i, &r);
  }
  for (int t = 0; t < started; t++)
    pthread_join(th[t], NULL);
  pthread_mutex_destroy(&p.lock);
  pthread_cond_destroy(&p.finished);
  arena_free(a);
}
