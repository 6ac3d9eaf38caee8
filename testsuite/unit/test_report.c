// test_report.c: diagnostics, the rule catalog and the three renderers.
//
// Hand-built Diags on small source files (written into a fresh temporary directory,
// which is also the SARIF source root) are rendered as gcc, rich (with and without
// colour) and SARIF text and compared byte for byte with testsuite/golden/. The
// "uam" case must read like rustc's E0382; the "multi" case covers several files,
// stacked labels, elided lines, tabs, a multi-line span, UTF-8 (UTF-16 columns in
// SARIF), tool messages, a hidden (LVL_NONE) finding and an exact duplicate.
//
// OWNCK_GOLDEN_DIR overrides where the golden files are; OWNCK_UPDATE_GOLDEN=1
// rewrites them from the current output instead of comparing (review the diff!).
#define _XOPEN_SOURCE 700
#include <check.h>
#include <cjson/cJSON.h>
#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../analyzer/analyzer.h"

#ifndef OWNCK_SOURCE_DIR
#define OWNCK_SOURCE_DIR "."   // ctest runs unit tests from the source root
#endif

static char tmpdir[PATH_MAX];
static char olddir[PATH_MAX];

static void write_file(const char *name, const char *text) {
  FILE *f = fopen(name, "wb");
  ck_assert_msg(f != NULL, "cannot create %s: %s", name, strerror(errno));
  fputs(text, f);
  fclose(f);
}

// Reads 'path' into a malloc'ed buffer; NULL if it does not exist.
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0, k;
  char *buf = malloc(cap);
  while ((k = fread(buf + n, 1, cap - n, f)) > 0)
    if ((n += k) == cap)
      buf = realloc(buf, cap *= 2);
  fclose(f);
  *len = n;
  return buf;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  (void)st, (void)flag, (void)ftw;
  return remove(path);
}

static void setup(void) {
  ck_assert_ptr_nonnull(getcwd(olddir, sizeof olddir));
  const char *base = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
  snprintf(tmpdir, sizeof tmpdir, "%s/ownck-report-XXXXXX", base);
  ck_assert_ptr_nonnull(mkdtemp(tmpdir));
  ck_assert_int_eq(chdir(tmpdir), 0);
}

