// floor_db: the floor (bench/floor.c) over a whole compilation database, in one
// process: what any libclang checker run as `TOOL -p BUILD_DIR` must at least do.
// Every entry of BUILD_DIR/compile_commands.json is parsed with its own flags,
// sanitised as `ownck -p` sanitises them, and every cursor of each translation unit
// is visited once. With -j N, N threads share the entries (one CXIndex per thread),
// which is the floor of `ownck -p -j N`. See docs/performance.md.
//
//   floor_db [--resource-dir=DIR] [-j N] -p BUILD_DIR [-- EXTRA FLAGS...]
//   floor_db [--resource-dir=DIR] --print-args=ownck|user -p BUILD_DIR [-- EXTRA...]
//
// The flags of an entry: its arguments from the database, less argv[0], -c, -o FILE,
// -M* (and the FILE of -MF/-MT/-MQ), -W*error*, -flto*, -g*, -fanalyzer* and the
// source file itself; then -D__OWNCK__=1 -ferror-limit=0 -Wno-unknown-warning-option
// -Wno-unused-command-line-argument -resource-dir=RD -working-directory=DIR, the
// EXTRA flags (bench/projects.sh passes ownck's -I<build>/include) and `-x c` when
// the source does not end in .c. argv[0] is the entry's compiler made absolute
// (through PATH): libclang 19 resolves a relative argv[0] against -working-directory.
// The parse is clang_parseTranslationUnit2FullArgv with CXTranslationUnit_KeepGoing |
// CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles, as in ownck.
//
// Output: one line per entry, in database order, "FILE cursors=N errors=E" (FILE as
// the database names it), then "total entries=N cursors=C errors=E failed=F". The
// first clang error of an entry goes to stderr. Exit 0 when every entry could be
// parsed (clang errors included), 1 when libclang failed on one or more, 3 on bad
// usage or an unreadable database.
//
// --print-args does not parse: it prints one line per entry, shell-quoted words
// (DIRECTORY, FILE as an absolute path, then the arguments), for the other tools of
// bench/projects.sh, so that they get exactly these flags:
//   ownck   the flags above, as the floor passes them (for clang -fsyntax-only)
//   user    the entry's sanitised flags only, without ours (for `ownck FILE -- FLAGS`,
//           and for gcc -fanalyzer and clang --analyze, which add their own: without
//           -Werror a warning cannot stop them before their analysis)
#define _GNU_SOURCE
#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef FLOOR_RESOURCE_DIR
#define FLOOR_RESOURCE_DIR ""
#endif

typedef struct {
  char *dir;    // the entry's directory
  char *file;   // the source as the database names it
  char *path;   // the source as an absolute path (dir/file when relative)
  char **argv;  // argv[0] (absolute) then the flags, then ours; NULL-terminated
  int argc;
  // results
  unsigned long cursors;
  unsigned errors;
  bool failed;
  char *first_error;
} Entry;

static Entry *entries;
static int nentries;
static atomic_int next_entry;

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) {
    fprintf(stderr, "floor_db: out of memory\n");
    exit(3);
  }
  return p;
}

static char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

static char *join(const char *dir, const char *file) {
  if (file[0] == '/' || !*dir)
    return xstrdup(file);
  char *s = xmalloc(strlen(dir) + strlen(file) + 2);
  sprintf(s, "%s/%s", dir, file);
  return s;
}

