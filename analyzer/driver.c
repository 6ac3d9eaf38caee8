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

static Work *work_new(const Config *cfg, const Job *job, TuResult *r, void *index, bool want_deps) {
  r->res = results_new();
  Work *w = arena_alloc(r->res->arena, sizeof *w);
  w->tu.res = r->res;
  w->tu.arena = arena_new();
  w->tu.index = index;
  w->tu.dir = job->dir;
  w->tu.focus = job->only;
  w->tu.want_deps = want_deps;
  w->tu.want_decls = cfg->opt.suggest;  // only the suggestions' fix-its need them
  w->scratch = arena_new();
  return w;
}

static void work_free(Work *w) {
  arena_free(w->scratch);
  arena_free(w->tu.arena);
}

// Parses 'job' into 'w'; false (with r's status said) if clang could not.
static bool parse_work(const Config *cfg, const Job *job, Work *w, TuResult *r) {
  bool ok = job->text ? parse_tu_string(&w->tu, job->path, job->text, job->argc, job->argv)
                      : parse_tu(&w->tu, job->path, job->argc, job->argv);
  if (!ok) {
    r->clang_errors = w->tu.clang_errors;
    r->status = w->tu.clang_errors < 0 ? TU_NOT_PARSED : TU_CLANG_ERRORS;
    return false;
  }
  effects_prepare(cfg, &w->tu);
  return true;
}

static void dump_summaries(const Job *job, Work *w) {
  for (int i = 0; i < w->tu.nfuncs; i++) {
    const char *line = summary_line(w->scratch, w->tu.funcs[i]->sig);
    fprintf(job->dump, "%s\n", line ? line : arena_printf(w->scratch, "%s: not summarised", w->tu.funcs[i]->name));
  }
}