static void teardown(void) {
  ck_assert_int_eq(chdir(olddir), 0);
  nftw(tmpdir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

// The Config the renderers read: the rule catalog and the options of each test.
static Config cfg;
static Arena *cfg_arena;

static Results *new_session(bool color) {
  cfg.opt = (Options){.format = FMT_RICH, .color = color, .source_root = tmpdir};
  return results_new();
}

static void free_session(Results *s) {
  results_free(s);
}

// A finding of 'rule' at its default level.
static Diag *diag_add(Results *s, Rule rule, Span sp, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static Diag *diag_add(Results *s, Rule rule, Span sp, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  return diag_new(s, rule, rule_info(&cfg.rules, rule)->level, sp, "%s", msg);
}

// The output of report_write for 's' in 'fmt', malloc'ed and NUL-terminated.
static char *render(Results *s, Format fmt, size_t *len) {
  char *buf = NULL;
  FILE *out = open_memstream(&buf, len);
  cfg.opt.format = fmt;
  ck_assert(report_write(s, &cfg, out));
  fclose(out);
  return buf;
}

// The source tree, made absolute in main() before any test changes directory.
static char source_dir[PATH_MAX];

static const char *golden_dir(void) {
  static char dir[PATH_MAX + 32];
  const char *d = getenv("OWNCK_GOLDEN_DIR");
  if (d)
    return d;
  snprintf(dir, sizeof dir, "%s/testsuite/golden", source_dir);
  return dir;
}

// 'text' with the version string replaced by "@VERSION@", so that a release does not
// change the golden files. Edits 'text' in place; returns its new length.
static size_t unversion(char *text, size_t len) {
  static const char ver[] = "\"" OWNCK_VERSION "\"", mark[] = "\"@VERSION@\"";
  char *p = strstr(text, ver);
  if (!p)
    return len;
  size_t tail = len - (size_t)(p - text) - (sizeof ver - 1);
  char *rest = strdup(p + sizeof ver - 1);
  memcpy(p, mark, sizeof mark - 1);
  memcpy(p + sizeof mark - 1, rest, tail + 1);
  free(rest);
  return len - (sizeof ver - 1) + (sizeof mark - 1);
}

// Compares 'got' with the golden file 'name'; on a mismatch keeps the output in
// the temporary directory's parent for diffing and fails.
static void check_golden(const char *name, const char *got, size_t len) {
  char path[2 * PATH_MAX];
  snprintf(path, sizeof path, "%s/%s", golden_dir(), name);
  if (getenv("OWNCK_UPDATE_GOLDEN")) {
    FILE *f = fopen(path, "wb");
    ck_assert_msg(f != NULL, "cannot write %s", path);
    fwrite(got, 1, len, f);
    fclose(f);
    return;
  }
  size_t glen = 0;
  char *want = read_file(path, &glen);
  ck_assert_msg(want != NULL, "missing golden file %s", path);
  bool same = glen == len && memcmp(want, got, len) == 0;
  free(want);
  if (!same) {
    char actual[PATH_MAX + 16];
    snprintf(actual, sizeof actual, "%s.actual", tmpdir);
    FILE *f = fopen(actual, "wb");
    if (f) {
      fwrite(got, 1, len, f);
      fclose(f);
    }
    ck_abort_msg("output differs from %s; see: diff -u %s %s", path, path, actual);
  }
}

static Span span(int file, int line, int col, int end_line, int end_col) {
  return (Span){file, line, col, end_line, end_col};
}

// ---- the "uam" case: a use after move, as rustc's E0382 shows it ----

static const char uam_c[] =
    "#include <ownck/ownership.h>\n"
    "#include <stdlib.h>\n"
    "\n"
    "void consume(OWNED char *p);\n"
    "\n"
    "void demo(void) {\n"
    "  OWNED char *buf = malloc(16);\n"
    "  consume(buf);\n"
    "  free(buf);\n"
    "}\n";

static Results *uam_session(bool color) {
  write_file("uam.c", uam_c);
  Results *s = new_session(color);
  int f = res_file(s, "uam.c");
  Diag *d = diag_add(s, OWN001, span(f, 9, 8, 9, 11), "use of moved value '%s'", "buf");
  d->label = "value used here after move";
  d->func = "demo";
  diag_label(s, d, span(f, 7, 15, 7, 18), "move occurs because '%s' is declared OWNED", "buf");
  diag_label(s, d, span(f, 8, 11, 8, 14), "value moved here");
  diag_help(s, d, "declare the parameter of '%s' BORROWED to lend '%s' instead of moving it",
            "consume", "buf");
  diag_sort(s, NULL);
  return s;
}

// ---- the "multi" case: many diagnostics over three files ----

static const char leak_c[] =
    "#include <stdio.h>\n"
    "#include <stdlib.h>\n"
    "#include \"util.h\"\n"
    "\n"
    "int load(const char *path, int strict) {\n"
    "\tFILE *f = fopen(path, \"r\");\n"
    "\tif (!f)\n"
    "\t\treturn -1;\n"
    "\tchar *line = read_line(f);\n"
    "\tif (strict && line[0] == '#')\n"
    "\t\treturn -2;\n"
    "\tif (line) { free(line); free(line); }\n"
    "\tfclose(f);\n"
    "\treturn 0;\n"
    "}\n"
    "\n"
    "void tally(void) {\n"
    "  int count = 0;\n"
    "  /* caf\xc3\xa9 \"na\xc3\xafve\" \xf0\x9f\x98\x80 */ free(&count);\n"
    "}\n";

static const char util_h[] =
    "#include <stdio.h>\n"
    "#include <ownck/ownership.h>\n"
    "NULLABLE OWNED char *read_line(BORROWED FILE *f);\n"
    "\n"
    "BORROWED_FROM(src)\n"
    "const char *first_word(BORROWED const char *text);\n";

// The byte column of 'needle' on line 'line' of 'text' (1-based).
static int col_of(const char *text, int line, const char *needle) {
  const char *p = text;
  for (int i = 1; i < line; i++)
    p = strchr(p, '\n') + 1;
  const char *hit = strstr(p, needle);
  ck_assert_ptr_nonnull(hit);
  return (int)(hit - p) + 1;
}

static void add_leak(Results *s, int f) {
  Diag *d = diag_add(s, OWN003, span(f, 11, 3, 11, 12), "'%s' leaks when this returns", "f");
  d->label = "'f' is still owned here";
  d->func = "load";
  diag_label(s, d, span(f, 6, 12, 6, 28), "opened here by fopen");
  diag_note(s, d, "an object from fopen must be released with fclose");
  diag_help(s, d, "add `fclose(f);` before this return");
}

static void add_null_deref(Results *s, int f, int u) {
  Diag *d = diag_add(s, OWN012, span(f, 10, 15, 10, 19), "'%s' may be NULL here", "line");
  d->label = "dereferenced before a NULL check";
  diag_label(s, d, span(u, 3, 1, 3, 9), "read_line is declared NULLABLE here");
  diag_label(s, d, span(f, 9, 15, 9, 27), "assigned the result of read_line here");
}

static void add_double_free(Results *s, int f) {
  Diag *d = diag_add(s, OWN002, span(f, 12, 30, 12, 34), "'%s' released twice", "line");
  d->label = "released again here";
  d->func = "load";
  diag_label(s, d, span(f, 12, 6, 12, 10), "checked for NULL here");
  diag_label(s, d, span(f, 12, 19, 12, 23), "first released here");
  diag_help(s, d, "remove the second `free(line)`");
}

static void add_not_owned(Results *s, int f) {
  int col = col_of(leak_c, 19, "&count");
  Diag *d = diag_add(s, OWN009, span(f, 19, col, 19, col + 6), "'%s' is not owned: it is a local",
                     "count");
  d->label = "address of a local";
  diag_label(s, d, span(f, 18, 7, 18, 12), "'count' declared here");
}

static void add_bad_annotation(Results *s, int u) {
  Diag *d = diag_add(s, OWN013, span(u, 5, 1, 6, 51), "BORROWED_FROM names no parameter '%s'", "src");
  diag_help(s, d, "name a parameter of 'first_word': BORROWED_FROM(text)");
}

static Results *multi_session(bool color) {
  write_file("leak.c", leak_c);
  write_file("util.h", util_h);
  Results *s = new_session(color);
  int u = res_file(s, "util.h");   // registered first: sorting goes by path
  int f = res_file(s, "leak.c");
  int m = res_file(s, "missing.c");
  add_bad_annotation(s, u);
  add_leak(s, f);
  add_double_free(s, f);
  add_double_free(s, f);   // an exact duplicate: shown once
  add_null_deref(s, f, u);
  add_not_owned(s, f);
  diag_tool(s, LVL_NOTE, span(f, 17, 6, 17, 11), "function '%s' not checked: %s", "tally",
            "inline asm touches tracked places");
  diag_tool(s, LVL_ERROR, span(m, 0, 0, 0, 0), "cannot parse '%s': file not found", "missing.c");
  Diag *hidden = diag_add(s, OWN004, span(f, 7, 2, 7, 4), "hidden by its level");
  hidden->level = LVL_NONE;
  diag_sort(s, NULL);
  return s;
}

// Renders 'mk(color)' in every format and checks each against its golden file.
static void check_case(const char *name, Results *(*mk)(bool)) {
  static const struct {
    Format fmt;
    bool color;
    const char *ext;
  } outs[] = {{FMT_GCC, false, "gcc"},
              {FMT_RICH, false, "rich"},
              {FMT_RICH, true, "rich-color"},
              {FMT_SARIF, false, "sarif"}};
  for (size_t i = 0; i < sizeof outs / sizeof *outs; i++) {
    Results *s = mk(outs[i].color);
    size_t len;
    char *got = render(s, outs[i].fmt, &len);
    got = realloc(got, len + 16);   // room for the longer "@VERSION@"
    len = unversion(got, len);
    char golden[128];
    snprintf(golden, sizeof golden, "%s.%s", name, outs[i].ext);
    check_golden(golden, got, len);
    free(got);
    free_session(s);
  }
}

START_TEST(test_golden_uam) {
  check_case("uam", uam_session);
}
END_TEST

START_TEST(test_golden_multi) {
  check_case("multi", multi_session);
}
END_TEST

// Rendering the same session twice gives the same bytes.
START_TEST(test_deterministic) {
  for (Format fmt = FMT_GCC; fmt <= FMT_SARIF; fmt++) {
    Results *s = multi_session(true);
    size_t n1, n2;
    char *a = render(s, fmt, &n1);
    char *b = render(s, fmt, &n2);
    ck_assert_uint_eq(n1, n2);
    ck_assert(memcmp(a, b, n1) == 0);
    free(a);
    free(b);
    free_session(s);
  }
}
END_TEST

// The SARIF result of the not-owned finding: columns in UTF-16 code units, URIs
// relative to the source root, the links of the message resolve to related locations.
START_TEST(test_sarif_fields) {
  Results *s = multi_session(false);
  size_t len;
  char *text = render(s, FMT_SARIF, &len);
  cJSON *log = cJSON_Parse(text);
  ck_assert_ptr_nonnull(log);
  cJSON *run = cJSON_GetArrayItem(cJSON_GetObjectItem(log, "runs"), 0);
  cJSON *results = cJSON_GetObjectItem(run, "results");
  cJSON *own009 = NULL, *r;
  cJSON_ArrayForEach(r, results) {
    if (strcmp(cJSON_GetObjectItem(r, "ruleId")->valuestring, "OWN009") == 0)
      own009 = r;
  }
  ck_assert_ptr_nonnull(own009);
  cJSON *phys = cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(own009, "locations"), 0),
                                    "physicalLocation");
  cJSON *region = cJSON_GetObjectItem(phys, "region");
  int bytecol = col_of(leak_c, 19, "&count");
  // é and ï are 2 bytes but 1 unit; the emoji is 4 bytes but 2 units (a surrogate pair).
  ck_assert_int_eq(cJSON_GetObjectItem(region, "startColumn")->valueint, bytecol - 4);
  ck_assert_int_eq(cJSON_GetObjectItem(region, "endColumn")->valueint, bytecol - 4 + 6);
  ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(phys, "artifactLocation"), "uri")->valuestring,
                   "leak.c");
  ck_assert_str_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(own009, "message"), "text")->valuestring,
                   "'count' is not owned: it is a local ('count' declared [here](1))");
  ck_assert_int_eq(cJSON_GetObjectItem(own009, "ruleIndex")->valueint, 8);
  cJSON *inv = cJSON_GetArrayItem(cJSON_GetObjectItem(run, "invocations"), 0);
  ck_assert(cJSON_IsFalse(cJSON_GetObjectItem(inv, "executionSuccessful")));
  ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(inv, "toolExecutionNotifications")), 2);
  cJSON_Delete(log);
  free(text);
  free_session(s);
}
END_TEST

