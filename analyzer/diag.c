// diag.c: diagnostics as data, and the source files they point into.
//
// The checks add Diags (rule, primary span, headline, labelled secondary spans, notes,
// help) to a Results through a Sink, which is the one place that drops a repeated
// finding; nothing here prints. Source files are registered by path and loaded
// lazily, only when a renderer asks for a line. All memory comes from the arena of
// the Results. The driver merges each translation unit's Results into the run's;
// diag_sort() gives the one deterministic order the renderers use, and the stable
// fingerprints that baselines match on.
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyzer.h"

// The formatted string for 'fmt' and 'ap', in 'a'.
static char *vfmt(Arena *a, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0)
    fatal_internal(__FILE__, __LINE__, "bad format string");
  char *s = arena_alloc(a, (size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, fmt, ap);
  return s;
}

Results *results_new(void) {
  Arena *a = arena_new();
  Results *r = arena_alloc(a, sizeof *r);
  r->arena = a;
  return r;
}

// 'r' lives in its own arena, so freeing the arena releases 'r' too: a release
// ownck cannot see through, hence UNCHECKED.
UNCHECKED void results_free(OWNED Results *r) {
  if (r)
    arena_free(r->arena);
}

// The index of the file 'path' in 's', registering it if it is new.
int res_file(MUT_BORROW Results *s, BORROWED const char *path) {
  for (int i = 0; i < s->nfiles; i++)
    if (strcmp(s->files[i]->path, path) == 0)
      return i;
  SrcFile *f = arena_alloc(s->arena, sizeof *f);
  f->path = arena_strdup(s->arena, path);
  ARR_PUSH(s->arena, s->files, s->nfiles, s->capfiles, f);
  return s->nfiles - 1;
}

// Reads the whole of 'f->path' into the arena; false if it cannot be read.
static bool load_text(Arena *a, SrcFile *f) {
  f->text = arena_read_file(a, f->path, SIZE_MAX / 4, &f->len);
  return f->text != NULL;
}

