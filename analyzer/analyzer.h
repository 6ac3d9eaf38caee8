// analyzer.h: the one internal header of ownck.
//
// The pipeline (docs/architecture.md has one line per file):
//   main.c (CLI -> Config, read-only) -> driver.c (jobs -> tu_check per file -> merge)
//   tu_check: parse_tu (libclang -> Funcs of Nodes) -> summaries_tu (what each body
//     does, callees first, on its FnSig) -> per function, check.c:
//     annotate_check -> cfg_build (Blocks of Ops) -> own_check (lattice.c, objects.c,
//     ownership.c) -> borrow_check; both ask effects.c what a call does
//   -> TuResult (diagnostics as data) -> diag_sort, fingerprints -> report_write
//
// Each section below is one file's exports. No libclang type appears here: parse.c is
// the only file that includes clang-c, and it and driver.c are the only files that
// need libclang, so everything else is testable with hand-built IR without it.
#ifndef OWNCK_ANALYZER_H
#define OWNCK_ANALYZER_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../annotations/ownership.h"

#ifndef OWNCK_VERSION
#define OWNCK_VERSION "0.1.0"
#endif

#define unreachable() fatal_internal(__FILE__, __LINE__, "unreachable")
// Reports a bug in ownck itself. With a recovery point set on this thread (the driver
// sets one while it analyses a file) it unwinds there, so only that file is lost;
// otherwise it aborts.
_Noreturn void fatal_internal(const char *file, int line, const char *what);

// A thread's recovery point: fatal_internal() fills 'what' and siglongjmps to 'env'.
typedef struct Recovery {
  sigjmp_buf env;
  char what[256];
  const char *path;        // the file being analysed
  bool signals_fatal;      // several threads analyse: a crash signal cannot be unwound
} Recovery;
// Sets the calling thread's recovery point (NULL: none); returns the previous one.
Recovery *recovery_set(Recovery *r);
Recovery *recovery_get(void);

// ---- arena.c ----
// Bump allocator. Memory is only ever freed all at once (arena_reset/arena_free);
// out of memory is fatal. This is the only file that calls malloc/free.
typedef struct Arena Arena;