// A file name that needs percent-encoding, and a file outside the source root.
START_TEST(test_sarif_uris) {
  ck_assert_int_eq(mkdir("sub dir", 0777), 0);
  write_file("sub dir/a b.c", "int x;\n");
  Results *s = new_session(false);
  diag_add(s, OWN013, span(res_file(s, "sub dir/a b.c"), 1, 1, 1, 4), "inside");
  diag_add(s, OWN013, span(res_file(s, "/dev/null"), 1, 1, 1, 2), "outside");
  diag_sort(s, NULL);
  size_t len;
  char *text = render(s, FMT_SARIF, &len);
  ck_assert_ptr_nonnull(strstr(text, "\"uri\":\t\"sub%20dir/a%20b.c\""));
  ck_assert_ptr_nonnull(strstr(text, "\"uri\":\t\"file:///dev/null\""));
  free(text);
  free_session(s);
}
END_TEST

START_TEST(test_rule_catalog) {
  static const char *const names[] = {
      NULL, "use-after-move", "double-release", "leak", "borrow-conflict", "move-while-borrowed",
      "use-while-mut-borrowed", "dangling", "borrow-escape", "release-of-borrowed",
      "mismatched-release", "write-through-shared", "null-deref", "bad-annotation", "unused-suppression",
      "suggested-annotation"};
  ck_assert_ptr_null(rule_info(&cfg.rules, RULE_NONE));
  ck_assert_ptr_null(rule_info(&cfg.rules, RULE_COUNT));
  for (int r = OWN001; r < RULE_COUNT; r++) {
    const RuleInfo *ri = rule_info(&cfg.rules, (Rule)r);
    char id[8];
    snprintf(id, sizeof id, "OWN%03d", r);
    ck_assert_str_eq(ri->id, id);
    ck_assert_str_eq(ri->name, names[r]);
    ck_assert_int_eq(ri->level, r == OWN015 ? LVL_NOTE : r == OWN012 || r == OWN014 ? LVL_WARNING : LVL_ERROR);
    ck_assert_int_eq(rule_by_id(&cfg.rules, id), r);
    ck_assert_int_eq(rule_by_id(&cfg.rules, names[r]), r);
    ck_assert_uint_lt(strlen(ri->description), 1024);
    ck_assert(strstr(ri->explain, "## Example") && strstr(ri->explain, "## Fixed"));
    ck_assert(!ri->security_severity || strstr(ri->tags, "security"));
  }
  ck_assert_int_eq(rule_by_id(&cfg.rules, "own003"), OWN003);
  ck_assert_int_eq(rule_by_id(&cfg.rules, "OWN099"), RULE_NONE);
  ck_assert_int_eq(rule_by_id(&cfg.rules, "leaks"), RULE_NONE);
  ck_assert_str_eq(rule_info(&cfg.rules, OWN001)->cwe, "416");
  ck_assert_str_eq(rule_info(&cfg.rules, OWN001)->rust, "E0382");
}
END_TEST

