// main.c: the ownck command line.
//
//   arguments -> Config (config_new; read-only from here on)
//   for each FILE:  tu_check (driver.c) -> results_merge
//   then:           diag_sort -> report_write (or verify_file per file)
//
// Problems in the user's code are Diags; problems with the environment (missing
// file, bad option) print one 'ownck: error: ...' line. Exit codes: 0 no findings
// at or above --fail-on, 1 findings, 2 usage, configuration or internal error.
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyzer.h"

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_ERROR = 2 };

typedef struct Cli {
  Options opt;
  const char **files;
  int nfiles;
  const char **cflags;   // passed to clang
  int ncflags;
  const char *out_path;
  const char *color;     // auto | always | never
  bool format_set;
  const char **models;
  int nmodels;
  const char *db;        // -p: the build directory, or "auto"
  int jobs;              // -j (0: the number of cores)
  int shard_k, shard_n;  // --shard K/N
  const char *cache;     // --cache DIR
  bool no_cache;
  bool cc;               // --cc: the launcher's analysis of one compile command
  bool merge_sarif;      // --merge-sarif FILE...
  bool exit_zero;
  bool fail_on_skipped;
  const char *config;    // --config FILE: instead of each file's .ownck.json
  bool dump_config;
  const char *baseline;  // --baseline FILE.sarif
  const char *write_baseline;
  bool apply;            // --apply-suggestions
} Cli;

static const char usage[] =
    "usage: ownck [options] FILE... [-- compiler flags]\n"
    "       ownck -p BUILD_DIR [options] [FILE...]\n"
    "       ownck --merge-sarif FILE... -o OUT\n"
    "\n"
    "Checks Rust's ownership and borrowing rules on C: use after move or free, double\n"
    "release, leaks, borrow conflicts, dangling pointers (see 'ownck --list-rules').\n"
    "\n"
    "what to check:\n"
    "  FILE... [-- FLAGS]       C files, with the compiler flags after '--' (-I, -D,\n"
    "                           -std=...; a whole compile command is fine: what does\n"
    "                           not change the parse, such as -c or -o, is dropped)\n"
    "  -p BUILD_DIR             every C file of BUILD_DIR/compile_commands.json, or the\n"
    "                           FILEs named (a header: through a file that includes it);\n"
    "                           '-p auto' looks for one from here up (and in build/),\n"
    "                           and checks the FILEs alone if there is none\n"
    "  -j N                     analyse on N threads (default: the number of cores)\n"
    "  --shard K/N              only the K-th of N slices of the database (CI matrices)\n"
    "  --cache DIR, --no-cache  keep results, so unchanged files are not parsed again\n"
    "                           (default with -p: BUILD_DIR/.ownck-cache; else none)\n"
    "\n"
    "output:\n"
    "  --format=FORMAT          gcc, rich, sarif, html (one self-contained page) or\n"
    "                           codeclimate (GitLab Code Quality); default: rich on a\n"
    "                           terminal, else gcc\n"
    "  -o FILE                  write the report to FILE instead of standard output\n"
    "  --color=auto|always|never  colour the rich format (default auto: a terminal\n"
    "                           without NO_COLOR or TERM=dumb)\n"
    "  --merge-sarif FILE...    merge SARIF logs (of shards) into one, written to -o\n"
    "\n"
    "  --path                   list each finding's path events (allocated, moved,\n"
    "                           released, ...) in the gcc and rich formats\n"
    "\n"
    "baselines and suppressions:\n"
    "  --baseline FILE.sarif    report only findings that are not in that earlier SARIF\n"
    "                           (matched by fingerprint: lines added above do not matter)\n"
    "  --write-baseline FILE    also write this run's findings as SARIF, for --baseline\n"
    "  // ownck: allow(OWN003): reason   in the code, on the line or the line before,\n"
    "                           silences that finding (OWN014 reports one that silences\n"
    "                           nothing)\n"
    "\n"
    "exit status:\n"
    "  --fail-on=error|warning|note  exit 1 when a finding at this level or above is\n"
    "                           reported (default: warning)\n"
    "  --fail-on-skipped        exit 1 as well when a function could not be checked\n"
    "  --exit-zero              exit 0 even with findings (errors still exit 2)\n"
    "\n"
    "analysis:\n"
    "  --strict                 also report leaks of values passed to unknown functions\n"
    "  --config FILE            the configuration to use (default: the nearest .ownck.json\n"
    "                           from each checked file's directory up; docs/configuration.md)\n"
    "  --dump-config            print the configuration in effect (for FILE, or here)\n"
    "  --model FILE             read more library models (JSON, see docs/models.md)\n"
    "  --budget=N               analysis steps per function before giving up (default 200000)\n"
    "  --time-limit=SECONDS     CPU time per function before giving up (default 10, 0: none)\n"
    "  --source-root=DIR        make SARIF paths relative to DIR (default: the git top level)\n"
    "  --resource-dir=DIR       clang's resource directory (builtin headers)\n"
    "  -I DIR, -D NAME[=VAL], -U NAME, -std=STD  passed to clang, as are all flags after --\n"
    "\n"
    "other:\n"
    "  --verify                 check the expect-* comments in each FILE instead of reporting\n"
    "  --dump-cfg               print each function's control-flow graph and exit\n"
    "  --dump-summaries         print what each function's body does to its parameters\n"
    "                           and result (docs/analysis.md) and exit\n"
    "\n"
    "summaries and annotations:\n"
    "  --no-summaries           do not read callees' bodies: a function defined in the\n"
    "                           code without annotation or model is unknown at its calls\n"
    "  --suggest                report the annotations the summaries imply (OWN015), with\n"
    "                           fix-its (gcc: clang's 'fix-it:' lines; SARIF: fixes)\n"
    "                           instead of the findings\n"
    "  --apply-suggestions      the same, and insert them into the sources and headers\n"
    "  --list-rules             list the rules\n"
    "  --explain RULE           explain a rule (OWN001 or use-after-move)\n"
    "  --gen-rule-docs DIR      write the rule pages (docs/rules/) into DIR\n"
    "  --version, --help\n"
    "\n"
    "The compiler launcher ownck-cc (CMAKE_C_COMPILER_LAUNCHER=ownck-cc, or\n"
    "CC=\"ownck-cc gcc\") runs ownck on every compile of a build; see 'man ownck'.\n"
    "\n"
    "exit status: 0 no findings, 1 findings, 2 usage, configuration or internal error\n";