static bool starts(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

// The compiler as an absolute path: as given when it has a '/', else found in PATH.
static char *absolute_compiler(const char *dir, const char *cc) {
  if (strchr(cc, '/'))
    return join(dir, cc);
  const char *path = getenv("PATH");
  if (path) {
    char *copy = xstrdup(path), *save = NULL;
    for (char *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
      char *c = join(d, cc);
      if (access(c, X_OK) == 0) {
        free(copy);
        return c;
      }
      free(c);
    }
    free(copy);
  }
  return xstrdup("/usr/bin/clang");  // an absolute name is what matters
}

enum Mode { MODE_PARSE, MODE_OWNCK, MODE_USER };

// Whether ARG (of an entry in DIR compiling FILE) is left out; *skip_next when its
// value is the next argument.
static bool dropped(const char *arg, const char *dir, const char *file, const char *path,
                    bool *skip_next) {
  *skip_next = false;
  if (!strcmp(arg, "-o") || !strcmp(arg, "-MF") || !strcmp(arg, "-MT") || !strcmp(arg, "-MQ")) {
    *skip_next = true;
    return true;
  }
  if (!strcmp(arg, "-c") || starts(arg, "-M"))
    return true;
  if (!strcmp(arg, file) || !strcmp(arg, path))
    return true;
  if (arg[0] != '-') {  // the source under another spelling (./x.c, x.c from dir)
    char *a = join(dir, arg);
    bool same = !strcmp(a, path);
    free(a);
    if (same)
      return true;
  }
  if (starts(arg, "-W") && strstr(arg, "error"))
    return true;
  if (starts(arg, "-flto") || starts(arg, "-g") || starts(arg, "-fanalyzer"))
    return true;
  return false;
}

static void build_args(Entry *e, CXCompileCommand cmd, enum Mode mode, const char *rd, int nextra,
                       char **extra) {
  unsigned n = clang_CompileCommand_getNumArgs(cmd);
  e->argv = xmalloc(sizeof(char *) * (n + (unsigned)nextra + 12));
  int k = 0;
  if (n > 0) {
    CXString a0 = clang_CompileCommand_getArg(cmd, 0);
    e->argv[k++] = absolute_compiler(e->dir, clang_getCString(a0));
    clang_disposeString(a0);
  } else {
    e->argv[k++] = absolute_compiler(e->dir, "clang");
  }
  bool skip = false;
  for (unsigned i = 1; i < n; i++) {
    CXString s = clang_CompileCommand_getArg(cmd, i);
    const char *arg = clang_getCString(s);
    bool skip_next = false;
    if (skip)
      skip = false;
    else if (dropped(arg, e->dir, e->file, e->path, &skip_next))
      skip = skip_next;
    else
      e->argv[k++] = xstrdup(arg);
    clang_disposeString(s);
  }
  if (mode == MODE_PARSE || mode == MODE_OWNCK) {
    e->argv[k++] = xstrdup("-D__OWNCK__=1");
    e->argv[k++] = xstrdup("-ferror-limit=0");
    e->argv[k++] = xstrdup("-Wno-unknown-warning-option");
    e->argv[k++] = xstrdup("-Wno-unused-command-line-argument");
    if (*rd) {
      char *s = xmalloc(strlen(rd) + 16);
      sprintf(s, "-resource-dir=%s", rd);
      e->argv[k++] = s;
    }
    char *w = xmalloc(strlen(e->dir) + 24);
    sprintf(w, "-working-directory=%s", e->dir);
    e->argv[k++] = w;
    for (int i = 0; i < nextra; i++)
      e->argv[k++] = xstrdup(extra[i]);
    size_t len = strlen(e->path);
    if (len < 2 || strcmp(e->path + len - 2, ".c") != 0) {
      e->argv[k++] = xstrdup("-x");
      e->argv[k++] = xstrdup("c");
    }
  }
  e->argv[k] = NULL;
  e->argc = k;
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  unsigned long *n = data;
  if (clang_getCursorKind(c) != CXCursor_InvalidFile)  // as bench/floor.c
    (*n)++;
  return CXChildVisit_Recurse;
}

static void *worker(void *arg) {
  (void)arg;
  CXIndex idx = clang_createIndex(0, 0);
  unsigned flags = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
  for (;;) {
    int i = atomic_fetch_add(&next_entry, 1);
    if (i >= nentries)
      break;
    Entry *e = &entries[i];
    CXTranslationUnit tu = NULL;
    enum CXErrorCode err = clang_parseTranslationUnit2FullArgv(
        idx, e->path, (const char *const *)e->argv, e->argc, NULL, 0, flags, &tu);
    if (err != CXError_Success || !tu) {
      e->failed = true;
      continue;
    }
    unsigned nd = clang_getNumDiagnostics(tu);
    for (unsigned d = 0; d < nd; d++) {
      CXDiagnostic diag = clang_getDiagnostic(tu, d);
      if (clang_getDiagnosticSeverity(diag) >= CXDiagnostic_Error) {
        if (!e->errors++) {
          CXString s = clang_formatDiagnostic(diag, clang_defaultDiagnosticDisplayOptions());
          e->first_error = xstrdup(clang_getCString(s));
          clang_disposeString(s);
        }
      }
      clang_disposeDiagnostic(diag);
    }
    clang_visitChildren(clang_getTranslationUnitCursor(tu), visit, &e->cursors);
    clang_disposeTranslationUnit(tu);
  }
  clang_disposeIndex(idx);
  return NULL;
}

static void put_quoted(const char *s) {
  putchar('\'');
  for (; *s; s++) {
    if (*s == '\'')
      fputs("'\\''", stdout);
    else
      putchar(*s);
  }
  putchar('\'');
}

static int usage(void) {
  fprintf(stderr,
          "usage: floor_db [--resource-dir=DIR] [-j N] [--print-args=ownck|user]\n"
          "                -p BUILD_DIR [-- EXTRA FLAGS...]\n");
  return 3;
}

int main(int argc, char **argv) {
  const char *rd = NULL, *build_dir = NULL;
  int jobs = 1, nextra = 0;
  char **extra = NULL;
  enum Mode mode = MODE_PARSE;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (starts(a, "--resource-dir="))
      rd = a + 15;
    else if (!strcmp(a, "-p") && i + 1 < argc)
      build_dir = argv[++i];
    else if (!strcmp(a, "-j") && i + 1 < argc)
      jobs = atoi(argv[++i]);
    else if (starts(a, "-j") && a[2])
      jobs = atoi(a + 2);
    else if (!strcmp(a, "--print-args=ownck"))
      mode = MODE_OWNCK;
    else if (!strcmp(a, "--print-args=user"))
      mode = MODE_USER;
    else if (!strcmp(a, "--")) {
      extra = argv + i + 1;
      nextra = argc - i - 1;
      break;
    } else
      return usage();
  }
  if (!build_dir || jobs < 1)
    return usage();
  if (!rd) {
    const char *env = getenv("OWNCK_RESOURCE_DIR");
    rd = env && *env ? env : FLOOR_RESOURCE_DIR;
  }

  CXCompilationDatabase_Error dberr;
  CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(build_dir, &dberr);
  if (dberr != CXCompilationDatabase_NoError || !db) {
    fprintf(stderr, "floor_db: cannot read %s/compile_commands.json\n", build_dir);
    return 3;
  }
  CXCompileCommands cmds = clang_CompilationDatabase_getAllCompileCommands(db);
  nentries = (int)clang_CompileCommands_getSize(cmds);
  entries = calloc((size_t)nentries + 1, sizeof(Entry));
  if (!entries)
    return 3;
  for (int i = 0; i < nentries; i++) {
    CXCompileCommand cmd = clang_CompileCommands_getCommand(cmds, (unsigned)i);
    Entry *e = &entries[i];
    CXString d = clang_CompileCommand_getDirectory(cmd), f = clang_CompileCommand_getFilename(cmd);
    e->dir = xstrdup(clang_getCString(d));
    e->file = xstrdup(clang_getCString(f));
    clang_disposeString(d);
    clang_disposeString(f);
    e->path = join(e->dir, e->file);
    build_args(e, cmd, mode, rd, nextra, extra);
  }
  clang_CompileCommands_dispose(cmds);
  clang_CompilationDatabase_dispose(db);

  if (mode != MODE_PARSE) {
    for (int i = 0; i < nentries; i++) {
      Entry *e = &entries[i];
      put_quoted(e->dir);
      putchar(' ');
      put_quoted(e->path);
      for (int k = 1; k < e->argc; k++) {
        putchar(' ');
        put_quoted(e->argv[k]);
      }
      putchar('\n');
    }
    return 0;
  }

  if (jobs > nentries)
    jobs = nentries > 0 ? nentries : 1;
  pthread_t *threads = xmalloc(sizeof(pthread_t) * (size_t)jobs);
  int started = 0;
  for (int t = 1; t < jobs; t++) {
    if (pthread_create(&threads[t], NULL, worker, NULL) != 0)
      break;
    started = t;
  }
  worker(NULL);  // the main thread is worker 0
  for (int t = 1; t <= started; t++)
    pthread_join(threads[t], NULL);

  unsigned long cursors = 0;
  unsigned errors = 0;
  int failed = 0;
  for (int i = 0; i < nentries; i++) {
    Entry *e = &entries[i];
    if (e->failed) {
      failed++;
      printf("%s failed\n", e->file);
      fprintf(stderr, "floor_db: %s: libclang could not parse it\n", e->path);
      continue;
    }
    printf("%s cursors=%lu errors=%u\n", e->file, e->cursors, e->errors);
    if (e->first_error)
      fprintf(stderr, "floor_db: %s: %u error(s), the first: %s\n", e->path, e->errors,
              e->first_error);
    cursors += e->cursors;
    errors += e->errors;
  }
  printf("total entries=%d cursors=%lu errors=%u failed=%d\n", nentries, cursors, errors, failed);
  return failed ? 1 : 0;
}
