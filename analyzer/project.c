// project.c: the jobs of a run, from files named on the command line or from a
// compile database.
//
// Takes the files and compiler flags of 'ownck FILE... -- FLAGS', or a build
// directory's compile_commands.json (ccmd.c reads it), and makes one Job per
// translation unit with the flags clang gets (driver_clang_args). With a database,
// files named on the command line select its entries; a header is checked through
// the first source of the database that includes it. --shard K/N keeps every N-th
// entry. Problems are one 'ownck: error:' line each; the files that can be checked
// still are.
#include <errno.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyzer.h"

static bool say(const char *fmt, const char *a, const char *b) {
  fprintf(stderr, "ownck: error: ");
  fprintf(stderr, fmt, a, b);
  fputc('\n', stderr);
  return false;
}

// One clear line for a file we cannot even hand to clang.
bool project_check_input(BORROWED const char *path) {
  struct stat sb;
  if (stat(path, &sb) != 0)
    return say("%s: %s", path, strerror(errno));
  if (S_ISDIR(sb.st_mode))
    return say("%s: %s", path, "is a directory, not a C file");
  FILE *f = fopen(path, "rb");
  if (!f)
    return say("%s: %s", path, strerror(errno));
  fclose(f);
  return true;
}

static void add(Arena *a, JobSet *js, Job j) {
  ARR_PUSH(a, js->jobs, js->n, js->cap, j);
}

static Job job_for(Arena *a, const Config *cfg, const char *path, const char *dir, const Compile *c) {
  Job j = {0};
  j.path = path;
  j.dir = dir;
  j.nuser = c->nflags;
  const char **flags = (const char **)c->flags;
  int nflags = c->nflags;
  if (dir) {  // relative -I paths of the compile: libclang does not chdir (threads)
    const char **f = arena_alloc(a, sizeof(char *) * (size_t)(nflags + 1));
    if (nflags)
      memcpy(f, flags, sizeof(char *) * (size_t)nflags);
    f[nflags++] = arena_printf(a, "-working-directory=%s", dir);
    flags = f;
  }
  j.argv = driver_clang_args(a, cfg, path, flags, nflags, &j.argc);
  return j;
}

bool project_files(MUT_BORROW Arena *a, BORROWED const Config *cfg, const char *const *files, int nfiles,
                   const char *const *flags, int nflags, JobSet *out) {
  Compile c = ccmd_flags(a, flags, nflags);
  bool ok = true;
  for (int i = 0; i < nfiles; i++) {
    if (!project_check_input(files[i])) {
      ok = false;
      continue;
    }
    add(a, out, job_for(a, cfg, files[i], NULL, &c));
  }
  return ok;
}

// ---- compile databases ----

static const char *real(Arena *a, const char *path) {
  char buf[4096];
  return realpath(path, buf) ? arena_strdup(a, buf) : NULL;
}

static const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

static bool is_c_entry(const char *file) {
  size_t n = strlen(file);
  return n > 2 && (!strcmp(file + n - 2, ".c") || !strcmp(file + n - 2, ".i"));
}

// Does source 'src' include a file named like 'header' ('#include "x.h"' or
// '<dir/x.h>')? A cheap textual test; clang decides in the end (only the header's
// findings are kept).
static bool mentions(Arena *a, const char *src, const char *header) {
  size_t len;
  const char *text = arena_read_file(a, src, (size_t)64 << 20, &len);
  if (!text)
    return false;
  const char *name = base_name(header);
  for (const char *p = strstr(text, "#include"); p; p = strstr(p + 8, "#include")) {
    const char *eol = strchr(p, '\n');
    const char *hit = strstr(p, name);
    if (hit && (!eol || hit < eol) && (hit[-1] == '"' || hit[-1] == '<' || hit[-1] == '/'))
      return true;
  }
  return false;
}

// The directory of 'dir' holding compile_commands.json: itself, build/, out/,
// _build/, then the first build-*/ or cmake-build-*/ in name order; or NULL.
static const char *db_in(Arena *a, const char *dir) {
  static const char *const fixed[] = {"", "/build", "/out", "/_build"};
  for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) {
    const char *d = arena_printf(a, "%s%s", dir, fixed[i]);
    if (access(arena_printf(a, "%s/compile_commands.json", d), R_OK) == 0)
      return d;
  }
  static const char *const globs[] = {"/build-*/compile_commands.json", "/cmake-build-*/compile_commands.json"};
  for (size_t i = 0; i < sizeof globs / sizeof *globs; i++) {
    glob_t g;
    if (glob(arena_printf(a, "%s%s", dir, globs[i]), 0, NULL, &g) == 0 && g.gl_pathc > 0) {
      char *d = arena_strdup(a, g.gl_pathv[0]);
      globfree(&g);
      *strrchr(d, '/') = 0;
      return d;
    }
    globfree(&g);
  }
  return NULL;
}