START_TEST(test_list_and_explain) {
  char *buf = NULL;
  size_t len;
  FILE *out = open_memstream(&buf, &len);
  rules_list(&cfg.rules, out);
  ck_assert(rules_explain(&cfg.rules, "double-release", out));
  ck_assert(!rules_explain(&cfg.rules, "OWN000", out));
  fclose(out);
  ck_assert_ptr_nonnull(strstr(buf, "OWN001  use-after-move          error    A value is used"));
  ck_assert_ptr_nonnull(strstr(buf, "OWN012  null-deref              warning  "));
  ck_assert_ptr_nonnull(strstr(buf, "OWN002: double-release\n======================\n"));
  ck_assert_ptr_null(strstr(buf, "```"));   // code fences become indented blocks
  free(buf);
}
END_TEST

// docs/rules/ in the source tree is what rules_doc() generates from rules/rules/.
START_TEST(test_rule_docs_current) {
  for (int r = OWN001 - 1; r < RULE_COUNT; r++) {
    char *want_text = NULL;
    size_t want_len;
    FILE *out = open_memstream(&want_text, &want_len);
    if (r < OWN001)
      rules_doc_index(&cfg.rules, out);
    else
      rules_doc(&cfg.rules, (Rule)r, out);
    fclose(out);
    char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/docs/rules/%s.md", source_dir,
             r < OWN001 ? "README" : rule_info(&cfg.rules, (Rule)r)->id);
    size_t len = 0;
    char *have = read_file(path, &len);
    ck_assert_msg(have && len == want_len && memcmp(have, want_text, len) == 0,
                  "%s is out of date: regenerate with 'ownck --gen-rule-docs docs/rules'", path);
    free(have);
    free(want_text);
  }
}
END_TEST