static int fail(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "ownck: error: ");
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  va_end(ap);
  return EXIT_ERROR;
}

static bool starts(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

// The value of '--name=value' or '--name value'; advances *i for the second form.
static const char *opt_value(int argc, char **argv, int *i, const char *name) {
  size_t n = strlen(name);
  if (!strncmp(argv[*i], name, n) && argv[*i][n] == '=')
    return argv[*i] + n + 1;
  if (!strcmp(argv[*i], name) && *i + 1 < argc)
    return argv[++*i];
  return NULL;
}

static bool parse_level(const char *s, Level *l) {
  if (!strcmp(s, "error"))
    *l = LVL_ERROR;
  else if (!strcmp(s, "warning"))
    *l = LVL_WARNING;
  else if (!strcmp(s, "note"))
    *l = LVL_NOTE;
  else
    return false;
  return true;
}

static bool parse_format(const char *s, Format *f) {
  if (!strcmp(s, "gcc"))
    *f = FMT_GCC;
  else if (!strcmp(s, "rich") || !strcmp(s, "rustc"))
    *f = FMT_RICH;
  else if (!strcmp(s, "sarif"))
    *f = FMT_SARIF;
  else if (!strcmp(s, "html"))
    *f = FMT_HTML;
  else if (!strcmp(s, "codeclimate"))
    *f = FMT_CODECLIMATE;
  else
    return false;
  return true;
}

// The rule catalog, for the options that print from it.
static const Rules *catalog(Arena *a) {
  Rules *r = arena_alloc(a, sizeof *r);
  rules_load(r, a);
  return r;
}

// Returns -1 to go on, or an exit status (for --help, --version, errors...).
static int parse_args(Arena *a, Cli *cli, int argc, char **argv) {
  int capf = 0, capc = 0, capm = 0;
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i], *v;
    if (!strcmp(arg, "--")) {
      for (i++; i < argc; i++)
        ARR_PUSH(a, cli->cflags, cli->ncflags, capc, argv[i]);
      break;
    }
    if (!strcmp(arg, "--help") || !strcmp(arg, "-h")) {
      fputs(usage, stdout);
      return EXIT_CLEAN;
    }
    if (!strcmp(arg, "--version")) {
      printf("ownck %s\n", OWNCK_VERSION);
      return EXIT_CLEAN;
    }
    if (!strcmp(arg, "--list-rules")) {
      rules_list(catalog(a), stdout);
      return EXIT_CLEAN;
    }
    if ((v = opt_value(argc, argv, &i, "--gen-rule-docs")))
      return rules_gen_docs(catalog(a), v) ? EXIT_CLEAN : EXIT_ERROR;
    if ((v = opt_value(argc, argv, &i, "--explain")))
      return rules_explain(catalog(a), v, stdout) ? EXIT_CLEAN
                                                  : fail("unknown rule '%s' (see 'ownck --list-rules')", v);
    if (!strcmp(arg, "--explain"))
      return fail("--explain needs a rule, e.g. --explain OWN001");
    if ((v = opt_value(argc, argv, &i, "--format"))) {
      if (!parse_format(v, &cli->opt.format))
        return fail("unknown format '%s' (expected gcc, rich, sarif, html or codeclimate)", v);
      cli->format_set = true;
    } else if ((v = opt_value(argc, argv, &i, "--fail-on"))) {
      if (!parse_level(v, &cli->opt.fail_on))
        return fail("unknown level '%s' for --fail-on (expected error, warning or note)", v);
      cli->opt.fail_on_set = true;
    } else if ((v = opt_value(argc, argv, &i, "--color"))) {
      if (strcmp(v, "auto") && strcmp(v, "always") && strcmp(v, "never"))
        return fail("unknown value '%s' for --color (expected auto, always or never)", v);
      cli->color = v;
    } else if ((v = opt_value(argc, argv, &i, "--budget"))) {
      char *end;
      cli->opt.budget = strtol(v, &end, 10);
      if (*end || cli->opt.budget <= 0)
        return fail("--budget needs a positive number, not '%s'", v);
    } else if ((v = opt_value(argc, argv, &i, "--time-limit"))) {
      char *end;
      cli->opt.time_limit = strtod(v, &end);
      if (*end || cli->opt.time_limit < 0)
        return fail("--time-limit needs a number of seconds, not '%s'", v);
    } else if ((v = opt_value(argc, argv, &i, "--source-root"))) {
      cli->opt.source_root = v;
    } else if ((v = opt_value(argc, argv, &i, "--resource-dir"))) {
      cli->opt.resource_dir = v;
    } else if ((v = opt_value(argc, argv, &i, "--model"))) {
      ARR_PUSH(a, cli->models, cli->nmodels, capm, v);
    } else if ((v = opt_value(argc, argv, &i, "-p")) || (v = opt_value(argc, argv, &i, "--compile-db"))) {
      cli->db = v;
    } else if (starts(arg, "-p") && arg[2] && arg[2] != '=') {
      cli->db = arg + 2;
    } else if ((v = opt_value(argc, argv, &i, "-j")) || (starts(arg, "-j") && arg[2] && (v = arg + 2))) {
      char *end;
      long n = strtol(v, &end, 10);
      if (*end || n <= 0 || n > 1024)
        return fail("-j needs a number of threads (1 to 1024), not '%s'", v);
      cli->jobs = (int)n;
    } else if ((v = opt_value(argc, argv, &i, "--shard"))) {
      int k, n, used = 0;
      if (sscanf(v, "%d/%d%n", &k, &n, &used) != 2 || v[used] || n < 1 || k < 1 || k > n)
        return fail("--shard needs K/N with 1 <= K <= N, not '%s'", v);
      cli->shard_k = k;
      cli->shard_n = n;
    } else if ((v = opt_value(argc, argv, &i, "--cache"))) {
      cli->cache = v;
    } else if (!strcmp(arg, "--no-cache")) {
      cli->no_cache = true;
    } else if (!strcmp(arg, "--cc")) {
      cli->cc = true;
    } else if (!strcmp(arg, "--merge-sarif")) {
      cli->merge_sarif = true;
    } else if (!strcmp(arg, "--exit-zero")) {
      cli->exit_zero = true;
    } else if (!strcmp(arg, "--fail-on-skipped")) {
      cli->fail_on_skipped = true;
    } else if ((v = opt_value(argc, argv, &i, "--config"))) {
      cli->config = v;
    } else if (!strcmp(arg, "--dump-config")) {
      cli->dump_config = true;
    } else if ((v = opt_value(argc, argv, &i, "--baseline"))) {
      cli->baseline = v;
      cli->opt.baseline = true;
    } else if ((v = opt_value(argc, argv, &i, "--write-baseline"))) {
      cli->write_baseline = v;
    } else if (!strcmp(arg, "--path")) {
      cli->opt.path = true;
    } else if (!strcmp(arg, "-o") && i + 1 < argc) {
      cli->out_path = argv[++i];
    } else if (!strcmp(arg, "--verify")) {
      cli->opt.verify = true;
    } else if (!strcmp(arg, "--dump-cfg")) {
      cli->opt.dump_cfg = true;
    } else if (!strcmp(arg, "--dump-summaries")) {
      cli->opt.dump_summaries = true;
    } else if (!strcmp(arg, "--no-summaries")) {
      cli->opt.no_summaries = true;
    } else if (!strcmp(arg, "--suggest")) {
      cli->opt.suggest = true;
    } else if (!strcmp(arg, "--apply-suggestions")) {
      cli->opt.suggest = cli->apply = true;
    } else if (!strcmp(arg, "--strict")) {
      cli->opt.strict = true;
    } else if ((starts(arg, "-I") || starts(arg, "-D") || starts(arg, "-U")) && arg[2] == 0 && i + 1 < argc) {
      ARR_PUSH(a, cli->cflags, cli->ncflags, capc, arg);
      ARR_PUSH(a, cli->cflags, cli->ncflags, capc, argv[++i]);
    } else if (starts(arg, "-I") || starts(arg, "-D") || starts(arg, "-U") || starts(arg, "-std=")) {
      ARR_PUSH(a, cli->cflags, cli->ncflags, capc, arg);
    } else if (arg[0] == '-' && arg[1] != 0) {
      return fail("unknown option '%s' (see 'ownck --help')", arg);
    } else {
      ARR_PUSH(a, cli->files, cli->nfiles, capf, arg);
    }
  }
  if (cli->cc && cli->ncflags == 0)
    return fail("--cc needs a compile command after '--'");
  if (cli->shard_n && !cli->db)
    return fail("--shard needs a compile database (-p BUILD_DIR)");
  if (cli->merge_sarif && (cli->nfiles == 0 || !cli->out_path))
    return fail("--merge-sarif needs SARIF files and -o OUT");
  if (cli->nfiles == 0 && !cli->db && !cli->cc && !cli->dump_config)
    return fail("no input files (usage: ownck [options] FILE... [-- compiler flags], or ownck -p BUILD_DIR)");
  return -1;
}

