// ccmd.c: compile commands: what a compiler command line compiles and with which flags.
//
// Takes a compiler command as the build runs it (argv from compile_commands.json, its
// "command" string split as a shell would, a launcher's argv; response files '@file'
// expanded) and finds the C sources it compiles and the flags that change how they
// parse: -I -D -U -std -isystem -iquote -include --sysroot -target -m*, -O (it
// defines __OPTIMIZE__), -f..., -x. It drops what only concerns the output, the
// link or the warnings (-o -c -M* -W* but -Wp, -flto -g* -fanalyzer -l -L ...), and
// the sources themselves, which ownck names to clang once. Reads no libclang.
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "analyzer.h"

#define MAX_RSP_DEPTH 8           // @file inside @file
#define MAX_DB_SIZE ((size_t)1 << 30)

static bool starts(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static bool ends(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

// ---- splitting a command as a POSIX shell does ----

// The words of 'cmd': blanks separate them; '...' is literal; "..." keeps blanks and
// lets \ escape " \ $ `; a \ outside quotes escapes the next character.
int ccmd_split(MUT_BORROW Arena *a, BORROWED const char *cmd, const char ***out) {
  const char **words = NULL;
  int n = 0, cap = 0;
  size_t len = strlen(cmd);
  char *buf = arena_alloc(a, len + 1);
  const char *p = cmd;
  while (*p) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
      p++;
    if (!*p)
      break;
    size_t k = 0;
    for (; *p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r'; p++) {
      if (*p == '\'') {
        for (p++; *p && *p != '\''; p++)
          buf[k++] = *p;
        if (!*p)
          break;
      } else if (*p == '"') {
        for (p++; *p && *p != '"'; p++) {
          if (*p == '\\' && p[1] && strchr("\"\\$`", p[1]))
            p++;
          buf[k++] = *p;
        }
        if (!*p)
          break;
      } else if (*p == '\\' && p[1]) {
        buf[k++] = *++p;
      } else {
        buf[k++] = *p;
      }
    }
    ARR_PUSH(a, words, n, cap, arena_strndup(a, buf, k));
  }
  *out = words;
  return n;
}

// ---- response files ----

static const char *in_dir(Arena *a, const char *dir, const char *path) {
  if (path[0] == '/' || !dir || !*dir)
    return path;
  return arena_printf(a, "%s/%s", dir, path);
}

// Appends 'argv' to 'out' with every '@file' replaced by the words of that file
// (read relative to 'dir'); an unreadable one stays as it is, as gcc does.
static void expand(Arena *a, const char *dir, const char *const *argv, int argc, const char ***out, int *n, int *cap,
                   int depth) {
  for (int i = 0; i < argc; i++) {
    const char *arg = argv[i];
    size_t len;
    char *text = arg[0] == '@' && arg[1] && depth < MAX_RSP_DEPTH
                     ? arena_read_file(a, in_dir(a, dir, arg + 1), (size_t)64 << 20, &len)
                     : NULL;
    if (!text) {
      ARR_PUSH(a, *out, *n, *cap, arg);
      continue;
    }
    const char **words;
    int nw = ccmd_split(a, text, &words);
    expand(a, dir, words, nw, out, n, cap, depth + 1);
  }
}

// ---- what a compiler command does ----

// Flags whose value is the next argument, when not joined ("-I dir", "-o out").
static const char *const with_value[] = {
    "-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote", "-idirafter", "-iprefix",
    "-iwithprefix", "-iwithprefixbefore", "-isysroot", "--sysroot", "-target", "-x", "-o", "-MF", "-MT",
    "-MQ", "-Xlinker", "-Xassembler", "-Xpreprocessor", "-Xclang", "-arch", "-aux-info", "-l", "-L",
    "-T", "-u", "-z", "--param", "-install_name", "-framework", "-F", "-B", "-specs",
};

static bool takes_value(const char *arg) {
  for (size_t i = 0; i < sizeof with_value / sizeof *with_value; i++)
    if (!strcmp(arg, with_value[i]))
      return true;
  return false;
}

// Flags that only concern what is produced, linked or warned about: not the parse.
static bool irrelevant(const char *f) {
  static const char *const exact[] = {"-c", "-S", "-pipe", "-save-temps", "-shared", "-static", "-rdynamic",
                                      "-pie", "-no-pie", "-MD", "-MMD", "-M", "-MM", "-MP", "-MG", "-v",
                                      "--coverage", "-fanalyzer", "-s", "-w"};
  for (size_t i = 0; i < sizeof exact / sizeof *exact; i++)
    if (!strcmp(f, exact[i]))
      return true;
  if (starts(f, "-W") && !starts(f, "-Wp,"))
    return true;  // warnings (-Werror would turn clang's into errors), -Wl, -Wa
  static const char *const prefix[] = {"-flto", "-g", "-fprofile", "-fdiagnostics", "-fcolor-diagnostics",
                                       "-fno-color-diagnostics", "-fanalyzer", "-ftest-coverage",
                                       "-fdebug-prefix-map", "-fmessage-length", "-save-temps=", "-l", "-L",
                                       "-Xlinker", "-Xassembler", "-fdump-", "-frecord-gcc-switches",
                                       "-fopt-info", "-ftime-report", "-fstack-usage", "-fcallgraph-info"};
  for (size_t i = 0; i < sizeof prefix / sizeof *prefix; i++)
    if (starts(f, prefix[i]))
      return true;
  return false;
}

static const char *const c_exts[] = {".c", ".i"};

// Is 'arg' an input file (not an option), and a C source (with '-x c' in force)?
static bool is_input(const char *arg) { return arg[0] != '-' || !strcmp(arg, "-"); }

static bool is_c_source(const char *arg, const char *lang) {
  if (lang)
    return !strcmp(lang, "c") || !strcmp(lang, "cpp-output");
  for (size_t i = 0; i < sizeof c_exts / sizeof *c_exts; i++)
    if (ends(arg, c_exts[i]))
      return true;
  return false;
}

static bool compiler_wrapper(const char *argv0) {
  const char *base = strrchr(argv0, '/');
  base = base ? base + 1 : argv0;
  static const char *const wrappers[] = {"ccache", "distcc", "icecc", "sccache", "buildcache", "ownck-cc"};
  for (size_t i = 0; i < sizeof wrappers / sizeof *wrappers; i++)
    if (!strcmp(base, wrappers[i]))
      return true;
  return false;
}

Compile ccmd_parse(MUT_BORROW Arena *a, BORROWED const char *dir, const char *const *argv, int argc) {
  Compile c = {0};
  const char **args = NULL;
  int n = 0, cap = 0;
  expand(a, dir, argv, argc, &args, &n, &cap, 0);
  int i = 0;
  while (i < n && compiler_wrapper(args[i]))
    i++;
  if (i < n)
    c.compiler = args[i++];
  bool compile = false, preprocess_only = false;
  const char *lang = NULL;
  int capf = 0, caps = 0;
  for (; i < n; i++) {
    const char *f = args[i];
    if (!strcmp(f, "-c") || !strcmp(f, "-S"))
      compile = true;
    if (!strcmp(f, "-E") || !strcmp(f, "-M") || !strcmp(f, "-MM") || !strcmp(f, "-fsyntax-only") ||
        !strcmp(f, "-print-prog-name") || starts(f, "-print-") || starts(f, "-dump") || !strcmp(f, "--version") ||
        !strcmp(f, "-###"))
      preprocess_only = true;
    if (is_input(f)) {
      if (!strcmp(f, "-"))
        preprocess_only = true;  // stdin: nothing to read twice
      else if (is_c_source(f, lang))
        ARR_PUSH(a, c.sources, c.nsources, caps, f);
      else
        c.others++;
      continue;
    }
    if (!strcmp(f, "-x") && i + 1 < n)
      lang = !strcmp(args[i + 1], "none") ? NULL : args[i + 1];
    else if (starts(f, "-x") && f[2])
      lang = !strcmp(f + 2, "none") ? NULL : f + 2;
    bool valued = takes_value(f) && i + 1 < n;
    if (irrelevant(f) || !strcmp(f, "-o") || !strcmp(f, "-MF") || !strcmp(f, "-MT") || !strcmp(f, "-MQ") ||
        (valued && (irrelevant(f) || !strcmp(f, "-l") || !strcmp(f, "-L") || !strcmp(f, "-Xlinker") ||
                    !strcmp(f, "-Xassembler") || !strcmp(f, "-T") || !strcmp(f, "-u") || !strcmp(f, "-z")))) {
      if (valued)
        i++;
      continue;
    }
    ARR_PUSH(a, c.flags, c.nflags, capf, f);
    if (valued)
      ARR_PUSH(a, c.flags, c.nflags, capf, args[++i]);
  }
  c.compiles = compile && !preprocess_only && c.nsources > 0;
  if (!c.compiler)
    c.why_not = "no compiler in the command";
  else if (preprocess_only)
    c.why_not = "not a compile (preprocessing, dependencies or a query)";
  else if (!compile)
    c.why_not = "not a compile (-c): a link or a compile-and-link";
  else if (c.nsources == 0)
    c.why_not = c.others ? "no C source (another language, assembly or objects)" : "no source file";
  return c;
}

Compile ccmd_flags(MUT_BORROW Arena *a, const char *const *flags, int nflags) {
  const char **argv = arena_alloc(a, sizeof(char *) * (size_t)(nflags + 2));
  argv[0] = "cc";
  argv[1] = "-c";
  if (nflags)
    memcpy(argv + 2, flags, sizeof(char *) * (size_t)nflags);
  return ccmd_parse(a, NULL, argv, nflags + 2);
}

// ---- compile_commands.json ----

static const char *str_field(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static bool db_fail(const char *path, int index, const char *what) {
  if (index >= 0)
    fprintf(stderr, "ownck: error: %s: entry %d: %s\n", path, index, what);
  else
    fprintf(stderr, "ownck: error: %s: %s\n", path, what);
  return false;
}

// A directory made absolute against 'base' (the database's own directory).
static const char *absolute_dir(Arena *a, const char *base, const char *dir) {
  if (!dir || !*dir)
    return base;
  return dir[0] == '/' ? dir : arena_printf(a, "%s/%s", base, dir);
}

// One entry: its directory, file and command (from "arguments" or "command").
static bool db_entry(Arena *a, const char *path, const char *base, const cJSON *e, int index, CompileCmd *out) {
  if (!cJSON_IsObject(e))
    return db_fail(path, index, "not an object");
  const char *dir = str_field(e, "directory"), *file = str_field(e, "file"), *cmd = str_field(e, "command");
  const cJSON *args = cJSON_GetObjectItemCaseSensitive(e, "arguments");
  if (!file)
    return db_fail(path, index, "no \"file\"");
  if (!cJSON_IsArray(args) && !cmd)
    return db_fail(path, index, "neither \"arguments\" nor \"command\"");
  out->dir = arena_strdup(a, absolute_dir(a, base, dir));
  out->file = arena_strdup(a, in_dir(a, out->dir, file));
  char real[4096];
  if (realpath(out->file, real))  // 'build/../src/f.c' reads better as 'src/f.c'
    out->file = arena_strdup(a, real);
  if (realpath(out->dir, real))
    out->dir = arena_strdup(a, real);
  if (cJSON_IsArray(args)) {
    int n = cJSON_GetArraySize(args), k = 0;
    out->argv = arena_alloc(a, sizeof(char *) * (size_t)(n + 1));
    const cJSON *v;
    cJSON_ArrayForEach(v, args) {
      if (!cJSON_IsString(v))
        return db_fail(path, index, "\"arguments\" holds something other than strings");
      out->argv[k++] = arena_strdup(a, v->valuestring);
    }
    out->argc = k;
  } else {
    out->argc = ccmd_split(a, cmd, &out->argv);
  }
  return true;
}

bool ccdb_load(MUT_BORROW Arena *a, BORROWED const char *build_dir, CompileCmd **cmds, int *n) {
  const char *path = arena_printf(a, "%s/compile_commands.json", build_dir);
  size_t len;
  const char *text = arena_read_file(a, path, MAX_DB_SIZE, &len);
  *cmds = NULL;
  *n = 0;
  if (!text) {
    fprintf(stderr, "ownck: error: %s: %s\n", path, strerror(errno));
    return false;
  }
  cJSON *root = cJSON_ParseWithLength(text, len);
  if (!cJSON_IsArray(root)) {
    cJSON_Delete(root);
    return db_fail(path, -1, "not a JSON array of compile commands");
  }
  char base[4096];
  const char *abs_base = realpath(build_dir, base) ? base : build_dir;
  int cap = 0, index = 0;
  bool ok = true;
  const cJSON *e;
  cJSON_ArrayForEach(e, root) {
    CompileCmd c = {0};
    if (!(ok = db_entry(a, path, abs_base, e, index++, &c)))
      break;
    ARR_PUSH(a, *cmds, *n, cap, c);
  }
  cJSON_Delete(root);
  return ok;
}