int *line_starts(MUT_BORROW Arena *a, BORROWED const char *text, size_t len, int *n) {
  int cap = 0;
  int *off = NULL;
  *n = 0;
  ARR_PUSH(a, off, *n, cap, 0);
  if (len && !memchr(text, '\r', len)) {  // the usual case, at memchr's speed
    for (const char *nl = text; (nl = memchr(nl, '\n', len - (size_t)(nl - text))); nl++)
      ARR_PUSH(a, off, *n, cap, (int)(nl + 1 - text));
    return off;
  }
  for (size_t i = 0; i < len; i++) {
    if (text[i] != '\n' && text[i] != '\r')
      continue;
    if (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
      i++;
    ARR_PUSH(a, off, *n, cap, (int)(i + 1));
  }
  return off;
}

// The last of starts[lo..hi] at or before 'off', given that starts[lo] is.
static int line_between(const int *starts, int lo, int hi, size_t off) {
  while (lo < hi) {
    int mid = lo + (hi - lo + 1) / 2;
    if ((size_t)starts[mid] <= off)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}

int line_index_near(BORROWED const int *starts, int n, int hint, size_t off) {
  if (hint < 0 || hint >= n)
    return line_index(starts, n, off);
  int step = 1;
  if ((size_t)starts[hint] <= off) {  // at or after the hint's line: gallop forwards
    int lo = hint;
    while (lo + step < n && (size_t)starts[lo + step] <= off) {
      lo += step;
      step *= 2;
    }
    return line_between(starts, lo, lo + step < n ? lo + step - 1 : n - 1, off);
  }
  int hi = hint;  // before it: gallop backwards (starts[0] is 0, at or before any offset)
  while (hi - step >= 0 && (size_t)starts[hi - step] > off) {
    hi -= step;
    step *= 2;
  }
  return line_between(starts, hi - step >= 0 ? hi - step : 0, hi - 1, off);
}

int line_index(BORROWED const int *starts, int n, size_t off) {
  return line_between(starts, 0, n - 1, off);
}

// Fills f->line_off with the offset of each line start (line_starts). A final line
// end does not start another line here, and an empty file has none.
static void fill_lines(Arena *a, SrcFile *f) {
  int n;
  f->line_off = line_starts(a, f->text, f->len, &n);
  if (f->len == 0 || (n > 1 && (size_t)f->line_off[n - 1] == f->len))
    n--;
  f->nlines = n;
}

// The whole text of file 'file' (read on first use, as for src_line, which builds the
// table of its lines too); NULL if it cannot be read.
const char *src_text(MUT_BORROW Results *s, int file, size_t *len) {
  if (file < 0 || file >= s->nfiles)
    return NULL;
  SrcFile *f = s->files[file];
  if (!f->text && !f->line_off && !load_text(s->arena, f))
    f->text = NULL, f->len = 0;
  *len = f->len;
  return f->text;
}

// Line 'line' (1-based) of file 'file', without its "\n" or "\r\n"; its length goes
// to '*len'. NULL if the file cannot be read or has no such line. The text is not
// NUL-terminated at the line's end.
const char *src_line(MUT_BORROW Results *s, int file, int line, size_t *len) {
  if (file < 0 || file >= s->nfiles || line < 1)
    return NULL;
  SrcFile *f = s->files[file];
  if (!f->line_off) {
    if (!f->text && !load_text(s->arena, f))
      f->text = NULL, f->len = 0;
    fill_lines(s->arena, f);
  }
  if (!f->text || line > f->nlines)
    return NULL;
  size_t start = (size_t)f->line_off[line - 1];
  size_t end = line < f->nlines ? (size_t)f->line_off[line] : f->len;
  if (end > start && f->text[end - 1] == '\n')
    end--;
  if (end > start && f->text[end - 1] == '\r')
    end--;
  *len = end - start;
  return f->text + start;
}

static Diag *new_diag(Results *s, Rule rule, Level level, Span span) {
  Diag *d = arena_alloc(s->arena, sizeof *d);
  d->rule = rule;
  d->level = level;
  d->span = span;
  ARR_PUSH(s->arena, s->diags, s->ndiags, s->capdiags, d);
  return d;
}

// A finding of 'rule' at 'level' and 'span' with the printf-formatted headline 'fmt'.
Diag *diag_new(MUT_BORROW Results *s, Rule rule, Level level, Span span, BORROWED const char *fmt, ...) {
  Diag *d = new_diag(s, rule, level, span);
  va_list ap;
  va_start(ap, fmt);
  d->msg = vfmt(s->arena, fmt, ap);
  va_end(ap);
  return d;
}

// A message from the tool itself (RULE_NONE) at 'level': a skipped function, a file
// clang could not parse. 'span' may have line 0 (no location).
Diag *diag_tool(MUT_BORROW Results *s, Level level, Span span, BORROWED const char *fmt, ...) {
  Diag *d = new_diag(s, RULE_NONE, level, span);
  va_list ap;
  va_start(ap, fmt);
  d->msg = vfmt(s->arena, fmt, ap);
  va_end(ap);
  return d;
}

// Adds a secondary span 'span' with the label 'fmt' to 'd'; labels keep the order in
// which they are added (path order: allocated, moved, ...).
void diag_label(MUT_BORROW Results *s, MUT_BORROW Diag *d, Span span, BORROWED const char *fmt,
                ...) {
  va_list ap;
  va_start(ap, fmt);
  Label l = {span, vfmt(s->arena, fmt, ap)};
  va_end(ap);
  ARR_PUSH(s->arena, d->labels, d->nlabels, d->caplabels, l);
}

// Adds the span-less note 'fmt' to 'd' ("= note: ...").
void diag_note(MUT_BORROW Results *s, MUT_BORROW Diag *d, BORROWED const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  const char *n = vfmt(s->arena, fmt, ap);
  va_end(ap);
  ARR_PUSH(s->arena, d->notes, d->nnotes, d->capnotes, n);
}

void diag_fix(MUT_BORROW Results *s, MUT_BORROW Diag *d, Span at, BORROWED const char *text) {
  Fix f = {at, arena_strdup(s->arena, text)};
  ARR_PUSH(s->arena, d->fixes, d->nfixes, d->capfixes, f);
}

// Sets the help line of 'd' ("= help: ..."), replacing an earlier one.
void diag_help(MUT_BORROW Results *s, MUT_BORROW Diag *d, BORROWED const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  d->help = vfmt(s->arena, fmt, ap);
  va_end(ap);
}

static int int_cmp(int a, int b) {
  return (a > b) - (a < b);
}

// Orders spans of one file by start, then end; the file index is not compared.
int span_cmp(const Span *a, const Span *b) {
  int c = int_cmp(a->line, b->line);
  if (!c)
    c = int_cmp(a->col, b->col);
  if (!c)
    c = int_cmp(a->end_line, b->end_line);
  if (!c)
    c = int_cmp(a->end_col, b->end_col);
  return c;
}

static int str_cmp(const char *a, const char *b) {
  return strcmp(a ? a : "", b ? b : "");
}

// Compares where two spans are: file path, then position.
static int loc_cmp(const Results *r, const Span *a, const Span *b) {
  int c = strcmp(a->file >= 0 && a->file < r->nfiles ? r->files[a->file]->path : "",
                 b->file >= 0 && b->file < r->nfiles ? r->files[b->file]->path : "");
  return c ? c : span_cmp(a, b);
}

static int labels_cmp(const Results *r, const Diag *a, const Diag *b) {
  int c = int_cmp(a->nlabels, b->nlabels);
  for (int i = 0; !c && i < a->nlabels; i++) {
    c = loc_cmp(r, &a->labels[i].span, &b->labels[i].span);
    if (!c)
      c = str_cmp(a->labels[i].msg, b->labels[i].msg);
  }
  return c;
}

static int fixes_cmp(const Results *r, const Diag *a, const Diag *b) {
  int c = int_cmp(a->nfixes, b->nfixes);
  for (int i = 0; !c && i < a->nfixes; i++) {
    c = loc_cmp(r, &a->fixes[i].at, &b->fixes[i].at);
    if (!c)
      c = str_cmp(a->fixes[i].text, b->fixes[i].text);
  }
  return c;
}

static int notes_cmp(const Diag *a, const Diag *b) {
  int c = int_cmp(a->nnotes, b->nnotes);
  for (int i = 0; !c && i < a->nnotes; i++)
    c = str_cmp(a->notes[i], b->notes[i]);
  return c;
}

// The order of diag_sort; 0 only for diagnostics that render identically.
static int diag_cmp(const Results *r, const Diag *a, const Diag *b) {
  int c = loc_cmp(r, &a->span, &b->span);
  if (!c)
    c = int_cmp(a->rule, b->rule);
  if (!c)
    c = str_cmp(a->msg, b->msg);
  if (!c)
    c = int_cmp(b->level, a->level);
  if (!c)
    c = str_cmp(a->label, b->label);
  if (!c)
    c = labels_cmp(r, a, b);
  if (!c)
    c = notes_cmp(a, b);
  if (!c)
    c = fixes_cmp(r, a, b);
  if (!c)
    c = str_cmp(a->help, b->help);
  if (!c)
    c = str_cmp(a->func, b->func);
  return c;
}

// Sorts d[0..n) by diag_cmp, stably, with 'tmp' (n entries) as scratch: a merge sort,
// because qsort passes its comparator no context and the order needs the file paths.
static void merge_sort(const Results *r, Diag **d, Diag **tmp, int n) {
  if (n < 2)
    return;
  int h = n / 2;
  merge_sort(r, d, tmp, h);
  merge_sort(r, d + h, tmp, n - h);
  int i = 0, j = h, k = 0;
  while (i < h && j < n)
    tmp[k++] = diag_cmp(r, d[j], d[i]) < 0 ? d[j++] : d[i++];
  while (i < h)
    tmp[k++] = d[i++];
  while (j < n)
    tmp[k++] = d[j++];
  memcpy(d, tmp, sizeof *d * (size_t)n);
}

// FNV-1a over 's', continuing from 'h'.
static uint64_t hash_str(uint64_t h, const char *s) {
  for (; s && *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211u;
  return (h ^ 0xff) * 1099511628211u;  // a separator, so "ab"+"c" differs from "a"+"bc"
}

// The path of file 'file' as a baseline should see it wherever the tree is checked
// out: relative to 'root' (--source-root) when it is under it, else to the
// repository's root (the directory with .git), else to the current directory when
// it is under it, else absolute; 'build/../src/f.c' and 'src/f.c' are the same file.
static const char *stable_path(Results *r, int file, const char *root) {
  if (file < 0 || file >= r->nfiles)
    return "";
  SrcFile *f = r->files[file];
  if (f->stable)
    return f->stable;
  char real[4096];
  if (!realpath(f->path, real))
    return f->stable = f->path;
  f->stable = arena_strdup(r->arena, real);
  char base[4096];
  size_t nb = root && realpath(root, base) ? strlen(base) : 0;
  if (nb > 1 && !strncmp(real, base, nb) && real[nb] == '/')
    return f->stable = arena_strdup(r->arena, real + nb + 1);
  char dir[4096];
  snprintf(dir, sizeof dir, "%s", real);
  for (char *slash = strrchr(dir, '/'); slash && slash > dir; slash = strrchr(dir, '/')) {
    *slash = 0;
    char git[4096 + 8];
    snprintf(git, sizeof git, "%s/.git", dir);
    if (access(git, F_OK) == 0)
      return f->stable = arena_strdup(r->arena, real + strlen(dir) + 1);
  }
  char cwd[4096];
  size_t n = getcwd(cwd, sizeof cwd) ? strlen(cwd) : 0;
  if (n > 1 && !strncmp(real, cwd, n) && real[n] == '/')
    f->stable = arena_strdup(r->arena, real + n + 1);
  return f->stable;
}

// The two bases of a finding's fingerprints: what it is about (rule, file, function,
// place), and where: its line counted from its function's first line, or the text of
// its line (blanks left out). Lines added above the function leave the first alone,
// lines added anywhere above the finding leave the second alone; a baseline matches a
// finding when either is unchanged.
static uint64_t fingerprint_base(Results *r, const Diag *d, bool by_text, const char *root) {
  uint64_t h = 14695981039346656037u;
  char num[32];
  snprintf(num, sizeof num, "%d", (int)d->rule);
  h = hash_str(h, num);
  h = hash_str(h, stable_path(r, d->span.file, root));
  h = hash_str(h, d->func);
  h = hash_str(h, d->place ? d->place : d->msg);
  if (!by_text) {
    snprintf(num, sizeof num, "%d", d->func_line > 0 ? d->span.line - d->func_line : d->span.line);
    return hash_str(h, num);
  }
  size_t len;
  const char *line = src_line(r, d->span.file, d->span.line, &len);
  for (size_t i = 0; line && i < len; i++)
    if (line[i] != ' ' && line[i] != '\t')
      h = (h ^ (unsigned char)line[i]) * 1099511628211u;
  return hash_str(h, d->msg);
}

// Gives every diagnostic of 's' (sorted) its fingerprints "hex:N", N counting it and
// the earlier ones with the same base (the base includes the file).
static void fill_fingerprints(Results *s, const char *root) {
  int cap = 16;
  while (cap < 4 * s->ndiags)
    cap *= 2;
  struct { uint64_t base; int n; } *seen = arena_alloc(s->arena, sizeof *seen * (size_t)cap);
  for (int i = 0; i < s->ndiags; i++)
    for (int by_text = 0; by_text < 2; by_text++) {
      uint64_t b = (fingerprint_base(s, s->diags[i], by_text, root) << 1) | 1;  // never 0: 0 marks a free slot
      b ^= (uint64_t)by_text << 1;  // the two kinds never share a count
      int k = (int)(b & (uint64_t)(cap - 1));
      while (seen[k].base && seen[k].base != b)
        k = (k + 1) & (cap - 1);
      seen[k].base = b;
      const char *fp = arena_printf(s->arena, "%016llx:%d", (unsigned long long)b, ++seen[k].n);
      if (by_text)
        s->diags[i]->fingerprint_text = fp;
      else
        s->diags[i]->fingerprint = fp;
    }
}

// Sorts the diagnostics by file path, line, column, rule and message (then by every
// other field, so the order is total), drops exact duplicates, and fingerprints them.
void diag_sort(MUT_BORROW Results *s, BORROWED const char *root) {
  if (s->ndiags >= 2) {
    Diag **tmp = arena_alloc(s->arena, sizeof *tmp * (size_t)s->ndiags);
    merge_sort(s, s->diags, tmp, s->ndiags);
    int n = 1;
    for (int i = 1; i < s->ndiags; i++)
      if (diag_cmp(s, s->diags[n - 1], s->diags[i]) != 0)
        s->diags[n++] = s->diags[i];
    s->ndiags = n;
  }
  fill_fingerprints(s, root);
}

// ---- merging -------------------------------------------------------------------

static Span remap(Span sp, const int *map, int nmap) {
  if (sp.file >= 0 && sp.file < nmap)
    sp.file = map[sp.file];
  return sp;
}

static const char *copy_str(Arena *a, const char *s) {
  return s ? arena_strdup(a, s) : NULL;
}

void results_merge(MUT_BORROW Results *into, BORROWED const Results *from) {
  int *map = arena_alloc(into->arena, sizeof(int) * (size_t)(from->nfiles + 1));
  for (int i = 0; i < from->nfiles; i++)
    map[i] = res_file(into, from->files[i]->path);
  Arena *a = into->arena;
  for (int i = 0; i < from->ndiags; i++) {
    const Diag *f = from->diags[i];
    Diag *d = arena_alloc(a, sizeof *d);
    *d = *f;
    d->span = remap(f->span, map, from->nfiles);
    d->msg = copy_str(a, f->msg);
    d->label = copy_str(a, f->label);
    d->help = copy_str(a, f->help);
    d->func = copy_str(a, f->func);
    d->place = copy_str(a, f->place);
    d->reason = copy_str(a, f->reason);
    d->fingerprint = copy_str(a, f->fingerprint);
    d->fingerprint_text = copy_str(a, f->fingerprint_text);
    d->labels = NULL;
    d->nlabels = d->caplabels = 0;
    for (int k = 0; k < f->nlabels; k++) {
      Label l = {remap(f->labels[k].span, map, from->nfiles), copy_str(a, f->labels[k].msg)};
      ARR_PUSH(a, d->labels, d->nlabels, d->caplabels, l);
    }
    d->notes = NULL;
    d->nnotes = d->capnotes = 0;
    for (int k = 0; k < f->nnotes; k++)
      ARR_PUSH(a, d->notes, d->nnotes, d->capnotes, copy_str(a, f->notes[k]));
    d->fixes = NULL;
    d->nfixes = d->capfixes = 0;
    for (int k = 0; k < f->nfixes; k++) {
      Fix x = {remap(f->fixes[k].at, map, from->nfiles), copy_str(a, f->fixes[k].text)};
      ARR_PUSH(a, d->fixes, d->nfixes, d->capfixes, x);
    }
    ARR_PUSH(a, into->diags, into->ndiags, into->capdiags, d);
  }
}

// ---- the sink ------------------------------------------------------------------

struct SinkSeen {
  Rule rule;
  const char *place;
  int line, col;
  Diag *d;
};

Sink sink_new(MUT_BORROW Results *res, BORROWED const Config *cfg, BORROWED const char *func, int func_line,
              MUT_BORROW Arena *scratch) {
  Sink k = {0};
  k.res = res;
  k.cfg = cfg;
  k.func = func ? arena_strdup(res->arena, func) : NULL;  // Diags outlive the TU arena
  k.func_line = func_line;
  k.scratch = scratch;
  return k;
}

static bool per_line(Rule r) {
  return r == OWN004 || r == OWN005 || r == OWN006;
}

Diag *sink_add(MUT_BORROW Sink *k, Rule rule, Span at, BORROWED const char *place, BORROWED const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  Diag *d = sink_addv(k, rule, at, place, fmt, ap);
  va_end(ap);
  return d;
}

Diag *sink_addv(MUT_BORROW Sink *k, Rule rule, Span at, BORROWED const char *place, BORROWED const char *fmt,
                va_list ap) {
  k->again = NULL;
  int col = per_line(rule) ? 0 : at.col;
  for (int i = 0; i < k->nseen; i++) {
    const SinkSeen *e = &k->seen[i];
    if (e->rule == rule && e->line == at.line && e->col == col && !strcmp(e->place, place ? place : "")) {
      k->again = e->d;
      return NULL;
    }
  }
  Level level = rule > RULE_NONE && rule < RULE_COUNT ? k->cfg->level[rule] : LVL_ERROR;
  if (level == LVL_NONE)
    return NULL;  // the rule is off (.ownck.json)
  Diag *d = new_diag(k->res, rule, level, at);
  d->fail_on = k->cfg->opt.fail_on;
  d->msg = vfmt(k->res->arena, fmt, ap);
  d->func = k->func;
  d->func_line = k->func_line;
  d->place = place ? arena_strdup(k->res->arena, place) : NULL;
  SinkSeen e = {rule, place ? arena_strdup(k->scratch, place) : "", at.line, col, d};
  ARR_PUSH(k->scratch, k->seen, k->nseen, k->capseen, e);
  return d;
}

void sink_drop(MUT_BORROW Sink *k, Diag *d) {
  Results *r = k->res;
  for (int i = 0; i < r->ndiags; i++)
    if (r->diags[i] == d) {
      memmove(&r->diags[i], &r->diags[i + 1], sizeof(Diag *) * (size_t)(r->ndiags - i - 1));
      r->ndiags--;
      break;
    }
  for (int i = 0; i < k->nseen; i++)
    if (k->seen[i].d == d) {
      k->seen[i].d = NULL;
      k->seen[i].line = -1;  // never matches again
    }
}

// The findings this sink made, in order (NULL entries: dropped).
int sink_count(BORROWED const Sink *k) { return k->nseen; }
Diag *sink_nth(BORROWED const Sink *k, int i) { return k->seen[i].d; }
