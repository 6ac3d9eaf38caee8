// main.c: the ownck command line, and the whole pipeline in one place.
//
//   for each FILE:  parse_tu -> for each function: annotate_check -> cfg_build
//                   -> own_check -> borrow_check
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

#ifndef OWNCK_INCLUDE_DIR
#define OWNCK_INCLUDE_DIR ""
#endif
#ifndef OWNCK_RESOURCE_DIR
#define OWNCK_RESOURCE_DIR ""
#endif

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
} Cli;

static const char usage[] =
    "usage: ownck [options] FILE... [-- compiler flags]\n"
    "\n"
    "Checks Rust's ownership and borrowing rules on C: use after move or free, double\n"
    "release, leaks, borrow conflicts, dangling pointers (see 'ownck --list-rules').\n"
    "\n"
    "options:\n"
    "  --format=gcc|rich|sarif  output format (default: rich on a terminal, else gcc)\n"
    "  -o FILE                  write the report to FILE instead of standard output\n"
    "  --color=auto|always|never  colour the rich format (default auto: a terminal\n"
    "                           without NO_COLOR or TERM=dumb)\n"
    "  --fail-on=error|warning|note  exit 1 when a finding at this level or above is\n"
    "                           reported (default: warning)\n"
    "  --strict                 also report leaks of values passed to unknown functions\n"
    "  --model FILE             read more library models (JSON, see docs/models.md);\n"
    "                           the nearest .ownck.json upwards is read too (its \"models\")\n"
    "  --budget=N               analysis steps per function before giving up (default 200000)\n"
    "  --time-limit=SECONDS     CPU time per function before giving up (default 10, 0: none)\n"
    "  --source-root=DIR        make SARIF paths relative to DIR (default: the git top level)\n"
    "  --resource-dir=DIR       clang's resource directory (builtin headers)\n"
    "  --verify                 check the expect-* comments in each FILE instead of reporting\n"
    "  --dump-cfg               print each function's control-flow graph and exit\n"
    "  --list-rules             list the rules\n"
    "  --explain RULE           explain a rule (OWN001 or use-after-move)\n"
    "  --gen-rule-docs DIR      write the rule pages (docs/rules/) into DIR\n"
    "  -I DIR, -D NAME[=VAL], -U NAME, -std=STD  passed to clang, as are all flags after --\n"
    "  --version, --help\n"
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

