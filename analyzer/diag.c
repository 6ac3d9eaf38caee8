// diag.c: diagnostics as data, and the source files they point into.
//
// The checks add Diags (rule, primary span, headline, labelled secondary spans, notes,
// help) to the Session; nothing here prints. Source files are registered by path and
// loaded lazily, only when a renderer asks for a line. All memory comes from the
// session arena. diag_sort() gives the one deterministic order the renderers use.
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

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

// The index of the file 'path' in 's', registering it if it is new.
int sess_file(MUT_BORROW Session *s, BORROWED const char *path) {
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

// Fills f->line_off with the offset of each line start. Lines end as clang counts
// them: "\n", "\r\n" or a lone "\r". A final line end does not start another line.
static void fill_lines(Arena *a, SrcFile *f) {
  int n = 0, cap = 0;
  int *off = NULL;
  for (size_t i = 0; i < f->len; i++) {
    bool after_cr = i > 0 && f->text[i - 1] == '\r' && f->text[i] != '\n';
    if (i == 0 || f->text[i - 1] == '\n' || after_cr)
      ARR_PUSH(a, off, n, cap, (int)i);
  }
  f->line_off = off ? off : arena_alloc(a, sizeof(int));
  f->nlines = n;
}

// Line 'line' (1-based) of file 'file', without its "\n" or "\r\n"; its length goes
// to '*len'. NULL if the file cannot be read or has no such line. The text is not
// NUL-terminated at the line's end.
const char *src_line(MUT_BORROW Session *s, int file, int line, size_t *len) {
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

static Diag *new_diag(Session *s, Rule rule, Level level, Span span) {
  Diag *d = arena_alloc(s->arena, sizeof *d);
  d->rule = rule;
  d->level = level;
  d->span = span;
  ARR_PUSH(s->arena, s->diags, s->ndiags, s->capdiags, d);
  return d;
}

// A finding of 'rule' at 'span' with the printf-formatted headline 'fmt'. Its level
// is the rule's default; the caller may raise or lower d->level.
Diag *diag_add(MUT_BORROW Session *s, Rule rule, Span span, BORROWED const char *fmt, ...) {
  const RuleInfo *ri = rule_info(rule);
  Diag *d = new_diag(s, rule, ri ? ri->level : LVL_ERROR, span);
  va_list ap;
  va_start(ap, fmt);
  d->msg = vfmt(s->arena, fmt, ap);
  va_end(ap);
  return d;
}

// A message from the tool itself (RULE_NONE) at 'level': a skipped function, a file
// clang could not parse. 'span' may have line 0 (no location).
Diag *diag_tool(MUT_BORROW Session *s, Level level, Span span, BORROWED const char *fmt, ...) {
  Diag *d = new_diag(s, RULE_NONE, level, span);
  va_list ap;
  va_start(ap, fmt);
  d->msg = vfmt(s->arena, fmt, ap);
  va_end(ap);
  return d;
}

// Adds a secondary span 'span' with the label 'fmt' to 'd'; labels keep the order in
// which they are added (path order: allocated, moved, ...).
void diag_label(MUT_BORROW Session *s, MUT_BORROW Diag *d, Span span, BORROWED const char *fmt,
                ...) {
  va_list ap;
  va_start(ap, fmt);
  Label l = {span, vfmt(s->arena, fmt, ap)};
  va_end(ap);
  ARR_PUSH(s->arena, d->labels, d->nlabels, d->caplabels, l);
}

// Adds the span-less note 'fmt' to 'd' ("= note: ...").
void diag_note(MUT_BORROW Session *s, MUT_BORROW Diag *d, BORROWED const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  const char *n = vfmt(s->arena, fmt, ap);
  va_end(ap);
  ARR_PUSH(s->arena, d->notes, d->nnotes, d->capnotes, n);
}

// Sets the help line of 'd' ("= help: ..."), replacing an earlier one.
void diag_help(MUT_BORROW Session *s, MUT_BORROW Diag *d, BORROWED const char *fmt, ...) {
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

// The session of the diagnostics being sorted (qsort passes no context).
static Session *sorting;

static const char *file_path(int file) {
  if (file < 0 || file >= sorting->nfiles)
    return "";
  return sorting->files[file]->path;
}

// Compares where two spans are: file path, then position.
static int loc_cmp(const Span *a, const Span *b) {
  int c = strcmp(file_path(a->file), file_path(b->file));
  return c ? c : span_cmp(a, b);
}

static int labels_cmp(const Diag *a, const Diag *b) {
  int c = int_cmp(a->nlabels, b->nlabels);
  for (int i = 0; !c && i < a->nlabels; i++) {
    c = loc_cmp(&a->labels[i].span, &b->labels[i].span);
    if (!c)
      c = str_cmp(a->labels[i].msg, b->labels[i].msg);
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
static int diag_cmp(const void *pa, const void *pb) {
  const Diag *a = *(const Diag *const *)pa, *b = *(const Diag *const *)pb;
  int c = loc_cmp(&a->span, &b->span);
  if (!c)
    c = int_cmp(a->rule, b->rule);
  if (!c)
    c = str_cmp(a->msg, b->msg);
  if (!c)
    c = int_cmp(b->level, a->level);
  if (!c)
    c = str_cmp(a->label, b->label);
  if (!c)
    c = labels_cmp(a, b);
  if (!c)
    c = notes_cmp(a, b);
  if (!c)
    c = str_cmp(a->help, b->help);
  if (!c)
    c = str_cmp(a->func, b->func);
  return c;
}

// Sorts the session's diagnostics by file path, line, column, rule and message (then
// by every other field, so the order is total) and drops exact duplicates.
// qsort() passes its comparator no context, so the session it needs for file paths
// sits in a static for the duration of the sort: a borrow escaping into a global,
// which OWN008 rightly rejects. UNCHECKED marks this one exception; diag_sort
// clears the static once it has also used it to drop duplicates.
UNCHECKED static void sort_by_location(MUT_BORROW Session *s) {
  sorting = s;
  qsort(s->diags, (size_t)s->ndiags, sizeof *s->diags, diag_cmp);
}

void diag_sort(MUT_BORROW Session *s) {
  if (s->ndiags < 2)
    return;
  sort_by_location(s);
  int n = 1;
  for (int i = 1; i < s->ndiags; i++)
    if (diag_cmp(&s->diags[n - 1], &s->diags[i]) != 0)
      s->diags[n++] = s->diags[i];
  s->ndiags = n;
  sorting = NULL;
}