static bool want_color(const char *mode, FILE *out) {
  if (mode && !strcmp(mode, "always"))
    return true;
  if (mode && !strcmp(mode, "never"))
    return false;
  const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
  if (nc && *nc)
    return false;
  if (term && !strcmp(term, "dumb"))
    return false;
  return isatty(fileno(out)) != 0;
}

// ---- crash signals --------------------------------------------------------------
// A crash signal (outside sanitizer builds) while a file is analysed on the one
// analysing thread unwinds to that file's recovery point (driver.c), as an internal
// error does: that file gets one 'ownck: error:' line, the others are still analysed
// and reported, and the exit status is 2. One bad input never hides the rest.

#if defined(__SANITIZE_ADDRESS__)
#define OWNCK_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OWNCK_SANITIZED 1
#endif
#endif

#ifndef OWNCK_SANITIZED
static void say_raw(const char *s) {
  ssize_t n = write(2, s, strlen(s));
  (void)n;
}

static void on_crash(int sig) {
  Recovery *r = recovery_get();
  if (!r) {
    signal(sig, SIG_DFL);
    raise(sig);
    return;
  }
  if (r->signals_fatal) {  // other threads may be inside libclang: end the run
    say_raw("ownck: error: internal error (a crash signal) while analysing ");
    say_raw(r->path ? r->path : "a file");
    say_raw("; nothing is reported (rerun with -j1 to skip only that file, and please report it)\n");
    _exit(2);
  }
  recovery_set(NULL);
  snprintf(r->what, sizeof r->what, "internal error: signal %d", sig);
  siglongjmp(r->env, 1);
}