_Noreturn void fatal_internal(const char *file, int line, const char *what);

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
  else
    return false;
  return true;
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
      rules_list(stdout);
      return EXIT_CLEAN;
    }
    if ((v = opt_value(argc, argv, &i, "--gen-rule-docs")))
      return rules_gen_docs(v) ? EXIT_CLEAN : EXIT_ERROR;
    if ((v = opt_value(argc, argv, &i, "--explain")))
      return rules_explain(v, stdout) ? EXIT_CLEAN : fail("unknown rule '%s' (see 'ownck --list-rules')", v);
    if (!strcmp(arg, "--explain"))
      return fail("--explain needs a rule, e.g. --explain OWN001");
    if ((v = opt_value(argc, argv, &i, "--format"))) {
      if (!parse_format(v, &cli->opt.format))
        return fail("unknown format '%s' (expected gcc, rich or sarif)", v);
      cli->format_set = true;
    } else if ((v = opt_value(argc, argv, &i, "--fail-on"))) {
      if (!parse_level(v, &cli->opt.fail_on))
        return fail("unknown level '%s' for --fail-on (expected error, warning or note)", v);
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
    } else if (!strcmp(arg, "-o") && i + 1 < argc) {
      cli->out_path = argv[++i];
    } else if (!strcmp(arg, "--verify")) {
      cli->opt.verify = true;
    } else if (!strcmp(arg, "--dump-cfg")) {
      cli->opt.dump_cfg = true;
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
  if (cli->nfiles == 0)
    return fail("no input files (usage: ownck [options] FILE... [-- compiler flags])");
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

static const char *resource_dir(const Options *opt) {
  if (opt->resource_dir)
    return opt->resource_dir;
  const char *env = getenv("OWNCK_RESOURCE_DIR");
  return env && *env ? env : OWNCK_RESOURCE_DIR;
}

// The flags clang gets: the user's, then ours (techbrief section 1.8).
static const char **clang_args(Arena *a, const Cli *cli, const char *path, int *n) {
  const char **args = arena_alloc(a, sizeof(char *) * (size_t)(cli->ncflags + 12));
  int k = 0;
  for (int i = 0; i < cli->ncflags; i++) {
    const char *f = cli->cflags[i];
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
  const char *rd = resource_dir(&cli->opt);
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

// One clear line for a file we cannot even hand to clang.
static bool check_input(const char *path) {
  struct stat sb;
  if (stat(path, &sb) != 0) {
    fail("%s: %s", path, strerror(errno));
    return false;
  }
  if (S_ISDIR(sb.st_mode)) {
    fail("%s: is a directory, not a C file", path);
    return false;
  }
  FILE *f = fopen(path, "rb");
  if (!f) {
    fail("%s: %s", path, strerror(errno));
    return false;
  }
  fclose(f);
  return true;
}

// ---- recovery from ownck's own bugs --------------------------------------------
// An internal error (fatal_internal, or a crash signal outside sanitizer builds) while
// one file is analysed unwinds to analyse_file's recovery point: that file gets one
// 'ownck: error:' line, the others are still analysed and reported, and the exit
// status is 2. One bad input never hides the rest.
static sigjmp_buf recover;
static volatile sig_atomic_t recovering;
static char internal_what[256];

static void unwind(const char *file, int line, const char *what) {
  if (!recovering)
    return;  // not inside a file's analysis: fatal_internal aborts
  const char *rel = strstr(file, "analyzer/");  // not the build machine's path
  snprintf(internal_what, sizeof internal_what, "internal error at %s:%d: %s", rel ? rel : file, line, what);
  recovering = 0;
  siglongjmp(recover, 1);
}

#if defined(__SANITIZE_ADDRESS__)
#define OWNCK_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OWNCK_SANITIZED 1
#endif
#endif

#ifndef OWNCK_SANITIZED
static void on_crash(int sig) {
  if (!recovering) {
    signal(sig, SIG_DFL);
    raise(sig);
    return;
  }
  recovering = 0;
  snprintf(internal_what, sizeof internal_what, "internal error: signal %d", sig);
  siglongjmp(recover, 1);
}
#endif

// Installs the recovery hooks for the calling thread. The handler runs on its own
// stack, so even a stack overflow reaches the recovery point.
static void install_recovery(void) {
  internal_error_hook = unwind;
#ifndef OWNCK_SANITIZED  // under ASan/UBSan a crash must reach the sanitizer's report
  static char altstack[64 * 1024];
  stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
  sigaltstack(&ss, NULL);
  struct sigaction sa = {0};
  sa.sa_handler = on_crash;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  sigaction(SIGFPE, &sa, NULL);
#endif
}

// The pipeline for one translation unit. False if the file could not be analysed.
static bool analyse_file(Session *s, const Cli *cli, const char *path, FILE *out) {
  static Tu tu;
  static Arena *scratch;
  tu = (Tu){0};
  tu.sess = s;
  tu.arena = arena_new();
  scratch = arena_new();
  static int ndiags_before;
  ndiags_before = s->ndiags;
  if (sigsetjmp(recover, 1)) {
    s->ndiags = ndiags_before;  // what this file produced before failing is not trusted
    fail("%s: not analysed: %s (please report it)", path, internal_what);
    arena_free(scratch);
    arena_free(tu.arena);
    return false;
  }
  recovering = 1;
  int nargs;
  const char **args = clang_args(tu.arena, cli, path, &nargs);
  bool ok = parse_tu(&tu, path, nargs, args);
  if (!ok && tu.clang_errors < 0)
    fail("%s: not analysed: libclang could not parse it (check the compiler flags)", path);
  else if (!ok)
    fail("%s: not analysed: clang reported %d error%s", path, tu.clang_errors, tu.clang_errors == 1 ? "" : "s");
  for (int i = 0; ok && i < tu.nfuncs; i++) {
    if (!cli->opt.dump_cfg)
      annotate_check(s, tu.funcs[i]);
    Cfg *g = cfg_build(scratch, tu.funcs[i]);
    if (cli->opt.dump_cfg)
      cfg_dump(g, out);
    else {
      own_check(s, scratch, g);
      borrow_check(s, scratch, g);
    }
    if (cli->opt.fault && strstr(path, cli->opt.fault))
      unreachable();  // test-only fault injection (OWNCK_FAULT_INJECT)
    arena_reset(scratch);
  }
  recovering = 0;
  arena_free(scratch);
  arena_free(tu.arena);
  return ok;
}

static int exit_status(const Session *s, const Options *opt, bool any_error) {
  if (any_error)
    return EXIT_ERROR;
  for (int i = 0; i < s->ndiags; i++)
    if (s->diags[i]->rule != RULE_NONE && s->diags[i]->level >= opt->fail_on)
      return EXIT_FINDINGS;
  return EXIT_CLEAN;
}

// The nearest .ownck.json from the current directory up to the file system root,
// or NULL.
static const char *find_config(Arena *a) {
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

static bool load_config(Session *s, Arena *a) {
  const char *path = find_config(a);
  if (!path)
    return true;
  size_t len;
  const char *text = arena_read_file(a, path, (size_t)16 << 20, &len);
  if (!text) {
    fail("%s: %s", path, strerror(errno));
    return false;
  }
  return models_load_text(s, path, text, len, true);
}

// Analyses every file into the session, then reports (or verifies) into 'out'.
static int run_files(Session *s, Cli *cli, FILE *out) {
  bool any_error = false, verify_ok = true;
  for (int i = 0; i < cli->nfiles; i++) {
    const char *path = cli->files[i];
    if (!check_input(path)) {
      any_error = true;
      continue;
    }
    if (!analyse_file(s, cli, path, out) && !cli->opt.verify)
      any_error = true;
  }
  diag_sort(s);
  if (cli->opt.verify) {
    for (int i = 0; i < cli->nfiles; i++)
      verify_ok &= verify_file(s, sess_file(s, cli->files[i]), out);
    return any_error ? EXIT_ERROR : verify_ok ? EXIT_CLEAN : EXIT_FINDINGS;
  }
  if (!cli->opt.dump_cfg && (!report_write(s, cli->opt.format, out) || fflush(out) != 0 || ferror(out))) {
    fail("cannot write the report: %s", strerror(errno ? errno : EIO));
    any_error = true;
  }
  return exit_status(s, &cli->opt, any_error);
}

static int run(Arena *a, Cli *cli) {
  Session s = {0};
  s.arena = a;
  s.opt = &cli->opt;
  if (!models_load_builtin(&s))
    return fail("the built-in library models are broken (internal error)");
  if (!load_config(&s, a))
    return EXIT_ERROR;
  for (int i = 0; i < cli->nmodels; i++)
    if (!models_load_file(&s, cli->models[i]))
      return EXIT_ERROR;
  if (!cli->out_path) {
    if (!cli->format_set)
      cli->opt.format = isatty(fileno(stdout)) ? FMT_RICH : FMT_GCC;
    cli->opt.color = want_color(cli->color, stdout);
    return run_files(&s, cli, stdout);
  }
  FILE *out = fopen(cli->out_path, "w");
  if (!out)
    return fail("%s: %s", cli->out_path, strerror(errno));
  if (!cli->format_set)
    cli->opt.format = FMT_GCC;
  cli->opt.color = want_color(cli->color, out);
  int rc = run_files(&s, cli, out);
  if (fclose(out) != 0)
    return fail("%s: %s", cli->out_path, strerror(errno));
  return rc;
}

// The analysis runs on a thread with a large stack: the front end and the CFG
// builder recurse once per level of nesting (bounded by parse.c's MAX_NESTING).
#define ANALYSIS_STACK ((size_t)512 << 20)

typedef struct Job {
  Arena *a;
  Cli *cli;
  int rc;
} Job;

static void *run_job(void *arg) {
  Job *job = arg;
  install_recovery();
  job->rc = run(job->a, job->cli);
  return NULL;
}

static int run_on_big_stack(Arena *a, Cli *cli) {
  Job job = {a, cli, EXIT_ERROR};
  pthread_attr_t attr;
  pthread_t th;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, ANALYSIS_STACK);
  bool started = pthread_create(&th, &attr, run_job, &job) == 0;
  pthread_attr_destroy(&attr);
  if (!started) {  // no thread (resource limits): run here, on the ordinary stack
    install_recovery();
    return run(a, cli);
  }
  pthread_join(th, NULL);
  return job.rc;
}

int main(int argc, char **argv) {
  Arena *a = arena_new();
  Cli cli = {0};
  cli.opt.fail_on = LVL_WARNING;
  cli.opt.budget = 200000;
  cli.opt.time_limit = 10;
  cli.opt.fault = getenv("OWNCK_FAULT_INJECT");  // test only: see testsuite/fault-injection.sh
  int rc = parse_args(a, &cli, argc, argv);
  if (rc < 0)
    rc = run_on_big_stack(a, &cli);
  arena_free(a);
  return rc;
}