// The checks of every function of a parsed (and summarised) file.
static void check_work(const Config *cfg, const Job *job, Work *w, TuResult *r) {
  if (job->dump && cfg->opt.dump_summaries) {
    dump_summaries(job, w);
    return;
  }
  if (cfg->opt.suggest) {
    suggest_tu(r->res, cfg, &w->tu, w->scratch);
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

static void analyse(const Config *cfg, const Job *job, Work *w, TuResult *r) {
  if (!parse_work(cfg, job, w, r))
    return;
  summaries_tu(&w->tu, cfg, w->scratch);
  check_work(cfg, job, w, r);
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

// A stage of one file's analysis (parse, check, or both) and what it needs; stages
// run under a recovery point.
typedef struct Stage {
  const Config *cfg;
  const Job *job;
  Work *w;
  TuResult *r;
  bool (*fn)(struct Stage *);
} Stage;

static bool step_analyse(Stage *st) {
  analyse(st->cfg, st->job, st->w, st->r);
  return true;
}

static bool step_parse(Stage *st) {
  parse_work(st->cfg, st->job, st->w, st->r);  // a failure is in r's status
  return true;
}

static bool step_check(Stage *st) {
  check_work(st->cfg, st->job, st->w, st->r);
  return true;
}

// Runs st->fn with a recovery point for its file: an internal error there (or a crash
// signal, when it can be unwound) frees the file's work and leaves a TU_INTERNAL
// result saying why. False then, else what st->fn said.
static bool guarded(Stage *st, bool signals_fatal) {
  Recovery rec = {0};
  rec.path = st->job->path;
  rec.signals_fatal = signals_fatal;
  Recovery *outer = recovery_get();
  if (sigsetjmp(rec.env, 1)) {
    recovery_set(outer);
    work_free(st->w);
    results_free(st->r->res);  // what this file produced before failing is not trusted
    st->r->res = results_new();
    res_file(st->r->res, st->job->path);
    st->r->status = TU_INTERNAL;
    st->r->why = arena_strdup(st->r->res->arena, rec.what);
    st->w = NULL;
    return false;
  }
  recovery_set(&rec);
  bool ok = st->fn(st);
  recovery_set(outer);
  return ok;
}

// The end of one file's analysis: suppressions, why it could not be parsed, the
// cache entry ('sums' with -p), a header's own findings. Frees 'w'.
static void finish(const Config *cfg, const Job *job, const Run *run, Work *w, TuResult *r, void *index,
                   const CacheSums *sums) {
  bool cache = run && run->cache_dir && !job->text && !job->dump;
  if (r->status == TU_OK && !job->dump) {
    int file = res_file(r->res, job->path);  // not inside the call that borrows 'r->res' mutably
    suppress_apply(r->res, cfg, file, partial(r->res));
  }
  if (r->status == TU_NOT_PARSED)
    r->why = why_not_parsed(r->res->arena, job, index);
  if (cache && (r->status == TU_OK || r->status == TU_CLANG_ERRORS))
    cache_save(cfg, job, run->cache_dir, r, w->tu.deps, w->tu.ndeps, sums);
  work_free(w);
  if (job->only)
    keep_only(r->res, job->only);
}

TuResult tu_check_in(BORROWED const Config *cfg, BORROWED const Job *job, BORROWED const Run *run, void *index) {
  bool cache = run && run->cache_dir && !job->text && !job->dump;
  TuResult r = {NULL, TU_OK, 0, NULL, false};
  if (cache && cache_load(cfg, job, run->cache_dir, &r, NULL, NULL)) {
    if (job->only)
      keep_only(r.res, job->only);
    return r;
  }
  Stage st = {cfg, job, work_new(cfg, job, &r, index, cache), &r, step_analyse};
  if (guarded(&st, run && run->threads > 1))
    finish(cfg, job, run, st.w, &r, index, NULL);
  return r;
}

TuResult tu_check(BORROWED const Config *cfg, BORROWED const Job *job) {
  return tu_check_in(cfg, job, NULL, NULL);
}

// ---- many files ----

typedef struct Pool Pool;
struct Pool {
  const Job *jobs;
  int n;                      // items to do: 0 .. n-1
  int *items;                 // their indices, or NULL: 0 .. n-1 themselves
  const Run *run;
  void (*work)(Pool *p, int i, void *index);  // does item i with the thread's CXIndex
  void *ctx;
  atomic_int next;            // the next item to take
  pthread_mutex_t lock;       // guards done[] and wakes the caller
  pthread_cond_t finished;
  bool *done;
};

static void *worker(void *arg) {
  Pool *p = arg;
  if (p->run->thread_start)
    p->run->thread_start();
  void *index = parse_index_new();
  for (int k; (k = atomic_fetch_add(&p->next, 1)) < p->n;) {
    p->work(p, p->items ? p->items[k] : k, index);
    pthread_mutex_lock(&p->lock);
    p->done[k] = true;
    pthread_cond_broadcast(&p->finished);
    pthread_mutex_unlock(&p->lock);
  }
  parse_index_free(index);
  return NULL;
}

// Does items 0 .. n-1 on run->threads threads (on this one when it is 1), calling
// 'each' (when not NULL) on this thread for each item in order as soon as it and
// those before it are done.
static void pool_run(Pool *p, void (*each)(Pool *p, int i)) {
  int nthreads = p->run->threads < p->n ? p->run->threads : p->n;
  if (nthreads <= 1) {  // on this thread, one CXIndex for all files
    void *index = p->run->index ? p->run->index : parse_index_new();
    for (int k = 0; k < p->n; k++) {
      p->work(p, p->items ? p->items[k] : k, index);
      if (each)
        each(p, p->items ? p->items[k] : k);
    }
    if (!p->run->index)
      parse_index_free(index);
    return;
  }
  Arena *a = arena_new();
  atomic_init(&p->next, 0);
  pthread_mutex_init(&p->lock, NULL);
  pthread_cond_init(&p->finished, NULL);
  p->done = arena_alloc(a, (size_t)p->n + 1);
  pthread_t *th = arena_alloc(a, sizeof(pthread_t) * (size_t)nthreads);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, ANALYSIS_STACK);
  int started = 0;
  for (int t = 0; t < nthreads; t++)
    started += pthread_create(&th[started], &attr, worker, p) == 0;
  pthread_attr_destroy(&attr);
  if (started == 0)  // no thread (resource limits): this one does the work
    worker(p);
  // Items are handed back in order, as they come: the caller merges and frees each
  // file's results, so only the files in flight are held.
  for (int k = 0; k < p->n; k++) {
    pthread_mutex_lock(&p->lock);
    while (!p->done[k])
      pthread_cond_wait(&p->finished, &p->lock);
    pthread_mutex_unlock(&p->lock);
    if (each)
      each(p, p->items ? p->items[k] : k);
  }
  for (int t = 0; t < started; t++)
    pthread_join(th[t], NULL);
  pthread_mutex_destroy(&p->lock);
  pthread_cond_destroy(&p->finished);
  arena_free(a);
}

typedef struct Plain {
  const Config *cfg;
  TuResult *out;
  void (*take)(void *ctx, int i, TuResult *r);
  void *ctx;
} Plain;

static void plain_work(Pool *p, int i, void *index) {
  Plain *pl = p->ctx;
  const Job *job = &p->jobs[i];
  pl->out[i] = tu_check_in(job->cfg ? job->cfg : pl->cfg, job, p->run, index);
}

static void plain_take(Pool *p, int i) {
  Plain *pl = p->ctx;
  pl->take(pl->ctx, i, &pl->out[i]);
}

// ---- a project: summaries across its files ----
//
// With -p, a function of one file calling a function of another gets the callee's
// summary. Three phases:
//   load:  each file (in parallel) is answered by its cache entry, or parsed, and
//          its IR kept;
//   link:  on this thread, the summaries of every parsed file's functions, callees
//          first across the files (summaries_link), with those of the files the
//          cache answered; a cached file whose results used a summary that is now
//          different is parsed after all, and the link is done again;
//   check: each parsed file (in parallel) is checked with the summaries, its IR
//          freed, its entry stored with its functions' summaries and those it used.
// Results go to 'take' in job order, whatever the number of threads.

typedef struct Unit {
  const Job *job;
  const Config *cfg;
  TuResult r;
  Work *w;                 // parsed: its IR, until it is checked; else NULL
  bool cached;             // answered by the cache: r, exports and imports are its entry's
  bool done;               // r is final
  CacheSums sums;          // cached: the entry's; parsed: what its entry will say
  Arena *sa;               // where the summaries of its entry live (until the run ends)
} Unit;

typedef struct Project {
  const Config *cfg;
  Unit *units;
  int n;
  Arena *a;                // the summaries of cached files, the tables
  void (*take)(void *ctx, int i, TuResult *r);
  void *ctx;
} Project;

static const Config *unit_cfg(const Project *pr, const Job *job) { return job->cfg ? job->cfg : pr->cfg; }

static bool use_cache(const Run *run, const Job *job) { return run->cache_dir && !job->text && !job->dump; }

static void unit_parse(Pool *p, Unit *u, void *index) {
  u->cached = u->done = false;
  Stage st = {u->cfg, u->job, work_new(u->cfg, u->job, &u->r, index, use_cache(p->run, u->job)), &u->r, step_parse};
  if (!guarded(&st, p->run->threads > 1)) {
    u->done = true;  // internal error: said in r
  } else if (u->r.status != TU_OK) {
    finish(u->cfg, u->job, p->run, st.w, &u->r, index, NULL);
    u->done = true;
  } else {
    u->w = st.w;
  }
}

static void load_work(Pool *p, int i, void *index) {
  Project *pr = p->ctx;
  Unit *u = &pr->units[i];
  u->job = &p->jobs[i];
  u->cfg = unit_cfg(pr, u->job);
  u->r = (TuResult){NULL, TU_OK, 0, NULL, false};
  u->sums.project = true;
  u->sa = arena_new();
  if (use_cache(p->run, u->job) && cache_load(u->cfg, u->job, p->run->cache_dir, &u->r, &u->sums, u->sa)) {
    u->cached = u->done = true;
    return;
  }
  unit_parse(p, u, index);
}

static void reparse_work(Pool *p, int i, void *index) {
  Project *pr = p->ctx;
  Unit *u = &pr->units[i];
  results_free(u->r.res);
  u->r = (TuResult){NULL, TU_OK, 0, NULL, false};
  u->sums = (CacheSums){.project = true};
  unit_parse(p, u, index);
}

// The summary text other files see under each name: every file's functions with
// external linkage ("-": several files define it, or it has no summary).
typedef struct Table {
  const char **names, **texts;
  int cap;
} Table;

static unsigned table_slot(const Table *t, const char *name) {
  return (unsigned)hash_bytes(0, name, strlen(name)) & (unsigned)(t->cap - 1);
}

static void table_put(Arena *a, Table *t, const char *name, const char *text) {
  unsigned i = table_slot(t, name);
  while (t->names[i] && strcmp(t->names[i], name))
    i = (i + 1) & (unsigned)(t->cap - 1);
  t->texts[i] = t->names[i] ? "-" : arena_strdup(a, text);
  t->names[i] = name;
}

static const char *table_get(const Table *t, const char *name) {
  for (unsigned i = table_slot(t, name);; i = (i + 1) & (unsigned)(t->cap - 1)) {
    if (!t->names[i])
      return "-";
    if (!strcmp(t->names[i], name))
      return t->texts[i];
  }
}

static void exports_add(Arena *a, SumExports *e, const char *name, const Summary *sum) {
  if (e->n == e->cap) {
    int nc = e->cap ? 2 * e->cap : 16;
    e->names = arena_realloc(a, e->names, sizeof(char *) * (size_t)e->cap, sizeof(char *) * (size_t)nc);
    e->sums = arena_realloc(a, e->sums, sizeof(Summary *) * (size_t)e->cap, sizeof(Summary *) * (size_t)nc);
    e->cap = nc;
  }
  e->names[e->n] = name;
  e->sums[e->n++] = sum;
}

// The functions of a parsed file that other files may call, with their summaries,
// and the summaries of other files' functions it used: what its entry will say.
static void exports_of(Arena *a, Unit *u) {
  SumExports *e = &u->sums.exports;
  e->n = 0;
  for (int i = 0; i < u->w->tu.nfuncs; i++) {
    const FnSig *sig = u->w->tu.funcs[i]->sig;
    if (!sig->is_static)
      exports_add(a, e, sig->name, sig->sum);
  }
  u->sums.imports = u->w->tu.imports;
  u->sums.nimports = u->w->tu.nimports;
}

// Does cached unit 'u' export 'name' without a summary (deferred: nothing called it
// when its entry was made)?
static bool defers(const Unit *u, const char *name) {
  for (int k = 0; u->cached && k < u->sums.exports.n; k++)
    if (u->sums.exports.sums[k] && u->sums.exports.sums[k]->deferred && !strcmp(u->sums.exports.names[k], name))
      return true;
  return false;
}

// The cached files whose results used a summary other than the one now in force,
// and those that deferred the summary of a function a parsed file now calls.
static int stale_units(Project *pr, int *out) {
  Table t = {0};
  int total = 0;
  for (int i = 0; i < pr->n; i++)
    total += pr->units[i].sums.exports.n;
  t.cap = 16;
  while (t.cap < 2 * total + 2)
    t.cap *= 2;
  t.names = arena_alloc(pr->a, sizeof(char *) * (size_t)t.cap);
  t.texts = arena_alloc(pr->a, sizeof(char *) * (size_t)t.cap);
  for (int i = 0; i < pr->n; i++) {
    const SumExports *e = &pr->units[i].sums.exports;
    for (int k = 0; k < e->n; k++)
      table_put(pr->a, &t, e->names[k], e->sums[k] ? e->sums[k]->text : "-");
  }
  bool *stale = arena_alloc(pr->a, (size_t)pr->n + 1);
  for (int i = 0; i < pr->n; i++) {
    const Unit *u = &pr->units[i];
    for (int k = 0; u->cached && k < u->sums.nimports && !stale[i]; k++)
      stale[i] = strcmp(table_get(&t, u->sums.imports[k].name), u->sums.imports[k].text) != 0;
    for (int k = 0; u->w && k < u->w->tu.nimports; k++)
      if (!strcmp(u->w->tu.imports[k].text, "deferred"))
        for (int j = 0; j < pr->n; j++)
          stale[j] |= defers(&pr->units[j], u->w->tu.imports[k].name);
  }
  int n = 0;
  for (int i = 0; i < pr->n; i++)
    if (stale[i])
      out[n++] = i;
  return n;
}

// Summarises the parsed files' functions under a recovery point; on an internal
// error the path of the file whose function was being summarised (summary.c keeps it
// in the Recovery) goes to '*failed', NULL if none was.
static bool link_guarded(SumUnit *su, int nsu, const SumExports *ext, Arena *scratch, Arena *graph,
                         const char **failed, char *why) {
  Recovery rec = {0};
  Recovery *outer = recovery_get();
  if (sigsetjmp(rec.env, 1)) {
    recovery_set(outer);
    *failed = rec.path;
    memcpy(why, rec.what, sizeof rec.what);
    return false;
  }
  recovery_set(&rec);
  summaries_link(su, nsu, ext, scratch, graph);
  recovery_set(outer);
  return true;
}

static void unit_fails(Unit *u, const char *why) {
  if (u->w)
    work_free(u->w);
  u->w = NULL;
  results_free(u->r.res);
  u->r = (TuResult){results_new(), TU_INTERNAL, 0, NULL, false};
  res_file(u->r.res, u->job->path);
  u->r.why = arena_strdup(u->r.res->arena, why);
  u->done = true;
}

// Summarises every parsed file's functions together, with the cached files'
// summaries. A file whose summaries fail internally is dropped (its result says
// why), and the others are linked again.
static void link_units(Project *pr) {
  Arena *scratch = arena_new(), *graph = arena_new();
  for (;;) {
    SumUnit *su = arena_alloc(pr->a, sizeof(SumUnit) * (size_t)(pr->n + 1));
    SumExports ext = {0};
    int nsu = 0;
    for (int i = 0; i < pr->n; i++) {
      Unit *u = &pr->units[i];
      if (u->w) {
        for (int k = 0; k < u->w->tu.nsigs; k++) {  // from scratch: a link before may be stale
          u->w->tu.sigs[k]->sum = NULL;
          u->w->tu.sigs[k]->noreturn = u->w->tu.sigs[k]->declared_noreturn;
        }
        su[nsu++] = (SumUnit){&u->w->tu, u->cfg, pr->a};  // they outlive each file's IR
      } else if (u->cached) {
        for (int k = 0; k < u->sums.exports.n; k++)
          exports_add(pr->a, &ext, u->sums.exports.names[k], u->sums.exports.sums[k]);
      }
    }
    const char *failed = NULL;
    char why[sizeof ((Recovery *)0)->what];
    if (nsu == 0 || link_guarded(su, nsu, &ext, scratch, graph, &failed, why)) {
      for (int i = 0; i < pr->n; i++)
        if (pr->units[i].w)
          exports_of(pr->a, &pr->units[i]);
      arena_free(scratch);
      arena_free(graph);
      return;
    }
    arena_reset(scratch);
    arena_reset(graph);
    bool found = false;
    for (int i = 0; i < pr->n && !found; i++)
      if (pr->units[i].w && failed && !strcmp(pr->units[i].w->tu.path, failed)) {
        unit_fails(&pr->units[i], why);
        found = true;
      }
    for (int i = 0; i < pr->n && !found; i++)  // not attributable: every parsed file fails
      if (pr->units[i].w)
        unit_fails(&pr->units[i], why);
  }
}

static void check_unit_work(Pool *p, int i, void *index) {
  Project *pr = p->ctx;
  Unit *u = &pr->units[i];
  if (u->done || !u->w)
    return;
  Stage st = {u->cfg, u->job, u->w, &u->r, step_check};
  if (guarded(&st, p->run->threads > 1))
    finish(u->cfg, u->job, p->run, u->w, &u->r, index, &u->sums);
  u->w = NULL;
  u->done = true;
}

static void project_take(Pool *p, int i) {
  Project *pr = p->ctx;
  Unit *u = &pr->units[i];
  if (u->cached && u->job->only)
    keep_only(u->r.res, u->job->only);
  pr->take(pr->ctx, i, &u->r);
}

static void project_run(const Config *cfg, const Job *jobs, int njobs, const Run *run,
                        void (*take)(void *ctx, int i, TuResult *r), void *ctx) {
  Project pr = {cfg, NULL, njobs, arena_new(), take, ctx};
  pr.units = arena_alloc(pr.a, sizeof(Unit) * (size_t)(njobs + 1));
  Pool p = {.jobs = jobs, .n = njobs, .run = run, .work = load_work, .ctx = &pr};
  pool_run(&p, NULL);
  int *stale = arena_alloc(pr.a, sizeof(int) * (size_t)(njobs + 1));
  for (;;) {
    link_units(&pr);
    int n = stale_units(&pr, stale);
    if (n == 0)
      break;
    Pool again = {.jobs = jobs, .n = n, .items = stale, .run = run, .work = reparse_work, .ctx = &pr};
    pool_run(&again, NULL);
  }
  Pool check = {.jobs = jobs, .n = njobs, .run = run, .work = check_unit_work, .ctx = &pr};
  pool_run(&check, project_take);
  for (int i = 0; i < njobs; i++)
    arena_free(pr.units[i].sa);
  arena_free(pr.a);
}

void driver_run(BORROWED const Config *cfg, const Job *jobs, int njobs, BORROWED const Run *run,
                void (*take)(void *ctx, int i, TuResult *r), void *ctx) {
  if (run->project && njobs > 1) {
    project_run(cfg, jobs, njobs, run, take, ctx);
    return;
  }
  Arena *a = arena_new();
  Plain pl = {cfg, arena_alloc(a, sizeof(TuResult) * (size_t)(njobs + 1)), take, ctx};
  Pool p = {.jobs = jobs, .n = njobs, .run = run, .work = plain_work, .ctx = &pl};
  pool_run(&p, plain_take);
  arena_free(a);
}