// The handler runs on its own stack (per thread), so even a stack overflow reaches the
// recovery point.
static void install_crash_handler(void) {
  static _Thread_local char altstack[64 * 1024];
  stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
  sigaltstack(&ss, NULL);
  struct sigaction sa = {0};
  sa.sa_handler = on_crash;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  sigaction(SIGFPE, &sa, NULL);
}
#else
static void install_crash_handler(void) {}  // a crash must reach the sanitizer's report
#endif

// Prints why 'path' was not analysed, if it was not; false then.
static bool say_status(const TuResult *r, const char *path) {
  switch (r->status) {
  case TU_OK: return true;
  case TU_NOT_PARSED: fail("%s: not analysed: %s", path, r->why); break;
  case TU_CLANG_ERRORS:
    fail("%s: not analysed: clang reported %d error%s", path, r->clang_errors, r->clang_errors == 1 ? "" : "s");
    break;
  case TU_INTERNAL: fail("%s: not analysed: %s (please report it)", path, r->why); break;
  }
  return false;
}

static int exit_status(const Results *s, const Cli *cli, bool any_error) {
  if (any_error)
    return EXIT_ERROR;
  if (cli->exit_zero)
    return EXIT_CLEAN;
  for (int i = 0; i < s->ndiags; i++) {
    const Diag *d = s->diags[i];
    if (d->rule != RULE_NONE && diag_shown(d) && d->level >= d->fail_on)
      return EXIT_FINDINGS;
    if (d->rule == RULE_NONE && d->skipped && cli->fail_on_skipped)
      return EXIT_FINDINGS;
  }
  return EXIT_CLEAN;
}