const char *project_find_db(MUT_BORROW Arena *a, BORROWED const char *start) {
  char dir[4096];
  if (!realpath(start, dir))
    return NULL;
  for (;;) {
    const char *d = db_in(a, dir);
    if (d)
      return d;
    bool top = access(arena_printf(a, "%s/.git", dir), F_OK) == 0;  // the repository's root: not beyond
    char *slash = strrchr(dir, '/');
    if (top || !slash || slash == dir)
      return NULL;
    *slash = 0;
  }
}

// Per entry: is its file (its real path) the file of an earlier entry? Builds
// compile some files twice (libtool's PIC and non-PIC objects): the file is one
// translation unit of the project, checked once with its first entry's flags, and
// its functions are defined once (so their summaries reach the other files). Sorted
// by path, then by index, so a large database costs n log n.
typedef struct Entry {
  const char *path;
  int index;
} Entry;

static int entry_cmp(const void *x, const void *y) {
  const Entry *a = x, *b = y;
  int c = strcmp(a->path, b->path);
  return c ? c : (a->index > b->index) - (a->index < b->index);
}

static bool *listed_before(Arena *a, const char *const *reals, int n) {
  bool *dup = arena_alloc(a, (size_t)n + 1);
  Entry *e = arena_alloc(a, sizeof(Entry) * (size_t)(n + 1));
  int m = 0;
  for (int i = 0; i < n; i++)
    if (reals[i])
      e[m++] = (Entry){reals[i], i};
  qsort(e, (size_t)m, sizeof *e, entry_cmp);
  for (int k = 1; k < m; k++)
    dup[e[k].index] = !strcmp(e[k].path, e[k - 1].path);
  return dup;
}

bool project_db(MUT_BORROW Arena *a, BORROWED const Config *cfg, BORROWED const char *build_dir,
                const char *const *files, int nfiles, int shard_k, int shard_n, bool lenient, JobSet *out) {
  CompileCmd *cmds;
  int n;
  if (!ccdb_load(a, build_dir, &cmds, &n))
    return false;
  const char **reals = arena_alloc(a, sizeof(char *) * (size_t)(n + 1));
  for (int i = 0; i < n; i++)
    reals[i] = real(a, cmds[i].file);
  bool ok = true;
  if (nfiles == 0) {
    bool *dup = listed_before(a, reals, n);
    for (int i = 0, c = 0; i < n; i++) {
      if (!is_c_entry(cmds[i].file) || dup[i])
        continue;
      if (shard_n > 1 && c++ % shard_n != shard_k - 1)
        continue;
      Compile cc = ccmd_parse(a, cmds[i].dir, cmds[i].argv, cmds[i].argc);
      add(a, out, job_for(a, cfg, cmds[i].file, cmds[i].dir, &cc));
    }
    return true;
  }
  for (int f = 0; f < nfiles; f++) {
    const char *want = real(a, files[f]);
    if (!want) {
      ok = say("%s: %s", files[f], strerror(errno));
      continue;
    }
    int found = -1;
    for (int i = 0; i < n && found < 0; i++)
      if (reals[i] && !strcmp(reals[i], want) && is_c_entry(cmds[i].file))
        found = i;
    bool header = found < 0;
    for (int i = 0; i < n && found < 0; i++)
      if (is_c_entry(cmds[i].file) && mentions(a, cmds[i].file, want))
        found = i;
    if (found < 0 && lenient) {  // -p auto: a new file the build does not know yet
      fprintf(stderr, "ownck: note: %s: not in %s/compile_commands.json: checked without its compile flags\n",
              files[f], build_dir);
      Compile none = {0};
      add(a, out, job_for(a, cfg, files[f], NULL, &none));
      continue;
    }
    if (found < 0) {
      ok = say("%s: %s", files[f], "not in the compile database, and no file of it includes it "
                                  "(name a source file, or run without -p)");
      continue;
    }
    Compile cc = ccmd_parse(a, cmds[found].dir, cmds[found].argv, cmds[found].argc);
    Job j = job_for(a, cfg, cmds[found].file, cmds[found].dir, &cc);
    if (header)
      j.only = want;
    add(a, out, j);
  }
  return ok;
}