OWNED Arena *arena_new(void);
void arena_free(OWNED Arena *a);
Arena *arena_child(MUT_BORROW Arena *parent);          // freed with 'parent' (reset or free)
void arena_reset(MUT_BORROW Arena *a);
void *arena_alloc(MUT_BORROW Arena *a, size_t size);   // zeroed, 8-byte aligned
void *arena_alloc_raw(MUT_BORROW Arena *a, size_t size);  // the same, not zeroed (for a copy)
void *arena_realloc(MUT_BORROW Arena *a, void *old, size_t oldsize, size_t newsize);
char *arena_strdup(MUT_BORROW Arena *a, BORROWED const char *s);
char *arena_strndup(MUT_BORROW Arena *a, BORROWED const char *s, size_t n);
char *arena_printf(MUT_BORROW Arena *a, BORROWED const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
size_t arena_used(BORROWED const Arena *a);
void memory_return(void);  // free heap pages back to the system (malloc_trim)
// A string built by appending to it: its buffer doubles, so building it costs its
// length (arena_printf("%s...", t, ...) copies the whole string at every step).
typedef struct StrBuf {
  char *s;              // NUL-terminated; NULL until the first append
  size_t len, cap;
} StrBuf;
void arena_append(MUT_BORROW Arena *a, MUT_BORROW StrBuf *b, BORROWED const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// Reads file 'path' whole into the arena, NUL-terminated, its length to '*len'.
// NULL with errno set if it cannot be read or is larger than 'max' bytes (EFBIG).
char *arena_read_file(MUT_BORROW Arena *a, BORROWED const char *path, size_t max, size_t *len);

// Growable array in an arena: ARR_PUSH(a, arr, n, cap, x) appends x to arr[n].
#define ARR_PUSH(a, arr, n, cap, x)                                                  \
  do {                                                                               \
    if ((n) == (cap)) {                                                              \
      size_t nc_ = (cap) ? (size_t)(cap) * 2 : 8;                                    \
      (arr) = arena_realloc((a), (arr), sizeof *(arr) * (size_t)(cap), sizeof *(arr) * nc_); \
      (cap) = nc_;                                                                   \
    }                                                                                \
    (arr)[(n)++] = (x);                                                              \
  } while (0)

// ---- source positions ----
// A Span is a byte range in one source file of a Results (file index into
// Results.files). Lines and columns are 1-based; columns count bytes; end is
// exclusive (as libclang extents and SARIF endColumn). line == 0 means "no location".
typedef struct Span {
  int file;
  int line, col;
  int end_line, end_col;
} Span;

typedef struct SrcFile {
  const char *path;     // as given on the command line / by clang
  const char *text;     // loaded lazily by src_line(); NULL until then
  size_t len;
  int *line_off;        // byte offset of each line start (lazily computed)
  int nlines;
  const char *stable;   // the path relative to its repository's root (diag.c), once asked
} SrcFile;

// ---- rules.c (data from rules/) ----
typedef enum Rule {
  RULE_NONE = 0,  // tool messages: skipped function, clang error
  OWN001 = 1, OWN002, OWN003, OWN004, OWN005, OWN006, OWN007,
  OWN008, OWN009, OWN010, OWN011, OWN012, OWN013, OWN014, OWN015,
  RULE_COUNT
} Rule;

typedef enum Level { LVL_NONE, LVL_NOTE, LVL_WARNING, LVL_ERROR } Level;

// Where the project lives: SARIF informationUri; helpUri is OWNCK_HOME_URL
// "/blob/main/docs/rules/OWNnnn.md".
#ifndef OWNCK_HOME_URL
#define OWNCK_HOME_URL "https://github.com/ownck/ownck"
#endif

// One rule, parsed from rules/rules/OWNnnn.md (see rules/README.md for the format).
typedef struct RuleInfo {
  Rule rule;
  const char *id;        // "OWN001"
  const char *name;      // "use-after-move"
  Level level;           // default level
  const char *summary;   // one line
  const char *explain;   // long Markdown text: what, why, bad example, fixed example
  const char *rust;      // "E0382" or NULL
  const char *cwe;       // "416" or "401, 775" or NULL
  const char *tags;      // "correctness, security" (CWE tags are derived from 'cwe')
  const char *precision; // SARIF precision: "very-high", "high", "medium" or "low"
  const char *security_severity;  // SARIF "security-severity" ("9.3") or NULL
  const char *description;        // first paragraph of 'explain' on one line (< 1024 bytes)
  const char *text;      // 'explain' rendered for a terminal (--explain, SARIF help.text)
} RuleInfo;

// The catalog: every rule, parsed once from the embedded rules/rules/*.md.
typedef struct Rules {
  RuleInfo info[RULE_COUNT];
} Rules;

// Parses the embedded catalog into 'r', allocating in 'a'. A malformed file is a bug in
// ownck (fatal_internal).
void rules_load(MUT_BORROW Rules *r, MUT_BORROW Arena *a);
const RuleInfo *rule_info(BORROWED const Rules *r, Rule rule);  // NULL for RULE_NONE or out of range
// "OWN001" (any case) or "use-after-move"; RULE_NONE if unknown.
Rule rule_by_id(BORROWED const Rules *r, BORROWED const char *id_or_name);
const char *level_name(Level l);               // "error", "warning", "note", "none"

// ---- embedded files (generated at build time from rules/) ----
typedef struct EmbeddedFile {
  const char *name;   // path relative to rules/, e.g. "models/libc.json"
  const char *data;   // NUL-terminated contents
  size_t len;
} EmbeddedFile;
extern const EmbeddedFile ownck_embedded[];
extern const int ownck_nembedded;

void rules_list(BORROWED const Rules *r, FILE *out);                   // --list-rules
bool rules_explain(BORROWED const Rules *r, BORROWED const char *id, FILE *out);  // --explain; false if unknown
void rules_doc(BORROWED const Rules *r, Rule rule, FILE *out);  // the page docs/rules/OWNnnn.md
void rules_doc_index(BORROWED const Rules *r, FILE *out);       // the page docs/rules/README.md
// --gen-rule-docs DIR: writes every rule page and the index into 'dir' (which must
// exist). False, with a message on stderr, if a file cannot be written.
bool rules_gen_docs(BORROWED const Rules *r, BORROWED const char *dir);

// ---- models.c ----
// Library models: what a function does with ownership, as data. Built in from
// rules/models/*.json; users add theirs in .ownck.json ("models") or --model FILE.
// Schema and exact semantics: docs/models.md. Annotations on a declaration beat models.
//
// A release *family* is named after its canonical releaser ("free", "fclose", "pclose",
// "close", "closedir", "munmap", "freeaddrinfo", "globfree", ...): an object must be
// released by a releaser of its own family (else OWN010). Every family a model
// creates has a releaser: some model has a ROLE_RELEASE argument of that family.
#define MODEL_MAX_ARGS 127   // C11 5.2.4.1: parameters in one function declarator
#define MODEL_MAX_COUNT 16   // ModelArg.count

// What a call does with one argument. "success" means the result is not its
// failure value (Model.ret_fail); with FAIL_NONE the call always succeeds.
typedef enum ArgRole {
  ROLE_NONE,         // "none": not modelled: the default rules for unknown callees
  ROLE_BORROW,       // "borrow": shared borrow for the call; nothing written through it
  ROLE_BORROW_MUT,   // "borrow_mut": exclusive borrow for the call; written through
  ROLE_RELEASE,      // "release": released by the call whatever it returns (free, fclose,
                     //   close); NULL is fine unless 'nonnull'
  ROLE_MOVE,         // "move": ownership passes to the callee (as an OWNED parameter);
                     //   'family', if set, must match the object's
  ROLE_ESCAPE,       // "escape": the callee keeps the pointer beyond the call; the caller
                     //   still owns it and must keep it alive (setvbuf's buffer, putenv)
  ROLE_OUT_OWNED,    // "out_owned": on success arg[0..count) each receive a new owner of
                     //   'family' (posix_memalign, asprintf, getaddrinfo; pipe: count 2);
                     //   on failure they are unchanged or indeterminate: not owners
  ROLE_INOUT_OWNED,  // "inout_owned": *arg holds NULL or an owner of 'family'; the call
                     //   may release it and store a new one; after the call, success or
                     //   not, *arg holds NULL or an owner (getline's *lineptr)
  ROLE_RELEASE_ON_SUCCESS, // "release_on_success": on success released, or taken over
                     //   by the result (realloc, reallocarray; fdopen/fdopendir take the
                     //   fd); on failure still owned by the caller
  ROLE_REOPEN,       // "reopen": a handle closed if open and then reused (dup2's newfd):
                     //   an owner stays an owner, a released one is owned again, a
                     //   plain value (STDOUT_FILENO) stays untracked; never OWN001/002
} ArgRole;

// What the result is.
typedef enum RetKind {
  RET_NONE,    // "none": not modelled (or a scalar): default rules
  RET_OWNED,   // "owned": a new owner of 'family' (malloc, fopen, open, mmap)
  RET_STATIC,  // "static": storage the caller does not own and never releases
               //   (strerror, getenv, localtime); releasing it is OWN009
  RET_ALIAS,   // "alias": the value of argument ret_arg itself (memcpy's dest)
  RET_BORROW,  // "borrow": points into (or is owned by) argument ret_arg's object and
               //   is valid only while that lives (strchr, readdir, fileno, dlsym)
  RET_STACK,   // "stack": memory in the caller's stack frame (alloca), gone when it
               //   returns; releasing it is OWN009
} RetKind;

// The result's failure value. Out-parameters are set only on success.
typedef enum FailKind {
  FAIL_NONE,       // "none": never fails (or the result says nothing)
  FAIL_NULL,       // "null": NULL on failure (malloc, fopen)
  FAIL_NEGATIVE,   // "negative": < 0 (-1) on failure (open; asprintf, pipe)
  FAIL_NONZERO,    // "nonzero": 0 on success, an error code otherwise (posix_memalign)
  FAIL_MAP_FAILED, // "map_failed": (void *)-1 on failure (mmap's MAP_FAILED, iconv_open)
} FailKind;

typedef struct ModelArg {
  ArgRole role;
  const char *family;  // RELEASE, RELEASE_ON_SUCCESS, OUT_OWNED, INOUT_OWNED, REOPEN: the
                       // family; MOVE: the family or NULL; other roles: NULL
  int count;           // OUT_OWNED: arg[0..count) each receive an owner; 1 otherwise
  bool handle;         // the value (for OUT/INOUT: what *arg receives) is an int
                       // handle, invalid when < 0
  bool indirect;       // RELEASE: the owner is *arg, not arg (globfree(&g), regfree(&re)),
                       // as OUT_OWNED's owner is
  bool nonnull;        // the callee dereferences it: a NULL here is OWN012
  int copy_of;         // the bytes of argument copy_of are copied into what it points to
                       // (memcpy's dest): a struct's pointer fields with them; -1: none
} ModelArg;

typedef struct Model {
  const char *name;
  const char *origin;      // where it was defined: "rules/models/libc.json", a user file
  bool builtin;            // one of ownck's own (a summary of a body beats it; a user's
                           // model beats the summary)
  RetKind ret;
  const char *family;      // RET_OWNED: the result's family; else NULL
  FailKind ret_fail;       // failure value of the result (any RetKind)
  bool returns_handle;     // the result is an int handle (fd): fails "negative"
  int ret_arg;             // RET_ALIAS, RET_BORROW: that argument (always set). RET_OWNED:
                           // -1, or the argument the result equals (freopen: 2: a new
                           // owner that is the same pointer), or with ret_owned_if_null
                           // the caller's buffer. Else -1. Always < nargs.
  bool ret_owned_if_null;  // RET_OWNED: a new owner only when argument ret_arg is a null
                           // pointer; otherwise the result is that argument (RET_ALIAS)
                           // (realpath(p, NULL), getcwd(NULL, 0))
  bool noreturn;           // never returns: the path ends (exit, abort, longjmp)
  int nargs;               // 0..MODEL_MAX_ARGS
  ModelArg *args;          // args[0..nargs); use model_arg() for any index
  ArgRole rest;            // arguments past nargs (variadic): NONE, BORROW, BORROW_MUT
                           // or ESCAPE
} Model;

// The models in force: a table function name -> Model, in its own arena.
typedef struct Models Models;
// An empty table allocating in 'a'.
Models *models_new(MUT_BORROW Arena *a);
// Loads the models embedded from rules/models/*.json (in name order; a later file
// overrides an earlier model of the same name). False (error printed to stderr) only
// if the built-in data is broken.
bool models_load_builtin(MUT_BORROW Models *ms);
// Loads a user model file ({"models": [...]}); its models override loaded ones by
// name. All or nothing: on any error prints one line "ownck: error: PATH:
// models[3].args[1].role: unknown role "relase"" to stderr, changes nothing and
// returns false.
bool models_load_file(MUT_BORROW Models *ms, BORROWED const char *path);
// Same for JSON text already in memory; 'origin' names it in messages. With
// 'in_config' (.ownck.json) only the "models" key is read, other keys are not ours,
// and a missing "models" is fine.
bool models_load_text(MUT_BORROW Models *ms, BORROWED const char *origin,
                      BORROWED const char *text, size_t len, bool in_config);
// The model of function 'name', or NULL. "__builtin_x" falls back to "x" when
// "__builtin_x" itself has no model.
const Model *model_find(BORROWED const Models *ms, BORROWED const char *name);
// Argument 'i' of 'm': args[i], or for i >= nargs a ModelArg with role m->rest.
const ModelArg *model_arg(BORROWED const Model *m, int i);
// The family that function 'fn' releases (its first ROLE_RELEASE argument), or NULL:
// how OWNED_BY(fn) names a family when fn is a modelled releaser (OWNED_BY(xfree)).
const char *model_release_family(BORROWED const Models *ms, BORROWED const char *fn);
int models_count(BORROWED const Models *ms);
// The name in 'names' that 's' is probably a typo of ("did you mean"), or NULL.
const char *name_closest(BORROWED const char *s, const char *const *names, int n);

// ---- config.c ----
typedef enum Format { FMT_GCC, FMT_RICH, FMT_SARIF, FMT_HTML, FMT_CODECLIMATE } Format;

typedef struct Options {
  Format format;
  bool color;
  bool strict;
  bool verify;
  bool dump_cfg;
  bool dump_summaries;       // --dump-summaries: print each function's summary instead
  bool suggest;              // --suggest: report the annotations summaries imply (OWN015) instead
  bool no_summaries;         // --no-summaries: every callee without annotation or model is unknown
  Level fail_on;
  bool fail_on_set;          // given on the command line: .ownck.json does not change it
  long budget;
  double time_limit;   // CPU seconds of the analysing thread per function (0: none)
  const char *fault;   // test only: files whose path contains this fail internally
  const char *source_root;
  const char *resource_dir;
  const char *exe_dir;       // the directory of the running binary (to find <ownck/ownership.h>)
  const char *cache_dir;     // the result cache, or NULL
  bool baseline;             // a --baseline was applied: SARIF says its results are new
  bool path;                 // --path: the text formats list each finding's path events
} Options;

// Everything an analysis reads that is not the code: options, the rule catalog and
// the models (built-in < .ownck.json < --model). Built once by config_new before any
// analysis and never written afterwards, so any number of threads may share it.
// A function pointer (global or struct member, "hooks->allocate") that calls the
// modelled function 'as' (.ownck.json "allocators").
typedef struct FnPtrModel {
  const char *pointer;
  const char *as;
} FnPtrModel;

typedef struct Config {
  Options opt;
  Rules rules;
  Level level[RULE_COUNT];   // each rule's level (LVL_NONE: off): the catalog's, or .ownck.json's
  Models *models;
  const char *dotfile;       // the .ownck.json read, or NULL
  const char *dotdir;        // its directory
  const char **exclude;      // path patterns (fnmatch, relative to dotdir) not to check
  int nexclude;
  FnPtrModel *allocators;
  int nallocators;
  bool realloc_zero_frees;   // realloc(p, 0) releases p and returns NULL (glibc; the default),
                             // else it reallocates like any size (musl, BSD, macOS)
  const char *include_dir;   // where <ownck/ownership.h> is
  const char *resource_dir;  // clang's builtin headers
  const char *hash;          // everything above that changes findings, hashed (cache.c)
} Config;

// The options of a run with no files: the defaults (fail-on warning, budget 200000,
// time limit 10 s).
Options config_default_options(void);
// Builds the Config in 'a': 'opt', the catalog, the built-in models, the .ownck.json
// 'dotfile' (or none), then each of 'model_files'. NULL after printing 'ownck: error:
// ...' if one is broken.
const Config *config_new(MUT_BORROW Arena *a, BORROWED const Options *opt, const char *const *model_files,
                         int nmodel_files, BORROWED const char *dotfile);
// The nearest .ownck.json from directory 'start' up to the root, or NULL.
const char *config_find_dotfile(MUT_BORROW Arena *a, BORROWED const char *start);
// Does an "exclude" pattern of 'cfg' match 'path'?
bool config_excludes(BORROWED const Config *cfg, BORROWED const char *path);
// --dump-config: the effective configuration, as JSON.
void config_dump(BORROWED const Config *cfg, FILE *out);

// ---- diag.c ----
// A finding is data: the checks fill Diags through a Sink, the renderers in report.c
// format them.
typedef struct Label {
  Span span;
  const char *msg;       // "value moved here"
} Label;

// A fix-it: insert 'text' at 'at' (an empty span), or replace what 'at' covers.
typedef struct Fix {
  Span at;
  const char *text;
} Fix;

typedef struct Diag {
  Rule rule;
  Level level;
  Span span;             // primary
  const char *msg;       // headline: "use of moved value 'p'"
  const char *label;     // text under the primary ^^^: "value used here after move"; may be NULL
  Label *labels;         // secondary spans, in path order (allocated, moved, ...)
  int nlabels, caplabels;
  const char **notes;    // span-less notes ("= note: ...")
  int nnotes, capnotes;
  Fix *fixes;            // fix-its (--suggest), in the order they were added
  int nfixes, capfixes;
  const char *help;      // "= help: ..."; may be NULL
  const char *func;      // enclosing function, may be NULL
  const char *place;     // the place it is about ('p', 's->buf'), may be NULL
  int func_line;         // first line of the enclosing function (0: none)
  const char *fingerprint;  // set by diag_sort: rule, file, function, place, line in the function
  const char *fingerprint_text;  // the same with the text of its line instead of its number
  bool skipped;          // a tool note: the function was not checked (--fail-on-skipped)
  Level fail_on;         // the fail-on level of the Config that made it (its file's)
  bool suppressed;       // an 'ownck: allow(...)' comment covers it (suppress.c)
  const char *reason;    // the reason that comment gives, or NULL
  bool in_baseline;      // its fingerprint is in the --baseline: not new
} Diag;

// Files and diagnostics, with the arena they live in: one translation unit's (a
// TuResult's), or a whole run's once the driver has merged them.
typedef struct Results {
  Arena *arena;
  SrcFile **files;
  int nfiles, capfiles;
  Diag **diags;
  int ndiags, capdiags;
} Results;

OWNED Results *results_new(void);                // empty, with an arena of its own
void results_free(OWNED Results *r);
int res_file(MUT_BORROW Results *r, BORROWED const char *path);  // index; adds if new
// Line 'line' (1-based) of file 'file', without its newline; NULL if unavailable.
const char *src_line(MUT_BORROW Results *r, int file, int line, size_t *len);
// The whole text of file 'file' (read once, as src_line reads it), its length to
// '*len'; NULL if it cannot be read.
const char *src_text(MUT_BORROW Results *r, int file, size_t *len);
// The offsets at which the lines of 'text' start, as clang 19 numbers them: a line
// ends at "\n", "\r\n" or a lone "\r" (so "\n\r" ends two); the first is 0, and a
// final line end starts one more. Their number goes to '*n'.
int *line_starts(MUT_BORROW Arena *a, BORROWED const char *text, size_t len, int *n);
// The index of the line of 'off' in such a table of 'n' starts: of the last start at
// or before it (binary search).
int line_index(BORROWED const int *starts, int n, size_t off);
// The same, searched outwards from line 'hint' (a galloping search): cheaper when
// 'off' is near it, as when a front end reads the locations of one function in order.
int line_index_near(BORROWED const int *starts, int n, int hint, size_t off);
// Copies every file and diagnostic of 'from' into 'into' (file indices remapped).
void results_merge(MUT_BORROW Results *into, BORROWED const Results *from);

Diag *diag_new(MUT_BORROW Results *r, Rule rule, Level level, Span span, BORROWED const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
Diag *diag_tool(MUT_BORROW Results *r, Level level, Span span, BORROWED const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_label(MUT_BORROW Results *r, MUT_BORROW Diag *d, Span span, BORROWED const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void diag_note(MUT_BORROW Results *r, MUT_BORROW Diag *d, BORROWED const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_help(MUT_BORROW Results *r, MUT_BORROW Diag *d, BORROWED const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// Adds the fix-it "put 'text' at 'at'" to 'd'.
void diag_fix(MUT_BORROW Results *r, MUT_BORROW Diag *d, Span at, BORROWED const char *text);
// Sorts by file path, line, col, rule, msg (then every other field) and drops exact
// duplicates; then gives each diagnostic its fingerprints (paths in them relative to
// 'root', the --source-root, when given).
void diag_sort(MUT_BORROW Results *r, BORROWED const char *root);
int span_cmp(const Span *a, const Span *b);

typedef struct SinkSeen SinkSeen;
// Where the checks of one function put their findings: the one place that decides
// a finding's level (from the Config) and drops a repeat of one already made.
typedef struct Sink {
  Results *res;
  const Config *cfg;
  const char *func;      // the function being checked, in res's arena
  int func_line;
  Arena *scratch;        // holds the table of findings made (one function's)
  SinkSeen *seen;
  int nseen, capseen;
  Diag *again;           // set by sink_add when it declines a repeat: the earlier one
} Sink;

// A sink for the checks of function 'func' (starting at line 'func_line').
Sink sink_new(MUT_BORROW Results *res, BORROWED const Config *cfg, BORROWED const char *func, int func_line,
              MUT_BORROW Arena *scratch);
// A finding of 'rule' at 'at' about 'place', with the printf-formatted headline; NULL
// (and k->again set to the earlier one) if the same rule was already reported about
// the same place at the same position (another path, another flag valuation). A
// borrow finding (OWN004-OWN006) is about an access, and an access is one line: those
// repeat per line.
Diag *sink_add(MUT_BORROW Sink *k, Rule rule, Span at, BORROWED const char *place, BORROWED const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
Diag *sink_addv(MUT_BORROW Sink *k, Rule rule, Span at, BORROWED const char *place, BORROWED const char *fmt,
                va_list ap) __attribute__((format(printf, 5, 0)));
// Takes back finding 'd' of 'k' (a follow-on of another finding: the use after a move
// that a borrow conflict already explains).
void sink_drop(MUT_BORROW Sink *k, Diag *d);
// The findings 'k' made so far, in order: sink_nth(k, i) for i < sink_count(k) (NULL
// for one taken back).
int sink_count(BORROWED const Sink *k);
Diag *sink_nth(BORROWED const Sink *k, int i);

// ---- types of the program under analysis ----
// Annotation bits, read from __attribute__((annotate("ownck.*"))).
enum {
  ANN_OWNED = 1 << 0,
  ANN_BORROWED = 1 << 1,
  ANN_MUT_BORROW = 1 << 2,
  ANN_NULLABLE = 1 << 3,
  ANN_UNCHECKED = 1 << 4,
};

typedef struct Ann {
  unsigned bits;
  const char *owned_by;      // OWNED_BY(fn): fn's name, else NULL
  const char *borrowed_from; // BORROWED_FROM(param): param's name, else NULL
  Span span;                 // where the annotation was written (for OWN013)
} Ann;

// What kind of value a declaration holds; only pointers and owned handles are tracked.
typedef enum TyKind { TY_OTHER, TY_INT, TY_FLOAT, TY_POINTER, TY_ARRAY, TY_RECORD, TY_VOID } TyKind;

typedef struct Ty {
  TyKind kind;
  bool pointee_const;   // T const * (for pointers)
  bool is_fnptr;
} Ty;

typedef struct Summary Summary;

// Where a function is declared (its definition or a prototype), for fix-its that
// annotate it: the start of the declaration, and of each parameter's.
typedef struct SigDecl {
  Span start;           // an empty span (end == start) where the declaration starts
  Span *params;         // per parameter, the same
  int nparams;
  bool definition;
  bool macro;           // written through a macro: not edited
} SigDecl;

// A callee's signature as the caller sees it (declaration annotations, types), and,
// for a function defined in the analysed code, the summary of its body.
typedef struct FnSig {
  const char *name;
  Ann ret;
  Ty ret_ty;
  int nparams;
  Ann *params;
  Ty *param_ty;
  const char **param_names;
  bool variadic;
  bool noreturn;
  bool declared_noreturn;  // noreturn by its declaration (before summaries and models)
  bool system;          // declared in a system header (libc): unknown pointers are only read
  bool defined;         // the file defines it (its own 'strndup' is not libc's: no model)
  struct Model *attr_model;  // what clang's ownership_returns/takes/holds attributes say, or NULL
  const struct Model *model;  // the model of its name in 'model_in' (effects_prepare)
  const Models *model_in;     // the models 'model' is from, or NULL: not looked up yet
  bool is_static;       // internal linkage: another file's function of that name is another one
  bool called;          // some call of the analysed code calls it (summary.c)
  const Summary *sum;   // what its body does (summary.c), or NULL: not defined in the
                        // analysed code, not summarised (yet), or too uncertain
  SigDecl *decls;       // where it is declared outside system headers (--suggest)
  int ndecls, capdecls;
  Span decl;
} FnSig;

// How deep field places go ('a.b.c'): deeper paths are not tracked.
#define MAX_FIELD_DEPTH 3

typedef enum VarKind { VK_LOCAL, VK_PARAM, VK_GLOBAL, VK_TEMP, VK_FIELD } VarKind;

// A place: a named variable, a compiler temporary, or a field path rooted at one
// (parent != NULL: parent.field or parent->field).
typedef struct Var {
  int id;               // index in Func.vars
  VarKind kind;
  const char *name;     // "p", "s->buf", "$t3"
  Ty ty;
  Ann ann;
  Span decl;
  bool arrow;           // VK_FIELD: parent->field (else parent.field)
  bool in_union;        // VK_FIELD: a member of a union (it overlaps its siblings)
  bool elem_pointer;    // TY_ARRAY: an array of pointers ('MUT_BORROW int *slot[8]')
  bool is_static;       // static local: outlives the function
  bool is_const;        // const-qualified
  // A value the program never changes: a const integer with a constant initializer, or
  // an integer of static storage only this file sees (file-scope 'static', a static
  // local) that no code of the file writes or takes the address of. Conditions on it
  // are folded ('if (STATIC_FIVE == 5)', 'static int debug; if (debug)').
  bool has_value;       // 'value' is its initial value
  bool written;         // assigned, incremented or its address taken somewhere in the file
  bool addr_taken;      // '&v' appears somewhere in the file
  long long value;
  struct Var *parent;   // VK_FIELD
  const char *field;    // VK_FIELD: the member, or "[3]", "[i]" for an array element
  struct Var *index;    // an element "[i]": the local i (the element at i's current value)
  struct Var *fields;   // the field places rooted here (a list through next_field);
                        // a global's are kept per function by parse.c
  struct Var *next_field;
  struct FnSig *cleanup; // __attribute__((cleanup(fn))): called with &var at scope end
  // A global is shared by the file's functions; each function names it through a place
  // of its own (kind VK_GLOBAL, numbered in the function), whose 'global' is the shared
  // one, where 'written' and 'addr_taken' are kept.
  struct Var *global;
  struct Var *proxy;        // shared global: its place in 'proxy_of' (the function lowered)
  const struct Func *proxy_of;
} Var;

// The statement/expression tree parse.c builds (small and ours, in the style of
// chibicc's Node). Casts and parens are dropped; implicit conversions too.
typedef enum NodeKind {
  // statements
  N_BLOCK,      // { body... }: kids, scope of the Vars declared directly in it
  N_DECL,       // var [= init]; rhs = init (may be NULL)
  N_EXPR_STMT,  // lhs;
  N_IF,         // cond, then, els
  N_WHILE,      // cond, body
  N_DO,         // body, cond
  N_FOR,        // init (stmt or NULL), cond (NULL = forever), inc, body
  N_SWITCH,     // cond, body
  N_CASE,       // val (case value), rhs (GNU range end or NULL), body (first sub-stmt)
  N_DEFAULT,    // body
  N_BREAK,
  N_CONTINUE,
  N_GOTO,       // name; target resolved by cfg.c
  N_INDIRECT_GOTO,
  N_LABEL,      // name, body
  N_RETURN,     // lhs or NULL
  N_NULL_STMT,
  N_ASM,        // inline asm: fails the function closed
  // expressions
  N_VAR,        // var
  N_NULL,       // NULL, 0 in pointer context, nullptr
  N_NUM,        // integer literal: num
  N_OTHER_LIT,  // string, float, char literal; a function or label address (name
                // then describes the storage: "a string literal", "the function 'f'")
  N_ADDR,       // &lhs
  N_DEREF,      // *lhs
  N_MEMBER,     // lhs.field / lhs->field (arrow); var set when it names a tracked place
  N_INDEX,      // lhs[rhs]
  N_CALL,       // callee sig (or NULL), lhs = callee expr when indirect, kids = args
  N_ASSIGN,     // lhs = rhs
  N_OPASSIGN,   // lhs op= rhs
  N_INCDEC,     // ++/-- lhs (pre or post)
  N_NOT,        // !lhs
  N_LOGAND,     // lhs && rhs
  N_LOGOR,      // lhs || rhs
  N_EQ, N_NE, N_LT, N_LE, N_GT, N_GE,  // lhs op rhs
  N_BINARY,     // any other binary operator: lhs, rhs
  N_UNARY,      // any other unary operator (-, ~, +): lhs
  N_COND,       // cond ? then : els   (GNU a ?: b has then == NULL)
  N_COMMA,      // lhs, rhs
  N_STMT_EXPR,  // ({ ... }): body is an N_BLOCK; value is its last expression statement
  N_SIZEOF,     // unevaluated operand; no effects
  N_INIT_LIST,  // kids; dsts (the places they initialise)
  N_UNKNOWN,    // an expression we do not model: kids are still evaluated
} NodeKind;

typedef struct Node Node;
// No kind uses two of the fields that share a slot (the kinds' comments above say
// which each uses), so a field another kind shares reads as that kind's: read a
// node's fields after its kind. sqlite3.c has 385k Nodes: 106k variables, 47k
// numbers, 29k other nodes without slots.
struct Node {
  NodeKind kind;
  Span span;
  int nkids;
  bool arrow;          // N_MEMBER
  bool postfix;        // N_INCDEC
  bool in_union;       // N_MEMBER: the member of a union
  Var *var;            // N_VAR, N_DECL, N_MEMBER and N_INDEX (the place they name)
  union {
    Node **kids;       // N_BLOCK, N_CALL, N_INIT_LIST, N_ASM, N_UNKNOWN (nkids of them)
    long long num;     // N_NUM value; N_SWITCH: enumerators of its enum type (0: not
                       // an enum); N_INCDEC, N_BINARY, N_OPASSIGN: +1 for ++, + and +=,
                       // -1 for --, - and -= (0: another operator); N_MEMBER: the
                       // member's offset in bytes (-1: unknown)
  };
  union {
    FnSig *sig;        // N_CALL
    const char *name;  // N_GOTO, N_LABEL, N_OTHER_LIT, N_MEMBER field name
    Var **scope;       // N_BLOCK / N_FOR / N_STMT_EXPR: Vars declared in this scope
                       // (NULL-terminated, or NULL for none)
    Var **dsts;        // N_INIT_LIST: per kid, the field place it initialises ('{.w =
                       // &x}' of 'v': v.w) or NULL; NULL when it initialises none
  };
  // The children, in four slots (ir_next_child walks them in this order). A node is
  // allocated with the slots its kind uses (ir_nslots), and a variable or a number
  // without what follows its var or num (ir_node_size).
  union { Node *lhs; Node *cond; };
  union { Node *rhs; Node *then; Node *init; };
  union { Node *els; Node *inc; Node *val; };
  Node *body;
};

// How many of the four child slots a node of kind 'k' has: the first ones, as far as
// the last its kind uses. None for a leaf (a variable, a literal, a jump) or a node
// whose only children are its kids.
static inline int ir_nslots(NodeKind k) {
  switch (k) {
  case N_VAR: case N_NULL: case N_NUM: case N_OTHER_LIT: case N_SIZEOF:
  case N_BREAK: case N_CONTINUE: case N_NULL_STMT: case N_GOTO: case N_INDIRECT_GOTO:
  case N_BLOCK: case N_INIT_LIST: case N_ASM: case N_UNKNOWN:
    return 0;
  case N_EXPR_STMT: case N_RETURN: case N_ADDR: case N_DEREF: case N_MEMBER: case N_CALL:
  case N_INCDEC: case N_NOT: case N_UNARY:
    return 1;  // lhs
  case N_DECL: case N_INDEX: case N_ASSIGN: case N_OPASSIGN: case N_LOGAND: case N_LOGOR:
  case N_EQ: case N_NE: case N_LT: case N_LE: case N_GT: case N_GE: case N_BINARY: case N_COMMA:
    return 2;  // lhs, rhs
  case N_IF: case N_COND:
    return 3;  // cond, then, els
  default:
    return 4;  // body
  }
}

// The bytes to allocate for a node of kind 'k': 40 for a variable, 48 for a number or
// NULL (N_NULL is a zero N_NUM), 56 for another kind without slots, 8 more per slot.
static inline size_t ir_node_size(NodeKind k) {
  return k == N_VAR ? offsetof(Node, kids)
         : k == N_NUM || k == N_NULL ? offsetof(Node, sig)
         : offsetof(Node, lhs) + sizeof(Node *) * (size_t)ir_nslots(k);
}

typedef struct Func {
  const char *name;
  Span span;           // the function's name in its definition
  Span end;            // the closing brace
  FnSig *sig;
  Var **vars;          // every place of the function: params, locals, temps, field paths
  int nvars, capvars;
  Var **params;
  int nparams;
  Node *body;          // N_BLOCK
  const char *skip;    // non-NULL: the function cannot be modelled ("computed goto")
  Span skip_at;
  bool unchecked;      // UNCHECKED: not checked
} Func;

// ---- parse.c (the only file that includes clang-c) ----
typedef struct Tu {
  Results *res;        // where clang's errors go (tool diagnostics)
  void *index;         // the CXIndex to parse with (parse_index_new), or NULL for one of its own
  const char *dir;     // the compile's working directory (relative paths are made absolute), or NULL
  const char *focus;   // a header whose functions are checked too (named with -p), or NULL
  bool want_deps;      // fill deps
  bool want_decls;     // hang on each FnSig where it is declared (SigDecl: --suggest's fix-its)
  const char **deps;   // every file the translation unit read (main file and includes)
  int ndeps, capdeps;
  Arena *arena;        // per translation unit: Nodes, Vars, sigs, strings
  const char *path;
  Func **funcs;        // functions defined in the main file, in source order
  int nfuncs, capfuncs;
  Var **globals;
  int nglobals, capglobals;
  FnSig **sigs;        // every function declared or defined, once each
  int nsigs, capsigs;
  struct SumImport *imports;  // the summaries of other files' functions it used (summary.c)
  int nimports, capimports;
  int clang_errors;    // errors clang reported in the file (-1: libclang failed outright)
} Tu;

// The value of 'v' if it never changes (Var.has_value): then true.
static inline bool var_fixed_value(const Var *v, long long *out) {
  if (v->global)
    v = v->global;
  if (!v->has_value || (v->written && !v->is_const))
    return false;
  *out = v->value;
  return true;
}
// Is the address of 'v' taken anywhere in the file?
static inline bool var_addr_taken(const Var *v) { return (v->global ? v->global : v)->addr_taken; }

// Parses 'path' with compiler flags argv[0..argc) and lowers every function defined
// in it. Returns false if clang could not parse it: its first errors are then tool
// Diags in tu->res and tu->clang_errors says how many there were.
bool parse_tu(MUT_BORROW Tu *tu, BORROWED const char *path, int argc, const char *const *argv);
// A libclang index (CXIndex) for one thread to parse with, and its disposal.
void *parse_index_new(void);
void parse_index_free(void *index);
// Same, from an in-memory buffer (tests and fuzzing).
bool parse_tu_string(MUT_BORROW Tu *tu, BORROWED const char *name, BORROWED const char *text, int argc,
                     const char *const *argv);

// ---- ir.c ----
// Constructors and walkers of the IR, without libclang. A Func is not changed after
// the front end: temporaries belong to the Cfg that makes them.
typedef struct Cfg Cfg;
Var *func_new_var(MUT_BORROW Arena *a, MUT_BORROW Func *f, VarKind kind, BORROWED const char *name);
Var *cfg_new_temp(MUT_BORROW Arena *a, MUT_BORROW Cfg *g, Ty ty);
Var *cfg_new_field(MUT_BORROW Arena *a, MUT_BORROW Cfg *g, Var *base, BORROWED const Var *like);
Var *cfg_field(BORROWED const Cfg *g, BORROWED const Var *base, BORROWED const char *name);
void ir_forget_values(MUT_BORROW Tu *tu);  // no static keeps a fixed value
// The value of the integer expression 'e' if it is the same on every execution
// (literals, enumerators, fixed variables, and !, comparisons, && and || of them).
bool ir_const_value(BORROWED const Node *e, long long *out);
// The children of 'n', for a walk over the tree: its four slots (lhs/cond,
// rhs/then/init, els/inc/val, body) where not empty, then its kids in order.
// Walk them with 'for (int i = 0; (c = ir_next_child(n, &i));)'. Inline: the walkers
// take every node's children several times per analysis.
enum { IR_SLOTS = 4 };
static inline Node *ir_next_child(BORROWED const Node *n, int *i) {
  int nslots = ir_nslots(n->kind);
  for (; *i < nslots; ++*i) {
    Node *c = *i == 0 ? n->lhs : *i == 1 ? n->rhs : *i == 2 ? n->els : n->body;
    if (c) {
      ++*i;
      return c;
    }
  }
  if (*i < IR_SLOTS)
    *i = IR_SLOTS;
  while (*i < IR_SLOTS + n->nkids) {
    Node *c = n->kids[(*i)++ - IR_SLOTS];
    if (c)
      return c;
  }
  return NULL;
}
// A place declared OWNED (or OWNED_BY).
static inline bool var_is_owner(const Var *v) { return v && (v->ann.bits & ANN_OWNED); }
// The pointer whose object the field place 'v' is a member of ('p' for 'p->a.b',
// 'p->a' for 'p->a->b'), or NULL for a member of a variable ('s.a').
static inline Var *member_base(const Var *v) {
  for (; v && v->kind == VK_FIELD; v = v->parent)
    if (v->arrow)
      return v->parent;
  return NULL;
}

// ---- annotate.c ----
// Reports annotations of 'f' (signature, parameters, locals, fields used) that
// cannot apply or contradict each other (OWN013), and drops those that cannot apply.
void annotate_check(MUT_BORROW Sink *k, MUT_BORROW Func *f);

// ---- cfg.c ----
// Ops are the flattened effects of one basic block, in evaluation order.
typedef enum OpKind {
  OP_DECL,      // var comes into scope, uninitialised
  OP_ASSIGN,    // dst = src
  OP_CALL,      // dst (a temp or NULL) = sig(args...)
  OP_USE,       // the value of var is read (passed on, compared, stored elsewhere)
  OP_DEREF,     // var is dereferenced to read (*p, p->f, p[i])
  OP_WRITE,     // var is dereferenced to write (*p = x, p->f = x)
  OP_RETURN,    // return src (src.kind V_NONE for a void return)
  OP_KILL,      // vars leave scope (block end, break, goto, return) or temps die
  OP_ADVANCE,   // the pointer var moves within its object ('p++', 'p += n'): off says where
} OpKind;

typedef enum ValKind {
  V_NONE,     // nothing (void return)
  V_VAR,      // the value held by var
  V_ADDR,     // &var
  V_NULL,     // a null pointer / invalid handle literal
  V_LOAD,     // a value read through a pointer (*p, p[i], p->f that is not a place)
  V_OTHER,    // any other computed value (arithmetic, literal)
  V_STORAGE,  // the address of storage nobody allocated: a string literal, a function,
              // a label ('what' says which)
} ValKind;

// What an assignment's source is known to be, for path-sensitive flags.
typedef enum Konst { K_UNKNOWN, K_ZERO, K_NONZERO } Konst;

// Where a pointer value points in the object it points into.
typedef enum Off {
  OFF_START,   // its start: 'p', '&p[0]', '&o->first_member'
  OFF_INSIDE,  // past its start: 'p + 1', '&p[3]', '&o->later_member'
  OFF_ANY,     // unknown: 'p + n', 'p - 1' (maybe back at the start)
} Off;

typedef struct Value {
  ValKind kind;
  Var *var;
  Konst konst;       // an integer constant: known zero or non-zero (realloc(p, 0))
  Off off;           // V_VAR: 'var + off' ('p + 1' is var p, OFF_INSIDE); V_ADDR with into
  Var *into;         // V_ADDR of a member through a pointer ('&o->m'): the pointer 'o'
  const char *what;  // V_STORAGE: "a string literal", "the function 'f'", ...
  Var *base;      // V_LOAD: the place it is read through ('*p', 'p[i]'), or NULL
} Value;

typedef struct Path Path;

typedef struct Op {
  OpKind kind;
  Span span;
  Var *dst;       // OP_ASSIGN target; OP_CALL result (NULL if unused); OP_DECL var
  Value src;      // OP_ASSIGN, OP_RETURN
  Var *var;       // OP_USE, OP_DEREF, OP_WRITE
  FnSig *sig;     // OP_CALL (NULL for an unknown indirect callee)
  Value *args;    // OP_CALL
  Span *arg_spans;
  int nargs;
  Var **vars;     // OP_KILL
  int nvars;
  Off off;        // OP_ADVANCE: where var points in its object now
  bool into_aggregate;  // OP_ASSIGN with dst NULL: an element of an initializer list
  Konst konst;          // OP_ASSIGN: the source is an integer constant (flags: 'done = 1')
  long long kval;       // ... and its value
  const Path *path;     // the place accessed, when known: OP_ASSIGN its destination,
                        // OP_DEREF the place read, OP_WRITE the place written, OP_USE
                        // the place read (places.c)
  const Path *src_path; // OP_ASSIGN, OP_RETURN: the place the source reads, or whose
                        // address it is (Path.addr); NULL when it names none
  const Path **arg_paths;  // OP_CALL: the same per argument (NULL entries), or NULL
  int *args_at;         // OP_CALL: per argument, the index in its block of the first op
                        // its evaluation emitted (-1: another block); NULL if none
  bool in_address;      // OP_USE, OP_DEREF: part of computing an address ('&p->f',
                        // '&a[i]'): the pointer is read, what it points to is not
} Op;

// A branch condition the ownership pass can refine on.
typedef enum CondKind {
  C_NONE,      // nothing known: both edges carry the same state
  C_NONNULL,   // s1: var is non-null / a valid handle (>= 0); s2: null / invalid
  C_NONZERO,   // s1: the integer var is != k (0: status codes); s2: it is == k
  C_ABOVE_STD, // s1: the descriptor is above the standard streams ('fd > 2'); s2: it
               // is one of them (kept open on purpose) or invalid
  C_GT,        // s1: the integer var > k; s2: var <= k ('if (n > 64)', 'if (i < 10)')
  C_SAME,      // s1: the pointer var != other (a pointer or an array); s2: they are equal
               // ('if (buf != stackbuf) free(buf)')
} CondKind;

typedef struct Cond {
  CondKind kind;
  Var *var;
  long long k;   // C_NONZERO, C_GT: the constant var is compared to ('x == 5': s1 is x != 5)
  Var *other;    // C_SAME: what var is compared to
} Cond;

typedef struct Block {
  int id;
  Op *ops;
  int nops, capops;
  struct Block *s1, *s2;  // s1: next / true edge; s2: false edge (only with a branch)
                          // with a Cond, s1 is the non-null / valid / non-zero edge
  Cond cond;              // the branch, when s2 != NULL
  Span term;              // where the block's terminator is (return, goto, branch)
  bool is_exit;           // the function's single exit block
  bool noreturn_end;      // ends in a noreturn call: no successors
  bool doomed;            // every path from it ends the process (a noreturn call, main's
                          // return) without looping: what it holds, the system takes back
  struct Block **preds;
  int npreds, cappreds;
  int rpo;                // index in Cfg.rpo, -1 if unreachable
  const char *what;       // for cfg_dump: "entry", "if.then", "while.cond", ...
} Block;

typedef struct Cfg {
  Func *func;
  Var **vars;             // every place: the function's (ids 0..func->nvars), then the
  int nvars, capvars;     // temporaries of this Cfg (cfg_new_temp), numbered on
  Block **blocks;         // blocks[0] is the entry
  int nblocks, capblocks;
  Block *exit;
  Block **rpo;            // reachable blocks in reverse post-order
  int nrpo;
  const char *skip;       // the CFG could not be built: reason (fail closed)
  Span skip_at;
} Cfg;

Cfg *cfg_build(MUT_BORROW Arena *a, MUT_BORROW Func *f);
void cfg_dump(BORROWED const Cfg *g, FILE *out);

// ---- places.c ----
// Place paths: a root (local, parameter, global or temporary), then field,
// dereference and index steps ('s->f[i]' is s, *, .f, [ ]). Two paths overlap when
// one is a prefix of the other, where members of one union overlap each other and
// array elements are not told apart ('a[0]' overlaps 'a[1]').
typedef enum StepKind { STEP_FIELD, STEP_DEREF, STEP_INDEX } StepKind;

typedef struct Step {
  StepKind kind;
  const char *field;    // STEP_FIELD
  bool in_union;        // STEP_FIELD: a member of a union
} Step;

struct Path {
  Var *root;
  Step *steps;
  int nsteps;
  Span span;            // the expression that named it
  bool addr;            // as a value: the address of this place ('&p->f'), not its contents
};

// The path of place 'v' (a variable or a field place rooted at one), in 'a'.
const Path *path_of_var(MUT_BORROW Arena *a, BORROWED const Var *v, Span at);
// 'p' with one more step.
Path *path_step(MUT_BORROW Arena *a, BORROWED const Path *p, Step s, Span at);
// Do places 'a' and 'b' overlap: is one a prefix of the other (union members and
// array elements overlapping)?
bool place_overlaps(BORROWED const Path *a, BORROWED const Path *b);
// Is 'a' a prefix of 'b' (or 'b' itself), union members and elements overlapping?
bool place_prefix(BORROWED const Path *a, BORROWED const Path *b);
// The number of dereference steps in the first 'n' steps of 'p'.
int path_derefs(BORROWED const Path *p, int n);
// 'p' as C: "s->f[]", "*p", "u.i", in 'a'.
const char *path_name(MUT_BORROW Arena *a, BORROWED const Path *p);

// ---- dataflow.c ----
// A generic worklist solver over a Cfg's reachable blocks, forward or backward.
typedef struct Domain {
  size_t size;                                         // bytes of one state
  bool backward;                                       // solve against the edges
  // The boundary state: forward, at the entry; backward, at the end of every block
  // without successors (the exit, a noreturn call).
  void (*init_entry)(void *ctx, void *state);
  void (*init_bottom)(void *ctx, void *state);         // the unreached state
  bool (*join)(void *ctx, void *dst, const void *src); // dst |= src; true if dst changed
  // Forward: applies one block, 'in' -> out1 (s1 edge) and out2 (s2 edge, if the block
  // branches). What out1 and out2 hold may live only until the next transfer: the
  // solver joins them into the blocks' states (which keep copies) before that. The
  // transfer may give only what changed since the block's last transfer (what 'in'
  // gave then is in the successors' states already), and mark in 'in' what it did.
  void (*transfer)(void *ctx, const Block *b, void *in, void *out1, void *out2);
  // Backward: applies one block against its flow, 'out' (at its end) -> 'in'.
  void (*transfer_back)(void *ctx, const Block *b, const void *out, void *in);
  // Optional, forward: a join that settles sooner (a widening: dst |= src, maybe more),
  // which the solver uses for a block whose state has changed WIDEN_AFTER times.
  bool (*widen)(void *ctx, void *dst, const void *src);
} Domain;

typedef struct Solution {
  void **state;           // per block id (NULL if unreachable): forward, the state at
                          // its entry; backward, at its end
  bool complete;          // false if a limit was reached
  bool out_of_time;       // the limit reached was the time limit
  bool out_of_memory;     // ... the memory limit
  long steps;
} Solution;

typedef struct Limits {
  long steps;         // block transfers at most
  double seconds;     // CPU seconds of the calling thread at most (0: no limit)
  size_t bytes;       // of the scratch arena at most (0: no limit)
} Limits;

Solution dataflow_run(MUT_BORROW Arena *scratch, BORROWED const Cfg *g, BORROWED const Domain *d, void *ctx,
                      Limits limits);

// ---- effects.c ----
// What a call does to each argument and to its result: the one answer the ownership
// and borrow passes share, with one precedence: annotation > summary (to come) >
// model > the default for unknown callees.
typedef enum Role {
  R_READ,     // read (or borrowed) for the call, never released
  R_ESCAPE,   // the callee may keep it: still the caller's, never reported leaked
              // unless --strict
  R_RELEASE,  // released (free, fclose)
  R_MOVE,     // ownership passes to the callee (OWNED parameter, "move" model)
  R_OUT,      // &p receives a new owner on success (posix_memalign)
  R_INOUT,    // &p holds NULL or an owner, which the call may replace (getline)
  R_REALLOC,  // released on success, the caller's again on failure (realloc)
  R_REOPEN,   // a handle closed if open, then reused (dup2's newfd)
  R_KEEP,     // the callee keeps it, or releases it on some paths only (a summary): no
              // longer the caller's to leak, not even with --strict, but still usable
} Role;

typedef enum ResKind {
  RES_NONE,     // nothing to follow (a scalar, or a pointer the model says nothing of)
  RES_OWNED,    // a new owner of ResultEffect.family
  RES_STATIC,   // storage nobody owns (getenv; alloca's with .stack): releasing it is OWN009
  RES_ALIAS,    // the value of argument ResultEffect.arg itself (memcpy, freopen)
  RES_BORROW,   // points into argument .arg's object (strchr)
  RES_EXTERNAL, // a NULLABLE pointer the caller does not own
  RES_UNKNOWN,  // a pointer from an unannotated, unmodelled callee: someone else's
} ResKind;

typedef struct ResultEffect {
  ResKind kind;
  const char *family;  // RES_OWNED: the releaser it needs, or NULL for any
  FailKind fail;       // how the call reports failure
  int arg;             // RES_ALIAS, RES_BORROW: the argument; else -1 or a model's ret_arg
  bool nullable;       // declared NULLABLE
  bool stack;          // RES_STATIC: on the stack (alloca)
  bool reallocates;    // RES_OWNED that takes over an R_REALLOC argument on success
  bool quiet;          // RES_OWNED: NULL only on bad input (a summary's): no OWN012 warning
} ResultEffect;

// What a call may do to the fields of what an argument points to (or of the struct
// whose address it is): nothing; maybe anything (an unknown callee: what the fields
// held may have been kept, but is not known to be gone); or, by the callee's summary,
// overwritten or released them.
typedef enum Touch { TOUCH_NONE, TOUCH_MAY, TOUCH_YES } Touch;

// Looks up the model of each signature of a parsed file once, before its analyses,
// which ask effects_model at every call they transfer.
void effects_prepare(BORROWED const Config *cfg, MUT_BORROW Tu *tu);
// The model in force for callee 'sig': NULL when its declaration is annotated (an
// annotation beats a model) or no model names it.
const Model *effects_model(BORROWED const Config *cfg, BORROWED const FnSig *sig);
// What the call 'call' (whose model effects_model gave as 'm') does to argument 'i';
// the family a release or move needs goes to '*family' (NULL: any).
Role effects_arg(BORROWED const Config *cfg, BORROWED const Op *call, BORROWED const Model *m, int i,
                 const char **family);
ResultEffect effects_result(BORROWED const Config *cfg, BORROWED const Op *call, BORROWED const Model *m);
// The family OWNED_BY(fn) names: the family fn releases when it is a modelled
// releaser (OWNED_BY(xfree)), else fn itself.
const char *effects_family(BORROWED const Config *cfg, BORROWED const char *owned_by);
// A model RET_OWNED whose result is, on success, one of its arguments (freopen).
bool effects_same_arg(BORROWED const Model *m, BORROWED const Op *call);
bool effects_out_args(BORROWED const Model *m);    // has OUT_OWNED or INOUT_OWNED arguments
bool effects_out_owned(BORROWED const Model *m);   // has OUT_OWNED arguments (owned on success)
const char *effects_out_family(BORROWED const Model *m);
bool effects_reallocates(BORROWED const Model *m); // has a RELEASE_ON_SUCCESS argument
// The summary of 'sig' in force: NULL when it has none or its declaration is annotated.
const Summary *effects_summary(BORROWED const FnSig *sig);
// What the call 'call' may do to field 'field' (the first level below what argument
// 'i' points to; NULL: some field) of the object argument 'i' points to.
Touch effects_touch(BORROWED const Op *call, BORROWED const Model *m, int i, BORROWED const char *field);

// ---- lattice.c ----
// The ownership lattice of one function: which facts each tracked place holds of each
// abstract object, per valuation of the function's flags (the model and the Hasse
// diagram are at the top of lattice.c).
enum {
  S_OWNED = 1 << 0,     // this function must release or move it
  S_NULL = 1 << 1,      // may be NULL / an invalid handle
  S_MOVED = 1 << 2,     // moved out (OWNED parameter, returned)
  S_RELEASED = 1 << 3,  // released (free, fclose, ...)
  S_ESCAPED = 1 << 4,   // stored where we cannot follow it: never reported as a leak
  S_EXTERNAL = 1 << 5,  // alive but owned by a caller: never reported as a leak
  S_REALLOC = 1 << 6,   // passed to realloc: released if the new block is non-NULL
  S_STATUS = 1 << 7,    // held by a status result (posix_memalign's int), not a pointer:
                        // testing it decides whether the out-parameter owns
  S_INTERIOR = 1 << 8,  // the place points inside it, past its start ('p++', 'p + 64'):
                        // releasing through it is OWN009 (a property of the place, like
                        // S_STATUS: what happens to the object leaves it alone)
  S_LOAN = 1 << 9,      // the place points into it by a borrow of its owner (strchr's
                        // result, a pool's block): using it needs the object alive, but
                        // the place is no holder: it keeps nothing from leaking, and
                        // giving it away hands nothing over (a property of the place)
};
typedef uint16_t FactSet;  // S_* bits

typedef struct Obj {
  Span at;              // allocation site, or the parameter / declaration
  FailKind fail;        // how the creating call reports failure (FAIL_NONE: cannot fail)
  bool is_static;       // storage nobody owns (getenv's result): releasing it is OWN009
  const char *origin;   // allocating function, NULL for parameters and declarations
  const char *family;   // the releaser it needs ("free", "fclose"), NULL if any
  const char *what;     // "memory", "FILE stream", ...
  Var *param;           // owned or unannotated pointer parameter
  bool nullable_ann;    // NULLABLE: dereferencing before a check is an error
  bool quiet_null;      // NULL only on its maker's bad input: dereferencing it unchecked is no warning
  bool from_realloc;
  int partner;          // another object of the same call that exists only if this
                        // one does (open_memstream's buffer and its stream), or -1
  bool external;        // a value someone else owns (an unannotated call's pointer
                        // result, a pointer loaded from memory): never leaked
  const FnSig *sig;     // the call that creates it, or NULL
  int old;              // recency abstraction: the object standing for the earlier
                        // instances from the same site (-1 for one-off objects)
  // Storage nobody allocated that a pointer is set to ('p = buf', 'p = &x', 'p = "lit"',
  // alloca's): is_static, and 'nonheap' says what it is ("'buf', an array on the
  // stack"); 'storage' is the variable it is the address of, if any ('buf').
  const char *nonheap;
  Var *storage;
} Obj;

enum { MAX_FLAGS = 32, MAX_SLOTS = 8 };
enum { SITE_MOVED, SITE_RELEASED };  // the two sites kept per object

// One valuation's state, sparse: its size follows what is live, not the function.
typedef struct Fact {     // place t holds object o with facts f (never 0)
  int32_t t, o;
  FactSet f;
} Fact;
typedef struct ObjRec {   // an object some place holds: where it was moved, released; its guards
  int32_t o;
  int32_t site[2];
  uint8_t guard[2];
} ObjRec;
typedef struct Moved {    // place t was moved out at 'site'
  int32_t t, site;
} Moved;

typedef struct Val {
  bool reached;            // in use (a state has up to MAX_SLOTS valuations)
  bool fresh;              // a block's state: changed since the block's last transfer
  uint8_t recent;          // 1 + the flag set or tested last, or 0
  uint32_t dead;           // the flags no path from here needs (lat_flag_forget)
  uint8_t key[MAX_FLAGS];  // per flag: K_UNKNOWN, K_ZERO or K_NONZERO
  Fact *facts;             // sorted by place, then object
  int nfacts, capfacts;
  ObjRec *recs;            // sorted by object
  int nrecs, caprecs;
  Moved *moved;            // sorted by place
  int nmoved, capmoved;
} Val;

// A snapshot of one place's facts (what it held before an assignment, say).
typedef struct Held {
  int n;
  int32_t *o;
  FactSet *f;
} Held;

// A set of objects of one function, reused: object 'o' is in it when at[o] == stamp.
typedef struct Marks {
  uint32_t *at;
  uint32_t stamp;
} Marks;

// The shape of one function's states: what objects.c found.
typedef struct Lattice {
  int ntracked;         // places with facts
  Var **tvars;          // tracked index -> place
  int *tix;             // var id -> tracked index, or -1
  Obj *objs;
  int nobjs, capobjs;
  int nflags;           // flags: tests 'v != k' or 'v > k' whose outcome each path keeps
  int *flag_of;         // var id -> index of its flag with k == 0, or -1
  Var **flag_vars;      // flag index -> the tested integer or pointer 'v'
  long long *flag_k;    // flag index -> the constant 'k' it is compared to
  bool *flag_gt;        // flag index -> it tests 'v > k' (else 'v != k')
  uint32_t *flag_under; // var id (below nunder) -> the flags of it or of a field within it
  int nunder;
  uint32_t *flag_live;  // per block id: the flags still needed at its entry (NULL: no flags)
  int *path_flag;       // per block id: the path flag of its branch (no variable: a test of
                        // memory that decides which place holds what), or -1
  int nslots;           // valuations kept per state (1: flag-insensitive)
  size_t size;          // bytes of a state: nslots Vals
  Arena *a;             // where the arrays of the valuations grow (the function's scratch)
  struct Marks *marks;  // a set of objects, reused by the joins (lattice.c)
} Lattice;

// The tracked index of 'v', or -1 (untracked).
static inline int lat_tix(const Lattice *L, const Var *v) { return v->id >= 0 ? L->tix[v->id] : -1; }
// The flag testing 'v > k' (gt) or 'v != k', or -1.
int lat_flag_find(BORROWED const Lattice *L, BORROWED const Var *v, long long k, bool gt);

void lat_layout(MUT_BORROW Lattice *L, Arena *a);  // once ntracked, nobjs and nflags are known
// Facts: what place 't' holds of object 'o' (0: nothing); set it (0: remove); the
// facts of place 't' (contiguous, object ascending; 'n' of them); forget them all; a
// copy of them, and putting one back.
FactSet lat_get(BORROWED const Val *v, int t, int o);
void lat_put(BORROWED const Lattice *L, Val *v, int t, int o, FactSet f);
Fact *lat_row(BORROWED const Val *v, int t, int *n);
void lat_clear_row(Val *v, int t);
Held lat_snap(BORROWED const Lattice *L, BORROWED const Val *v, int t);
void lat_set_row(BORROWED const Lattice *L, Val *v, int t, BORROWED const Held *r);
FactSet held_get(BORROWED const Held *r, int o);
void held_put(BORROWED const Lattice *L, Held *r, int o, FactSet f);
// In every place that holds object 'o': clear the facts 'clear', then add 'set'.
// Whether a place holds it as a status result (S_STATUS) never changes.
void lat_obj_update(BORROWED const Lattice *L, Val *v, int o, FactSet clear, FactSet set);
// Place 't' was dereferenced: every object it holds but as NULL alone is not NULL,
// in every place that holds it (lat_obj_update of S_NULL for each), in one pass.
void lat_not_null(BORROWED const Lattice *L, Val *v, int t);
bool lat_held_anywhere(BORROWED const Val *v, int o);  // as a pointer, by some place
// Do two valuations hold the same facts, sites, guards and moved places (their keys
// aside)?
bool lat_same_state(BORROWED const Val *a, BORROWED const Val *b);
int32_t lat_moved_get(BORROWED const Val *v, int t);   // where place 't' was moved out, or 0
void lat_moved_set(BORROWED const Lattice *L, Val *v, int t, int32_t site);
int32_t lat_site_get(BORROWED const Val *v, int o, int k);  // SITE_MOVED or SITE_RELEASED of 'o', or 0
void lat_site_set(BORROWED const Lattice *L, Val *v, int o, int k, int32_t site);
void lat_copy_val(BORROWED const Lattice *L, Val *dst, const Val *src);  // into dst's own arrays
void lat_tidy(BORROWED const Lattice *L, Val *v);  // drops what no place holds, so equal valuations compare equal
// Finds the flags of the function 'g' (its ops 'ops'): sets nflags, flag_of, flag_vars.
// 'acts' (per block id, or NULL for all) says which blocks acquire or release something;
// 'paths': branches on memory may get path flags.
void lat_find_flags(MUT_BORROW Lattice *L, MUT_BORROW Arena *a, BORROWED const Cfg *g, const Op *const *ops,
                    int nops, const bool *acts, bool paths);
// What 'op' makes of the flags; false if no path goes on ('p->f' where 'p' is NULL).
bool lat_flag_op(BORROWED const Lattice *L, Val *slot, BORROWED const Op *op);
// Going to block 'to': the flags no path from there needs are marked dead, to be
// forgotten first when a state runs out of valuations.
void lat_flag_forget(BORROWED const Lattice *L, Val *slot, BORROWED const Block *to);
// Edge s1 (non-zero, non-null) or s2 of a branch on a flag: false if the valuation
// 'slot' contradicts it; objects guarded by the other value are dropped.
bool lat_flag_edge(BORROWED const Lattice *L, Val *slot, BORROWED const Block *b, bool s1);
// Allocation site 'o' runs again: its previous instance joins the twin that stands for
// the earlier ones (recency abstraction).
void lat_age(BORROWED const Lattice *L, Val *S, int o);
// States (L->nslots Vals).
void lat_init_bottom(BORROWED const Lattice *L, void *S);  // no valuation reached
void lat_init_entry(BORROWED const Lattice *L, void *S);   // one valuation, every flag unknown
bool lat_join_val(BORROWED const Lattice *L, Val *dst, const Val *src);  // one valuation into another
// A (tidy) valuation into a state. If it gets a valuation of its own, that one takes
// the arrays of 'slot' (true): the state must then not outlive them, nor 'slot' be
// used again.
bool lat_join_slot(BORROWED const Lattice *L, void *S, Val *slot);
bool lat_join(BORROWED const Lattice *L, void *dst, const void *src);  // dst |= src; true if dst changed
bool lat_join_wide(BORROWED const Lattice *L, void *dst, const void *src);  // ... into the valuations dst has
// A join marks the valuations it changed 'fresh' (Val.fresh); a block's transfer does
// only those. This makes every valuation of 'S' fresh, for a transfer of them all.
void lat_refresh(BORROWED const Lattice *L, void *S);
void lat_copy_state(BORROWED const Lattice *L, void *dst, const void *src);  // a deep copy
// The order: for every valuation of the flags, 'x' gives at most the facts 'y' gives.
bool lat_leq(BORROWED const Lattice *L, const void *x, const void *y);

// ---- objects.c ----
// The pre-pass of the ownership pass: its ops numbered, the objects each call,
// parameter and declaration creates, and the places that can ever hold one.
typedef struct Prep {
  const Op **ops;       // per ordinal (ops numbered block by block)
  int nops;
  int *block_base;      // ordinal of each block's first op
  int *op_obj;          // per op ordinal: the object it creates, or -1
  int *op_out;          // per op ordinal: the object its out-parameters receive, or -1
  bool with_external;   // the function releases something: follow objects others own
  int null_obj;         // the object a pointer set to NULL holds ('d = NULL; d = realloc(d,
                        // n)' is malloc), made in functions that reallocate; else -1
} Prep;

// Fills 'P' and the objects, tracked places and flags of 'L' for 'g', then its layout.
// What the storage the value 'v' points to is, when nobody allocated it ("'buf', an
// array on the stack", "a string literal"), else NULL.
const char *objects_nonheap(MUT_BORROW Arena *a, Value v);
// With 'ghosts' (summary mode: per parameter, a place nothing else writes, or NULL),
// every pointer parameter, and every handle parameter the function releases, gets an
// object, which its ghost also holds from the entry on; objects others own are
// followed in any case.
void objects_prepare(MUT_BORROW Lattice *L, MUT_BORROW Prep *P, MUT_BORROW Arena *a, BORROWED const Cfg *g,
                     BORROWED const Config *cfg, Var *const *ghosts);

// ---- ownership.c ----
// Runs the ownership checks over one function; findings go to 'k'.
void own_check(MUT_BORROW Sink *k, MUT_BORROW Arena *scratch, BORROWED const Cfg *g);
// The pieces of own_check, for tests: one function prepared for the pass (in
// 'scratch'), its Domain for dataflow_run (whose ctx is the Own), and its lattice.
typedef struct Own Own;
Limits own_limits(BORROWED const Config *cfg, BORROWED const Cfg *g);  // a function's budget
Own *own_prepare(MUT_BORROW Arena *scratch, BORROWED const Cfg *g, BORROWED const Config *cfg);
Domain own_domain(BORROWED const Own *c);
const Lattice *own_lattice(BORROWED const Own *c);

// Summary mode: what one function does with its parameters and its result, observed
// by the ownership pass itself (nothing is reported); summary.c makes a Summary of it.
typedef struct ParamObs {
  bool tracked;           // the parameter had an object (a pointer, or a released handle)
  bool released_all;      // released or moved on every path to the end (NULL paths aside)
  bool released_some;     // ... on some path
  bool moved;             // moved (into an OWNED parameter) on some path
  bool realloc_some;      // passed to realloc, success not decided at the end
  const char *family;     // the family it is released with; NULL: none, or several
  bool family_mixed;
  bool stored;            // stored where it outlives the call (a global, a caller's
                          // struct, '*out', a callee that keeps it), on some path
  bool escaped;           // passed to a function that may keep it, on some path
  bool kept_maybe;        // '&p' given to a function that may release or keep '*&p'
} ParamObs;

typedef struct Observed {
  bool complete;          // the analysis finished (else nothing below holds)
  bool returns;           // some path reaches the end
  ParamObs *params;       // per parameter of the function
  // the result, joined over every 'return' and every valuation reaching it
  bool ret_null;          // NULL (or a negative handle) on some path where an allocation failed
  bool ret_null_input;    // NULL on some path where none did (bad arguments, nothing found)
  uint8_t *null_keys;     // per parameter: its flag's values (1 << Konst) where ret_null
  bool ret_other;         // something no summary describes, on some path
  bool ret_fresh;         // an owner made here (by an allocator), on some path
  const char *ret_family; // its family (ret_family_mixed: several)
  bool ret_family_mixed;
  FailKind ret_fail;      // how the allocator of a maybe-failed owner fails
  bool ret_realloc;       // the owner comes from realloc (or a wrapper of it)
  int ret_param;          // the parameter whose object is returned: -1 none, -2 several
  int ret_field;          // the parameter a field of which is returned: -1 none, -2 several
} Observed;

// Runs the ownership pass over 'g' in summary mode (it adds the parameters' ghost
// places to 'g') and says what it saw, in 'scratch'.
Observed own_observe(MUT_BORROW Arena *scratch, MUT_BORROW Cfg *g, BORROWED const Config *cfg);

// ---- summary.c ----
// What a function defined in the analysed code does, read off its body (own_observe)
// and used at its call sites as a model would be (effects.c): annotation > summary >
// model > the default. Computed bottom-up over the call graph (docs/analysis.md).
typedef struct ParamSum {
  Role role;              // R_READ, R_RELEASE, R_MOVE, R_REALLOC, R_KEEP or R_ESCAPE
  const char *family;     // R_RELEASE, R_MOVE, R_REALLOC: the family; NULL: any (or several)
  bool released_some;     // released or moved on some path (R_KEEP's reason)
  bool stored;            // stored where it outlives the call, on some path
  bool value;             // a plain value (not a pointer, not a released handle)
  bool touch_all;         // overwrites or releases any field of what it points to
  bool touch_may;         // passes it on to a function that may change any field
  bool frees_pointee;     // releases (or keeps) what it points to ('free(*pp)')
  const char **touched;   // else: the fields (first level) it overwrites or releases
  int ntouched;
} ParamSum;

struct Summary {
  int nparams;
  ParamSum *params;
  ResKind res;            // RES_OWNED (a new owner), RES_ALIAS (parameter 'arg' itself),
                          // RES_BORROW (a field of parameter 'arg'), else RES_NONE
  const char *family;     // RES_OWNED: its family; NULL: any (or several)
  FailKind fail;          // RES_OWNED: FAIL_NONE (never fails), FAIL_NULL, FAIL_NEGATIVE
                          // (a handle), FAIL_MAP_FAILED
  bool quiet;             // RES_OWNED that may be NULL only on paths where no allocation
                          // failed (on bad input, as sdssplitlen()): no OWN012 warning
  int null_param;         // RES_OWNED that may be NULL only when parameter null_param is
  bool null_if_zero;      // zero (null_if_zero) or non-zero (_sdsnewlen's 'trymalloc');
                          // -1: whatever the arguments
  int arg;                // RES_ALIAS, RES_BORROW: the parameter; else -1
  bool reallocates;       // RES_OWNED: a realloc wrapper (takes over its R_REALLOC parameter)
  bool noreturn;          // no path reaches its end
  bool bottom;            // not known yet: the start of the iteration over a recursion
  bool deferred;          // not made: nothing in the project calls it (-p; its file's
                          // cache entry says so, and a new caller has that file parsed)
  const char *text;       // all of the above as one line: equality, the cache, dumps
};

// Summarises every function of 'tu' bottom-up over its call graph (callees first; a
// recursion is iterated to a fixpoint, at most a few rounds, else its functions keep
// no summary) and hangs each on its FnSig, noreturn included. Summaries live in the
// TU's arena; 'scratch' is reset after each function.
void summaries_tu(MUT_BORROW Tu *tu, BORROWED const Config *cfg, MUT_BORROW Arena *scratch);

// A project's files summarised together (-p): each translation unit with its Config.
typedef struct SumUnit {
  Tu *tu;
  const Config *cfg;
  Arena *a;             // where its summaries live (other units' calls point at them);
                        // NULL: the TU's arena
} SumUnit;
// Summaries of functions defined in files not parsed now (answered by the cache), by
// name; sums[i] NULL: defined there, without a summary.
typedef struct SumExports {
  const char **names;
  const Summary **sums;
  int n, cap;
} SumExports;
// A function of another file that a unit calls, and the summary text it got ("-":
// none): what its cached results depend on.
typedef struct SumImport {
  const char *name;
  const char *text;
} SumImport;
// summaries_tu over several units at once: a call to a function another unit defines
// (with external linkage, once in the whole project) gets its summary, computed
// callees first across the files; one defined in 'ext' gets that. Fills each
// unit's Tu.imports. The order of 'units' is the only order: the result does not
// depend on threads. The call graph goes to 'graph', which the caller frees (after
// an internal error too: this may not return).
void summaries_link(MUT_BORROW SumUnit *units, int nunits, BORROWED const SumExports *ext,
                    MUT_BORROW Arena *scratch, MUT_BORROW Arena *graph);
// Sets s->text from the rest of 's' (a summary read back from the cache).
void summary_set_text(MUT_BORROW Arena *a, MUT_BORROW Summary *s);
// The summary of 'sig' as one line ("name: p0 release(free); ret owned(free) null"),
// or NULL if it has none. For --dump-summaries and tests.
const char *summary_line(MUT_BORROW Arena *a, BORROWED const FnSig *sig);

// ---- borrow.c ----
// The borrow checker of one function: loans of places (places.c), which places hold
// them (a forward pass), which are live (a backward pass), and every access checked
// against the live loans: OWN004-OWN006 (conflicts), OWN007 (a local's loan outliving
// it), OWN008 (a loan stored where it outlives its place), OWN009 and OWN011 through
// any path below a borrow. Only annotated borrows make loans that are checked.
void borrow_check(MUT_BORROW Sink *k, MUT_BORROW Arena *scratch, BORROWED const Cfg *g);

// ---- check.c ----
// The checks of one function, in order: annotate_check, cfg_build, own_check,
// borrow_check; scratch memory from 'scratch', which the caller resets afterwards.
// With 'dump' set, prints the CFG there instead of checking.
void func_check(MUT_BORROW Sink *k, MUT_BORROW Arena *scratch, MUT_BORROW Func *f, FILE *dump);

// ---- suggest.c ----
// --suggest: for each function of 'tu' with a summary and no annotation, an OWN015
// finding in 'r' naming the annotations its summary implies, with the fix-its that
// insert them in its definition and prototypes (and the #include they need). Only
// when the annotated signature says at its calls what the summary says.
void suggest_tu(MUT_BORROW Results *r, BORROWED const Config *cfg, BORROWED const Tu *tu, MUT_BORROW Arena *scratch);

// ---- fixit.c ----
// --apply-suggestions: inserts the fix-its of the shown findings of 'r' into their
// files (each distinct edit once), saying so on 'log'. False after an 'ownck: error:'
// line if a file cannot be read, edited or written (the others are still edited).
bool fixits_apply(BORROWED const Results *r, FILE *log);

// ---- ccmd.c ----
// One entry of a compile database: the compiler command for one source.
typedef struct CompileCmd {
  const char *dir;        // the working directory, absolute
  const char *file;       // the source, absolute
  const char **argv;      // the compiler command (argv[0]: the compiler)
  int argc;
} CompileCmd;

// What a compiler command line does: its C sources and the flags that matter for
// parsing them (the sources, outputs, dependency files, warnings, debug and link
// flags dropped; response files expanded).
typedef struct Compile {
  bool compiles;          // a compile (-c or -S) of at least one C source
  const char *why_not;    // when it does not: why, for a message
  const char *compiler;   // argv[0], after any wrapper (ccache, distcc)
  const char **sources;   // the C sources, as written
  int nsources;
  int others;             // inputs that are not C sources (C++, assembly, objects)
  const char **flags;     // the flags clang should get
  int nflags;
} Compile;

// The words of a shell command line ('command' in compile_commands.json).
int ccmd_split(MUT_BORROW Arena *a, BORROWED const char *cmd, const char ***out);
// Reads the compiler command 'argv' run in directory 'dir' ('@file' relative to it).
Compile ccmd_parse(MUT_BORROW Arena *a, BORROWED const char *dir, const char *const *argv, int argc);
// The same for flags alone (what follows '--' on ownck's command line).
Compile ccmd_flags(MUT_BORROW Arena *a, const char *const *flags, int nflags);
// Reads 'build_dir'/compile_commands.json ("arguments" or "command", relative
// "directory" and "file"); false after printing 'ownck: error: ...' if it cannot.
bool ccdb_load(MUT_BORROW Arena *a, BORROWED const char *build_dir, CompileCmd **cmds, int *n);

// ---- driver.c ----
// One translation unit to check: a file on disk (or 'text' in memory) and the
// compiler flags clang gets.
typedef struct Job {
  const char *path;
  const char *text;            // the source itself (tests, fuzzing); NULL: read 'path'
  const char *const *argv;     // clang flags, ownck's own included (driver_clang_args)
  int argc;
  FILE *dump;                  // --dump-cfg: each function's CFG goes here
  int nuser;                   // argv[0..nuser) are the user's flags (to say which one clang rejects)
  const Config *cfg;           // the Config for this file (.ownck.json of its directory); NULL: the run's
  const char *only;            // report only what is in this file (a header checked through its includer)
  const char *dir;             // the compile's working directory, or NULL (the current one)
} Job;

typedef enum TuStatus {
  TU_OK,           // analysed
  TU_NOT_PARSED,   // libclang could not parse it at all
  TU_CLANG_ERRORS, // clang reported errors: not analysed (they are tool diagnostics)
  TU_INTERNAL,     // ownck failed on it (an internal error): nothing of it is kept
} TuStatus;

// What one translation unit gave: its files and diagnostics (in their own arena),
// and whether it could be analysed.
typedef struct TuResult {
  Results *res;
  TuStatus status;
  int clang_errors;            // TU_CLANG_ERRORS: how many
  const char *why;             // TU_INTERNAL, TU_NOT_PARSED: what went wrong, in res's arena
  bool cached;                 // answered by the result cache
} TuResult;

// How to run a set of jobs.
typedef struct Run {
  int threads;                 // worker threads (1: on the calling thread)
  const char *cache_dir;       // the result cache (cache.c), or NULL
  void *index;                 // with one thread: a CXIndex to share, or NULL
  void (*thread_start)(void);  // run first on each worker thread (main.c: the crash handler)
  bool project;                // -p: summaries cross the files of the run
} Run;

// The per-file pipeline that the CLI, the fuzz target and the tests all call: parse
// 'job', then func_check every function. Never fails: a problem is in the status.
TuResult tu_check(BORROWED const Config *cfg, BORROWED const Job *job);
// The same with a run's settings: the cache and the thread's CXIndex.
TuResult tu_check_in(BORROWED const Config *cfg, BORROWED const Job *job, BORROWED const Run *run, void *index);
// Checks every job on run->threads threads, each job with its own Config or 'cfg'.
// 'take' gets each job's result on the calling thread, in job order (so the output is
// the same whatever the number of threads), and owns it.
void driver_run(BORROWED const Config *cfg, const Job *jobs, int njobs, BORROWED const Run *run,
                void (*take)(void *ctx, int i, TuResult *r), void *ctx);

// ---- project.c ----
// The jobs of a run.
typedef struct JobSet {
  Job *jobs;
  int n, cap;
} JobSet;

// One 'ownck: error:' line and false if 'path' cannot be read as a file.
bool project_check_input(BORROWED const char *path);
// A job per file of 'files' with the compiler flags 'flags' (those that matter).
bool project_files(MUT_BORROW Arena *a, BORROWED const Config *cfg, const char *const *files, int nfiles,
                   const char *const *flags, int nflags, JobSet *out);
// A job per C entry of 'build_dir'/compile_commands.json (the K-th of N slices with
// shard_n > 1), or per file of 'files' (a header through a source that includes it;
// with 'lenient', a file the database does not know is checked alone, with a note).
bool project_db(MUT_BORROW Arena *a, BORROWED const Config *cfg, BORROWED const char *build_dir,
                const char *const *files, int nfiles, int shard_k, int shard_n, bool lenient, JobSet *out);
// The directory of the nearest compile_commands.json: 'start' or a build directory in
// it (build/, out/, _build/, build-*/, cmake-build-*/), then its parents up to the
// repository's root (the directory with .git); NULL if there is none.
const char *project_find_db(MUT_BORROW Arena *a, BORROWED const char *start);

// ---- cache.c ----
// The result cache: a file's TuResult kept under a key made of its path, its flags,
// the Config and ownck's version, valid while every file it read is unchanged (their
// contents are hashed), so an unchanged file is answered without parsing.
//
// With -p an entry also says (CacheSums) the summaries of the file's functions that
// other files may call, and those of other files' functions its results used: the
// driver checks those against the summaries in force before it trusts the entry.
typedef struct CacheSums {
  bool project;              // an entry of a -p run (a key of its own)
  SumExports exports;
  const SumImport *imports;
  int nimports;
} CacheSums;
// Fills 'out' and returns true on a hit. With 'sums' (its 'project' set), a project
// entry, whose summaries are read into 'a'.
bool cache_load(BORROWED const Config *cfg, BORROWED const Job *job, BORROWED const char *dir, TuResult *out,
                CacheSums *sums, MUT_BORROW Arena *a);
// Stores 'r' for 'job', with 'deps', the files its translation unit read, and 'sums'
// (NULL: not a project's entry). Errors (a read-only directory) are ignored: the
// cache only ever saves work.
void cache_save(BORROWED const Config *cfg, BORROWED const Job *job, BORROWED const char *dir, const TuResult *r,
                const char *const *deps, int ndeps, BORROWED const CacheSums *sums);
// A 64-bit FNV-1a hash of 'n' bytes at 'p', continuing from 'h' (0: start).
uint64_t hash_bytes(uint64_t h, const void *p, size_t n);
// The clang flags for 'path': 'user' (the user's, minus what only breaks a parse),
// then ownck's own (-D__OWNCK__=1, the include dir of <ownck/ownership.h>, the
// resource dir), in 'a'.
const char **driver_clang_args(MUT_BORROW Arena *a, BORROWED const Config *cfg, BORROWED const char *path,
                               const char *const *user, int nuser, int *n);

// ---- report.c ----
// Writes the (sorted) diagnostics of 'r' to 'out' in 'cfg->opt.format'.
bool report_write(MUT_BORROW Results *r, BORROWED const Config *cfg, FILE *out);

// --baseline: marks each diagnostic of 'r' whose fingerprint is among those of the
// SARIF log 'path' (its partialFingerprints) as in the baseline. False after an
// 'ownck: error:' line if the log cannot be read.
bool report_apply_baseline(MUT_BORROW Results *r, BORROWED const char *path);
// Merges the SARIF logs 'paths' (shards of one run) into one log on 'out': the first
// log with every other's results appended. False after an 'ownck: error:' line.
bool report_merge_sarif(const char *const *paths, int n, FILE *out);

// ---- suppress.c ----
// Marks the diagnostics of 'r' that an 'ownck: allow(RULE, ...)' comment covers (on
// their line or the line before) as suppressed; then, in 'main_file', reports each
// such comment that covers nothing, or names no rule, as OWN014 (not when 'partial':
// a function left unchecked may be what it was for).
void suppress_apply(MUT_BORROW Results *r, BORROWED const Config *cfg, int main_file, bool partial);
// Is 'd' shown in reports and counted for the exit status: not suppressed, not in the
// baseline, and at a level (a rule turned off has none)?
bool diag_shown(BORROWED const Diag *d);

// ---- html.c ----
// One self-contained HTML page (no server, no network) for the diagnostics of 'r':
// grouped by file and rule, each with its source excerpt and numbered path events,
// filterable by rule and level. False if writing to 'out' failed.
bool html_write(MUT_BORROW Results *r, BORROWED const Config *cfg, FILE *out);

// ---- verify.c ----
// Checks the diagnostics of 'r' for 'file' against the expect-* comments in it.
// Prints mismatches to 'out'; returns true if they match exactly.
bool verify_file(MUT_BORROW Results *r, BORROWED const Rules *rules, int file, FILE *out);

#endif