// What the run collects from each file, in job order (driver_run's 'take').
typedef struct Collect {
  Results *run;
  const Job *jobs;
  bool verify;
  bool any_error;
} Collect;

static void take(void *ctx, int i, TuResult *r) {
  Collect *c = ctx;
  if (!say_status(r, c->jobs[i].only ? c->jobs[i].only : c->jobs[i].path) && !c->verify)
    c->any_error = true;
  results_merge(c->run, r->res);
  results_free(r->res);
}

static int cores(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 && n < 1024 ? (int)n : 1;
}

// ---- the Configs of a run ----
// One Config per .ownck.json the run's files are under (or the one --config names),
// all built before any analysis starts.
typedef struct ConfigAt {
  const char *dotfile;     // NULL: none
  const Config *cfg;       // NULL: it is broken (said so already)
} ConfigAt;

typedef struct Configs {
  Arena *a;
  Cli *cli;
  ConfigAt *at;
  int n, cap;
  bool failed;
} Configs;

static bool same_file(const char *a, const char *b) {
  return a == b || (a && b && !strcmp(a, b));
}

static const Config *config_at(Configs *cs, const char *dir) {
  Cli *cli = cs->cli;
  const char *dot = cli->config ? cli->config : config_find_dotfile(cs->a, dir);
  for (int i = 0; i < cs->n; i++)
    if (same_file(dot, cs->at[i].dotfile))
      return cs->at[i].cfg;
  ConfigAt e = {dot, config_new(cs->a, &cli->opt, cli->models, cli->nmodels, dot)};
  cs->failed |= !e.cfg;
  ARR_PUSH(cs->a, cs->at, cs->n, cs->cap, e);
  return e.cfg;
}

// The Config of the file 'path': its directory's .ownck.json.
static const Config *config_of(Configs *cs, const char *path) {
  char *dir = arena_strdup(cs->a, path), *slash = strrchr(dir, '/');
  if (!slash)
    return config_at(cs, ".");
  if (slash == dir)
    return config_at(cs, "/");
  *slash = 0;
  return config_at(cs, dir);
}