START_TEST(test_src_line) {
  write_file("crlf.c", "one\r\ntwo\r\n\r\nlast");
  Results *s = new_session(false);
  int f = res_file(s, "crlf.c");
  ck_assert_int_eq(res_file(s, "crlf.c"), f);
  size_t len;
  const char *t = src_line(s, f, 2, &len);
  ck_assert_uint_eq(len, 3);
  ck_assert(strncmp(t, "two", 3) == 0);
  ck_assert_ptr_nonnull(src_line(s, f, 3, &len));
  ck_assert_uint_eq(len, 0);
  t = src_line(s, f, 4, &len);
  ck_assert(len == 4 && strncmp(t, "last", 4) == 0);
  ck_assert_ptr_null(src_line(s, f, 5, &len));
  ck_assert_ptr_null(src_line(s, f, 0, &len));
  ck_assert_ptr_null(src_line(s, res_file(s, "nope.c"), 1, &len));
  ck_assert_ptr_null(src_line(s, 99, 1, &len));
  ck_assert_str_eq(src_text(s, f, &len), "one\r\ntwo\r\n\r\nlast");
  ck_assert_uint_eq(len, 16);
  ck_assert_ptr_null(src_text(s, res_file(s, "nope.c"), &len));
  ck_assert_ptr_null(src_text(s, 99, &len));
  free_session(s);
}
END_TEST