// The jobs of the run: from a compile command (--cc), -p, or the files and flags;
// '*project' says whether they come from a compile database.
static bool make_jobs(Arena *a, const Config *cfg, Cli *cli, JobSet *js, bool *project) {
  *project = false;
  if (cli->cc) {
    char cwd[4096];
    Compile c = ccmd_parse(a, getcwd(cwd, sizeof cwd) ? cwd : ".", cli->cflags, cli->ncflags);
    if (!c.compiles)
      return true;  // nothing to check: a link, a preprocess, another language
    return project_files(a, cfg, c.sources, c.nsources, c.flags, c.nflags, js);
  }
  bool auto_db = cli->db && !strcmp(cli->db, "auto");
  const char *db = auto_db ? project_find_db(a, ".") : cli->db;
  *project = db != NULL;
  if (db)
    return project_db(a, cfg, db, cli->files, cli->nfiles, cli->shard_k, cli->shard_n, auto_db, js);
  return project_files(a, cfg, cli->files, cli->nfiles, cli->cflags, cli->ncflags, js);
}

// Gives each job the Config of its file, and drops the jobs it excludes.
static bool configure_jobs(Configs *cs, JobSet *js) {
  int n = 0;
  for (int i = 0; i < js->n; i++) {
    Job *j = &js->jobs[i];
    j->cfg = config_of(cs, j->only ? j->only : j->path);
    if (j->cfg && !config_excludes(j->cfg, j->only ? j->only : j->path))
      js->jobs[n++] = *j;
  }
  js->n = n;
  return !cs->failed;
}

// --write-baseline FILE: the SARIF of every finding now, for a later --baseline.
static bool write_baseline(const Config *cfg, Results *run, const char *path) {
  FILE *f = fopen(path, "w");
  if (!f) {
    fail("%s: %s", path, strerror(errno));
    return false;
  }
  Config c = *cfg;
  c.opt.format = FMT_SARIF;
  c.opt.baseline = false;
  bool ok = report_write(run, &c, f);
  ok = (fclose(f) == 0) && ok;
  if (!ok)
    fail("cannot write %s", path);
  return ok;
}

// The index in 'run' of the file named 'path' on the command line: the file of that
// path, or of the same file under another name (-p gives a database's absolute paths).
static int file_index(Results *run, const char *path) {
  char want[4096], have[4096];
  if (realpath(path, want))
    for (int f = 0; f < run->nfiles; f++)
      if (!strcmp(run->files[f]->path, path) || (realpath(run->files[f]->path, have) && !strcmp(have, want)))
        return f;
  return res_file(run, path);
}

// Analyses every file into 'run', then reports (or verifies) into 'out'.
static int run_files(const Config *cfg, Configs *cs, Cli *cli, Results *run, FILE *out) {
  Arena *a = arena_new();
  JobSet js = {0};
  bool project;
  bool ok = make_jobs(a, cfg, cli, &js, &project);
  if (!configure_jobs(cs, &js)) {
    arena_free(a);
    return EXIT_ERROR;
  }
  for (int i = 0; i < js.n; i++)
    js.jobs[i].dump = cfg->opt.dump_cfg || cfg->opt.dump_summaries ? out : NULL;
  Run r = {0};
  r.threads = cli->cc || cfg->opt.dump_cfg || cfg->opt.dump_summaries ? 1 : cli->jobs ? cli->jobs : cores();
  r.thread_start = install_crash_handler;
  r.cache_dir = cfg->opt.cache_dir;
  r.project = project;
  Collect c = {run, js.jobs, cfg->opt.verify, !ok};
  driver_run(cfg, js.jobs, js.n, &r, take, &c);
  arena_free(a);
  diag_sort(run, cfg->opt.source_root);
  if (cli->write_baseline && !write_baseline(cfg, run, cli->write_baseline))
    c.any_error = true;
  if (cli->baseline && !report_apply_baseline(run, cli->baseline))
    return EXIT_ERROR;
  if (cfg->opt.verify) {
    bool verify_ok = true;
    for (int i = 0; i < cli->nfiles; i++) {
      int file = file_index(run, cli->files[i]);  // not inside the call that borrows 'run' mutably
      verify_ok &= verify_file(run, &cfg->rules, file, out);
    }
    return c.any_error ? EXIT_ERROR : verify_ok ? EXIT_CLEAN : EXIT_FINDINGS;
  }
  if (!cfg->opt.dump_cfg && !cfg->opt.dump_summaries && (!report_write(run, cfg, out) || fflush(out) != 0 || ferror(out))) {
    fail("cannot write the report: %s", strerror(errno ? errno : EIO));
    c.any_error = true;
  }
  if (cli->apply && !c.any_error && !fixits_apply(run, stderr))
    c.any_error = true;
  return exit_status(run, cli, c.any_error);
}

// Runs the files with the report going to 'out'. The colour is decided once the
// output is open (a terminal or not), before any analysis reads the Config.
static int run_to(Arena *a, const Config *cfg, Configs *cs, Cli *cli, FILE *out) {
  if (cli->merge_sarif)
    return report_merge_sarif(cli->files, cli->nfiles, out) ? EXIT_CLEAN : EXIT_ERROR;
  if (cli->dump_config) {
    config_dump(cli->nfiles ? config_of(cs, cli->files[0]) : cfg, out);
    return cs->failed ? EXIT_ERROR : EXIT_CLEAN;
  }
  Config *final = arena_alloc(a, sizeof *final);
  *final = *cfg;
  final->opt.color = want_color(cli->color, out);
  Results *results = results_new();
  int rc = run_files(final, cs, cli, results, out);
  results_free(results);
  return rc;
}

// The directory of the running binary, for the files installed beside it.
static const char *exe_dir(Arena *a) {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0)
    return NULL;
  buf[n] = 0;
  char *slash = strrchr(buf, '/');
  if (slash)
    *slash = 0;
  return arena_strdup(a, buf);
}

static int run(Arena *a, Cli *cli) {
  if (!cli->format_set)
    cli->opt.format = !cli->out_path && !cli->cc && isatty(fileno(stdout)) ? FMT_RICH : FMT_GCC;
  cli->opt.exe_dir = exe_dir(a);
  if (cli->cache)
    cli->opt.cache_dir = cli->cache;
  else if (cli->db && strcmp(cli->db, "auto") && !cli->no_cache)
    cli->opt.cache_dir = arena_printf(a, "%s/.ownck-cache", cli->db);
  if (cli->no_cache)
    cli->opt.cache_dir = NULL;
  Configs cs = {a, cli, NULL, 0, 0, false};
  const Config *cfg = config_at(&cs, ".");  // the run's: its fail-on, its rendering
  if (!cfg)
    return EXIT_ERROR;
  if (!cli->out_path)
    return run_to(a, cfg, &cs, cli, stdout);
  FILE *out = fopen(cli->out_path, "w");
  if (!out)
    return fail("%s: %s", cli->out_path, strerror(errno));
  int rc = run_to(a, cfg, &cs, cli, out);
  if (fclose(out) != 0)
    return fail("%s: %s", cli->out_path, strerror(errno));
  return rc;
}

// The analysis runs on a thread with a large stack: the front end and the CFG
// builder recurse once per level of nesting (bounded by parse.c's MAX_NESTING).
#define MAIN_STACK ((size_t)512 << 20)

typedef struct Main {
  Arena *a;
  Cli *cli;
  int rc;
} Main;

static void *run_job(void *arg) {
  Main *job = arg;
  install_crash_handler();
  job->rc = run(job->a, job->cli);
  return NULL;
}

static int run_on_big_stack(Arena *a, Cli *cli) {
  Main job = {a, cli, EXIT_ERROR};
  pthread_attr_t attr;
  pthread_t th;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, MAIN_STACK);
  bool started = pthread_create(&th, &attr, run_job, &job) == 0;
  pthread_attr_destroy(&attr);
  if (!started) {  // no thread (resource limits): run here, on the ordinary stack
    install_crash_handler();
    return run(a, cli);
  }
  pthread_join(th, NULL);
  return job.rc;
}

int main(int argc, char **argv) {
  Arena *a = arena_new();
  Cli cli = {0};
  cli.opt = config_default_options();
  cli.opt.fault = getenv("OWNCK_FAULT_INJECT");  // test only: see testsuite/fault-injection.sh
  int rc = parse_args(a, &cli, argc, argv);
  if (rc < 0)
    rc = run_on_big_stack(a, &cli);
  arena_free(a);
  return rc;
}