// The line of every offset, searched from every line as the hint (and from none), is
// the last line starting at or before it: lines of 0 to 9 characters, an empty last
// line included.
START_TEST(test_line_index_near) {
  Arena *a = arena_new();
  const char *text = "\nx\n\nlong line\nab\r\n\rlast line\n";
  size_t len = strlen(text);
  int n;
  int *starts = line_starts(a, text, len, &n);
  ck_assert_int_eq(n, 8);
  for (size_t off = 0; off <= len; off++) {
    int want = 0;
    while (want + 1 < n && (size_t)starts[want + 1] <= off)
      want++;
    ck_assert_int_eq(line_index(starts, n, off), want);
    for (int hint = -1; hint <= n; hint++)
      ck_assert_int_eq(line_index_near(starts, n, hint, off), want);
  }
  arena_free(a);
}
END_TEST

START_TEST(test_diag_sort) {
  Results *s = new_session(false);
  int b = res_file(s, "b.c"), a = res_file(s, "a.c");
  diag_add(s, OWN002, span(b, 1, 1, 1, 2), "x");
  diag_add(s, OWN001, span(a, 5, 3, 5, 4), "y");
  diag_add(s, OWN001, span(a, 5, 1, 5, 4), "z");
  diag_add(s, OWN001, span(a, 5, 1, 5, 4), "b");
  diag_add(s, OWN001, span(a, 5, 1, 5, 4), "b");
  Diag *d = diag_add(s, OWN001, span(a, 5, 1, 5, 4), "b");
  diag_note(s, d, "differs by a note");
  diag_sort(s, NULL);
  ck_assert_int_eq(s->ndiags, 5);
  const char *order[] = {"b", "b", "z", "y", "x"};
  for (int i = 0; i < 5; i++)
    ck_assert_str_eq(s->diags[i]->msg, order[i]);
  ck_assert_int_eq(s->diags[0]->nnotes + s->diags[1]->nnotes, 1);
  ck_assert_int_eq(diag_add(s, OWN012, span(a, 1, 1, 1, 1), "w")->level, LVL_WARNING);
  Span p = span(a, 2, 3, 2, 5), q = span(b, 2, 3, 2, 6);
  ck_assert_int_lt(span_cmp(&p, &q), 0);
  ck_assert_int_eq(span_cmp(&p, &p), 0);
  free_session(s);
}
END_TEST

static Suite *report_suite(void) {
  Suite *s = suite_create("report");
  TCase *tc = tcase_create("report");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, test_golden_uam);
  tcase_add_test(tc, test_golden_multi);
  tcase_add_test(tc, test_deterministic);
  tcase_add_test(tc, test_sarif_fields);
  tcase_add_test(tc, test_sarif_uris);
  tcase_add_test(tc, test_rule_catalog);
  tcase_add_test(tc, test_list_and_explain);
  tcase_add_test(tc, test_rule_docs_current);
  tcase_add_test(tc, test_src_line);
  tcase_add_test(tc, test_line_index_near);
  tcase_add_test(tc, test_diag_sort);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  // OWNCK_SOURCE_DIR may be given by the build; ctest runs from the source root.
  if (!realpath(OWNCK_SOURCE_DIR, source_dir)) {
    fprintf(stderr, "test_report: cannot find the source tree '%s'\n", OWNCK_SOURCE_DIR);
    return EXIT_FAILURE;
  }
  cfg_arena = arena_new();
  rules_load(&cfg.rules, cfg_arena);
  SRunner *sr = srunner_create(report_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  arena_free(cfg_arena);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
