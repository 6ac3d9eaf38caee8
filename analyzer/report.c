// report.c: renders the sorted diagnostics of a Results as gcc text, rustc-style rich
// text, or SARIF 2.1.0.
//
// Input: Results.diags, already sorted by diag_sort(), and the source files they
// point into (read through src_line()). Output: bytes on one FILE, identical for the
// same input. Spans carry byte columns: gcc prints them as they are, rich converts
// them to display columns (tabs become four spaces, as in rustc), SARIF to UTF-16
// code units. Diagnostics at LVL_NONE are not shown. Rendering scratch comes from the
// arena of the Results; the cJSON tree is freed right after it is printed.
#define _XOPEN_SOURCE 700
#include <cjson/cJSON.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyzer.h"

// The keys of our fingerprints in SARIF partialFingerprints (and of baselines).
#define SARIF_FINGERPRINT "ownck/v1"
#define SARIF_FINGERPRINT_TEXT "ownck-line/v1"

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

// Shown in the text formats and the HTML page: not suppressed, not in the baseline.
static bool shown(const Diag *d) {
  return diag_shown(d);
}

// A result of the SARIF log: suppressed ones too (marked so), not those in the
// baseline (the log lists what is new).
static bool in_sarif(const Diag *d) {
  return d->rule != RULE_NONE && d->level != LVL_NONE && !d->in_baseline;
}

static bool has_loc(const Results *s, Span sp) {
  return sp.line > 0 && sp.file >= 0 && sp.file < s->nfiles;
}

static const char *file_path(const Results *s, int file) {
  return file >= 0 && file < s->nfiles ? s->files[file]->path : NULL;
}

// ---- gcc: file:line:col: error: msg [OWN001] ----

// Writes "file:line:col: " for 'sp' ("file: " without a line, "ownck: " without a file).
static void gcc_loc(const Results *s, Span sp, FILE *out) {
  const char *path = file_path(s, sp.file);
  if (!path) {
    fputs("ownck: ", out);
    return;
  }
  fputs(path, out);
  if (sp.line > 0)
    fprintf(out, sp.col > 0 ? ":%d:%d" : ":%d", sp.line, sp.col);
  fputs(": ", out);
}

// A fix-it as clang's -fdiagnostics-parseable-fixits prints it:
// fix-it:"file":{line:col-line:col}:"text", the text escaped as clang does.
static void fixit_line(const Results *s, const Fix *f, FILE *out) {
  const char *path = file_path(s, f->at.file);
  if (!path || f->at.line <= 0)
    return;
  fputs("fix-it:\"", out);
  for (const char *p = path; *p; p++)
    fprintf(out, *p == '"' || *p == '\\' ? "\\%c" : "%c", *p);
  fprintf(out, "\":{%d:%d-%d:%d}:\"", f->at.line, f->at.col, f->at.end_line, f->at.end_col);
  for (const char *p = f->text; *p; p++) {
    if (*p == '\n')
      fputs("\\n", out);
    else if (*p == '\t')
      fputs("\\t", out);
    else
      fprintf(out, *p == '"' || *p == '\\' ? "\\%c" : "%c", *p);
  }
  fputs("\"\n", out);
}

// With --path the labels are the numbered events of the path, and the finding itself
// is the last: "note: (3) value used here after release".
static void gcc_diag(const Results *s, const Config *cfg, const Diag *d, FILE *out) {
  gcc_loc(s, d->span, out);
  fprintf(out, "%s: %s", level_name(d->level), d->msg);
  const RuleInfo *ri = rule_info(&cfg->rules, d->rule);
  if (ri)
    fprintf(out, " [%s]", ri->id);
  fputc('\n', out);
  bool path = cfg->opt.path && d->nlabels > 0;
  for (int i = 0; i < d->nlabels; i++) {
    gcc_loc(s, has_loc(s, d->labels[i].span) ? d->labels[i].span : d->span, out);
    if (path)
      fprintf(out, "note: (%d) %s\n", i + 1, d->labels[i].msg);
    else
      fprintf(out, "note: %s\n", d->labels[i].msg);
  }
  if (path) {
    gcc_loc(s, d->span, out);
    fprintf(out, "note: (%d) %s\n", d->nlabels + 1, d->label ? d->label : d->msg);
  }
  for (int i = 0; i < d->nnotes; i++) {
    gcc_loc(s, d->span, out);
    fprintf(out, "note: %s\n", d->notes[i]);
  }
  if (d->help) {
    gcc_loc(s, d->span, out);
    fprintf(out, "help: %s\n", d->help);
  }
  for (int i = 0; i < d->nfixes; i++)
    fixit_line(s, &d->fixes[i], out);
}

static void write_gcc(Results *s, const Config *cfg, FILE *out) {
  for (int i = 0; i < s->ndiags; i++)
    if (shown(s->diags[i]))
      gcc_diag(s, cfg, s->diags[i], out);
}

// ---- rich: rustc's human layout ----
//
//   error[OWN001]: use of moved value 'buf'       header
//    --> uam.c:9:8                                 primary location
//     |
//   8 |   consume(buf);                            source line
//     |           --- value moved here             secondary label
//   9 |   free(buf);
//     |        ^^^ value used here after move      primary label
//     |
//     = help: ...                                  span-less notes and help
//
// Labels in other files get their own " ::: file:line:col" block. Lines between two
// annotated lines are elided as "..." unless only one line is skipped.

#define C_RESET "\033[0m"
#define C_BOLD "\033[1m"
#define C_BLUE "\033[1;94m"
#define C_HELP "\033[1;96m"

enum { TAB_WIDTH = 4 };

// One underlined range of a source line.
typedef struct Mark {
  int file, line;
  int col, end;          // byte columns [col, end), 1-based; end 0: to the end of the line
  int dcol, dend;        // the same range in display columns, 0-based (filled per line)
  const char *text;      // label text, or NULL
  bool primary;
  int order;             // position in the diagnostic (tie breaker)
} Mark;

typedef struct Rich {
  Results *s;
  const Config *cfg;
  FILE *out;
  bool color;
  Level level;           // of the diagnostic being drawn: colours the primary
  int width;             // gutter width: digits of the largest line number shown
} Rich;

// A row under a source line: characters with a style each (0 plain, 1 primary,
// 2 secondary). Label text is only ever written last, at the row's right end.
typedef struct Row {
  char *ch;
  unsigned char *st;
  int n, cap;
} Row;

static const char *level_color(Level l) {
  return l == LVL_ERROR ? "\033[1;91m" : l == LVL_WARNING ? "\033[1;93m" : "\033[1;92m";
}

// Writes 'text', in 'color' when colours are on.
static void paint(const Rich *r, const char *color, const char *text) {
  if (r->color)
    fprintf(r->out, "%s%s%s", color, text, C_RESET);
  else
    fputs(text, r->out);
}

static void spaces(FILE *out, int n) {
  for (int i = 0; i < n; i++)
    fputc(' ', out);
}

// The empty gutter line "   |".
static void gutter(const Rich *r) {
  spaces(r->out, r->width + 1);
  paint(r, C_BLUE, "|");
  fputc('\n', r->out);
}

static void row_grow(Rich *r, Row *row, int n) {
  if (n <= row->cap)
    return;
  int nc = n * 2 + 16;
  row->ch = arena_realloc(r->s->arena, row->ch, (size_t)row->cap, (size_t)nc);
  row->st = arena_realloc(r->s->arena, row->st, (size_t)row->cap, (size_t)nc);
  row->cap = nc;
}

// Sets the cell at 'col' to 'c' in style 'st', padding with spaces.
static void row_put(Rich *r, Row *row, int col, char c, int st) {
  row_grow(r, row, col + 1);
  for (; row->n <= col; row->n++) {
    row->ch[row->n] = ' ';
    row->st[row->n] = 0;
  }
  row->ch[col] = c;
  row->st[col] = (unsigned char)st;
}

static void row_text(Rich *r, Row *row, int col, const char *text, int st) {
  for (int i = 0; text[i]; i++)
    row_put(r, row, col + i, text[i], st);
}

static const char *style_color(const Rich *r, int st) {
  return st == 1 ? level_color(r->level) : C_BLUE;
}

// Writes 'row' after an empty gutter, without trailing blanks.
static void row_emit(const Rich *r, const Row *row) {
  int n = row->n;
  while (n > 0 && row->ch[n - 1] == ' ')
    n--;
  spaces(r->out, r->width + 1);
  paint(r, C_BLUE, n ? "| " : "|");
  int cur = 0;
  for (int i = 0; i < n; i++) {
    int st = row->ch[i] == ' ' ? cur : row->st[i];
    if (r->color && st != cur)
      fputs(st ? style_color(r, st) : C_RESET, r->out);
    cur = st;
    fputc(row->ch[i], r->out);
  }
  if (r->color && cur)
    fputs(C_RESET, r->out);
  fputc('\n', r->out);
}

// Display width of the first 'col' - 1 bytes of the line 't' (of 'len' bytes); bytes
// past its end count one column each.
static int display_col(const char *t, size_t len, int col) {
  int w = 0;
  for (int i = 0; i < col - 1; i++) {
    if ((size_t)i >= len)
      w++;
    else if (t[i] == '\t')
      w += TAB_WIDTH;
    else if (((unsigned char)t[i] & 0xC0) != 0x80)
      w++;
  }
  return w;
}

// Writes "NN | text" for line 'line' of 'file'; false if the line is not available.
static bool source_line(Rich *r, int file, int line) {
  size_t len;
  const char *t = src_line(r->s, file, line, &len);
  if (!t)
    return false;
  while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '\t'))
    len--;
  char num[32];
  snprintf(num, sizeof num, "%*d |", r->width, line);
  paint(r, C_BLUE, num);
  if (len)
    fputc(' ', r->out);
  for (size_t i = 0; i < len; i++) {
    if (t[i] == '\t')
      spaces(r->out, TAB_WIDTH);
    else
      fputc(t[i], r->out);
  }
  fputc('\n', r->out);
  return true;
}

// Fills the display range of every mark in m[0..n), which all lie on one line.
static void fill_display(Rich *r, Mark *m, int n) {
  size_t len;
  const char *t = src_line(r->s, m[0].file, m[0].line, &len);
  for (int i = 0; i < n; i++) {
    int end = m[i].end ? m[i].end : (int)len + 1;
    if (end <= m[i].col)
      end = m[i].col + 1;
    m[i].dcol = display_col(t, len, m[i].col);
    m[i].dend = display_col(t, len, end);
    if (m[i].dend <= m[i].dcol)
      m[i].dend = m[i].dcol + 1;
  }
}

static int mark_cmp_display(const void *pa, const void *pb) {
  const Mark *a = pa, *b = pb;
  if (a->dcol != b->dcol)
    return a->dcol < b->dcol ? -1 : 1;
  if (a->primary != b->primary)
    return a->primary ? -1 : 1;
  return (a->order > b->order) - (a->order < b->order);
}

// The row of underlines: '^' for the primary, '-' for secondary labels.
static void underline_row(Rich *r, Row *row, const Mark *m, int n) {
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < n; i++)
      if (m[i].primary == (pass == 1))
        for (int c = m[i].dcol; c < m[i].dend; c++)
          row_put(r, row, c, m[i].primary ? '^' : '-', m[i].primary ? 1 : 2);
}

// True if the label of the rightmost mark m[n-1] fits after its underline.
static bool label_inline(const Mark *m, int n) {
  if (!m[n - 1].text)
    return false;
  for (int i = 0; i < n - 1; i++)
    if (m[i].dend > m[n - 1].dcol)
      return false;
  return true;
}

// Draws the labels of the marks m[0..n) of one line (sorted by display column): the
// rightmost inline when nothing overlaps it, the others hanging from '|' below,
// rightmost first, as rustc stacks them.
static void annotate_line(Rich *r, Mark *m, int n) {
  qsort(m, (size_t)n, sizeof *m, mark_cmp_display);
  Row row = {0};
  underline_row(r, &row, m, n);
  bool inl = label_inline(m, n);
  if (inl)
    row_text(r, &row, m[n - 1].dend + 1, m[n - 1].text, m[n - 1].primary ? 1 : 2);
  row_emit(r, &row);
  const Mark *stack[64];
  int ns = 0;
  for (int i = n - 1 - inl; i >= 0 && ns < 64; i--)
    if (m[i].text)
      stack[ns++] = &m[i];
  for (int k = -1; k < ns; k++) {
    Row hang = {0};
    for (int j = k + 1; j < ns; j++)
      row_put(r, &hang, stack[j]->dcol, '|', stack[j]->primary ? 1 : 2);
    if (k >= 0)
      row_text(r, &hang, stack[k]->dcol, stack[k]->text, stack[k]->primary ? 1 : 2);
    if (k >= 0 || ns > 0)
      row_emit(r, &hang);
  }
}

// Writes "  --> file:line:col" (or "  ::: ..." for a further file).
static void location_line(Rich *r, const char *arrow, int file, int line, int col) {
  spaces(r->out, r->width);
  paint(r, C_BLUE, arrow);
  fprintf(r->out, " %s", file_path(r->s, file));
  if (line > 0)
    fprintf(r->out, col > 0 ? ":%d:%d" : ":%d", line, col);
  fputc('\n', r->out);
}

static int mark_cmp_pos(const void *pa, const void *pb) {
  const Mark *a = pa, *b = pb;
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  if (a->col != b->col)
    return a->col < b->col ? -1 : 1;
  return (a->order > b->order) - (a->order < b->order);
}

// Draws the annotated lines of one file: m[0..n) sorted by position.
static void snippet(Rich *r, Mark *m, int n) {
  int prev = 0;
  for (int i = 0; i < n;) {
    int j = i;
    while (j < n && m[j].line == m[i].line)
      j++;
    int line = m[i].line;
    if (prev && line - prev == 2)
      source_line(r, m[i].file, prev + 1);
    else if (prev && line - prev > 2) {
      paint(r, C_BLUE, "...");
      fputc('\n', r->out);
    }
    if (source_line(r, m[i].file, line)) {
      fill_display(r, m + i, j - i);
      annotate_line(r, m + i, j - i);
    }
    prev = line;
    i = j;
  }
}

// Collects the primary span and the secondary labels of 'd' that have a location.
static int collect_marks(Rich *r, const Diag *d, Mark *m) {
  int n = 0;
  if (has_loc(r->s, d->span))
    m[n++] = (Mark){d->span.file, d->span.line, d->span.col, 0, 0, 0, d->label, true, 0};
  for (int i = 0; i < d->nlabels; i++) {
    Span sp = d->labels[i].span;
    if (has_loc(r->s, sp))
      m[n++] = (Mark){sp.file, sp.line, sp.col, 0, 0, 0, d->labels[i].msg, false, i + 1};
  }
  for (int i = 0; i < n; i++) {
    if (m[i].text && !*m[i].text)
      m[i].text = NULL;
    Span sp = m[i].primary ? d->span : d->labels[m[i].order - 1].span;
    int one = sp.col + 1;
    m[i].end = sp.end_line == sp.line ? (sp.end_col > sp.col ? sp.end_col : one)
               : sp.end_line > sp.line ? 0 : one;
  }
  return n;
}

static int digits(int v) {
  int n = 1;
  while (v >= 10)
    v /= 10, n++;
  return n;
}

// Draws every file's snippet: the primary's file first, then the others in the order
// their labels come. The first block is introduced by "-->", the others by ":::".
static void snippets(Rich *r, const Diag *d, Mark *m, int n) {
  int done = 0;
  Mark *grp = arena_alloc(r->s->arena, sizeof *grp * (size_t)(n ? n : 1));
  while (done < n) {
    int file = m[0].file, ng = 0, rest = 0;
    for (int i = 0; i < n - done; i++)
      if (m[i].file == file)
        grp[ng++] = m[i];
      else
        m[rest++] = m[i];
    qsort(grp, (size_t)ng, sizeof *grp, mark_cmp_pos);
    bool first = done == 0;
    bool at_primary = first && has_loc(r->s, d->span);
    Span at = at_primary ? d->span : (Span){file, grp[0].line, grp[0].col, 0, 0};
    if (!first)
      gutter(r);
    location_line(r, first ? "-->" : ":::", file, at.line, at.col);
    gutter(r);
    snippet(r, grp, ng);
    done += ng;
  }
}

// Writes "  = note: text", indenting further lines of 'text' under its first.
static void footer_line(Rich *r, const char *kind, const char *color, const char *text) {
  spaces(r->out, r->width + 1);
  paint(r, C_BLUE, "=");
  fputc(' ', r->out);
  paint(r, color, kind);
  fputs(": ", r->out);
  for (const char *p = text; *p; p++) {
    fputc(*p, r->out);
    if (*p == '\n')
      spaces(r->out, r->width + 1 + 2 + (int)strlen(kind) + 2);
  }
  fputc('\n', r->out);
}

// --path: "= path:" and the numbered events, each with its location.
static void path_events(Rich *r, const Diag *d, bool after_gutter) {
  if (!after_gutter)
    gutter(r);
  footer_line(r, "path", C_BOLD, "the events that lead here:");
  for (int i = 0; i <= d->nlabels; i++) {
    Span sp = i < d->nlabels && has_loc(r->s, d->labels[i].span) ? d->labels[i].span : d->span;
    const char *text = i < d->nlabels ? d->labels[i].msg : d->label ? d->label : d->msg;
    spaces(r->out, r->width + 5);
    fprintf(r->out, "(%d) %s:%d:%d: %s\n", i + 1, file_path(r->s, sp.file) ? file_path(r->s, sp.file) : "?",
            sp.line, sp.col, text);
  }
}

static void footer(Rich *r, const Diag *d, bool had_snippet) {
  bool any = d->nnotes > 0 || d->help;
  for (int i = 0; i < d->nlabels; i++)
    any = any || !has_loc(r->s, d->labels[i].span);
  if (any && had_snippet)
    gutter(r);
  for (int i = 0; i < d->nlabels; i++)
    if (!has_loc(r->s, d->labels[i].span))
      footer_line(r, "note", C_BOLD, d->labels[i].msg);
  for (int i = 0; i < d->nnotes; i++)
    footer_line(r, "note", C_BOLD, d->notes[i]);
  if (d->help)
    footer_line(r, "help", C_HELP, d->help);
  for (int i = 0; i < d->nfixes; i++) {
    const Fix *f = &d->fixes[i];
    const char *text = f->text;
    size_t n = strlen(text);
    if (n && text[n - 1] == '\n')
      text = arena_strndup(r->s->arena, text, n - 1);
    footer_line(r, "fix", C_HELP, arena_printf(r->s->arena, "insert '%s' at %s:%d:%d", text,
                                               file_path(r->s, f->at.file) ? file_path(r->s, f->at.file) : "?",
                                               f->at.line, f->at.col));
  }
  if (r->cfg->opt.path && d->nlabels > 0)
    path_events(r, d, had_snippet || any);
}

// Writes "error[OWN001]: msg" (or "warning: msg" for a tool message).
static void header(Rich *r, const Diag *d) {
  const RuleInfo *ri = rule_info(&r->cfg->rules, d->rule);
  const char *head = ri ? arena_printf(r->s->arena, "%s[%s]", level_name(d->level), ri->id)
                        : level_name(d->level);
  paint(r, level_color(d->level), head);
  paint(r, C_BOLD, arena_printf(r->s->arena, ": %s", d->msg));
  fputc('\n', r->out);
}

static void rich_diag(Rich *r, const Diag *d) {
  Mark *m = arena_alloc(r->s->arena, sizeof *m * (size_t)(d->nlabels + 1));
  int n = collect_marks(r, d, m);
  r->level = d->level;
  r->width = 1;
  for (int i = 0; i < n; i++)
    if (digits(m[i].line) > r->width)
      r->width = digits(m[i].line);
  header(r, d);
  if (!n && file_path(r->s, d->span.file))
    location_line(r, "-->", d->span.file, 0, 0);
  snippets(r, d, m, n);
  footer(r, d, n > 0);
  fputc('\n', r->out);
}

// What the shown diagnostics add up to, for the closing summary.
typedef struct Tally {
  int count[LVL_ERROR + 1];   // per level
  bool seen[RULE_COUNT];      // rules with at least one finding
  int nrules;
  Rule first;                 // the lowest of them
} Tally;

static Tally tally(const Results *s) {
  Tally t = {.first = RULE_NONE};
  for (int i = 0; i < s->ndiags; i++) {
    const Diag *d = s->diags[i];
    if (!shown(d))
      continue;
    t.count[d->level]++;
    if (d->rule == RULE_NONE || t.seen[d->rule])
      continue;
    t.seen[d->rule] = true;
    t.nrules++;
    if (t.first == RULE_NONE || d->rule < t.first)
      t.first = d->rule;
  }
  return t;
}

// "ownck: 2 errors, 1 warning, 1 note".
static void summary_counts(Rich *r, const Tally *t) {
  static const char *const words[] = {"", "note", "warning", "error"};
  paint(r, C_BOLD, "ownck:");
  const char *sep = " ";
  for (int l = LVL_ERROR; l >= LVL_NOTE; l--) {
    if (!t->count[l])
      continue;
    fputs(sep, r->out);
    paint(r, level_color((Level)l), arena_printf(r->s->arena, "%d %s%s", t->count[l], words[l],
                                                 t->count[l] == 1 ? "" : "s"));
    sep = ", ";
  }
  fputc('\n', r->out);
}

// The closing summary and, as rustc does, which rules --explain can tell more about.
static void summary(Rich *r) {
  Tally t = tally(r->s);
  if (!t.count[LVL_ERROR] && !t.count[LVL_WARNING] && !t.count[LVL_NOTE])
    return;
  summary_counts(r, &t);
  if (t.nrules > 1) {
    fputs("Some findings have detailed explanations:", r->out);
    const char *sep = " ";
    for (int k = OWN001; k < RULE_COUNT; k++)
      if (t.seen[k]) {
        fprintf(r->out, "%s%s", sep, rule_info(&r->cfg->rules, (Rule)k)->id);
        sep = ", ";
      }
    fputs(".\n", r->out);
  }
  if (t.nrules)
    fprintf(r->out, "For more information about %s, run `ownck --explain %s`.\n",
            t.nrules == 1 ? "this finding" : "a finding", rule_info(&r->cfg->rules, t.first)->id);
}

static void write_rich(Results *s, const Config *cfg, FILE *out) {
  Rich r = {s, cfg, out, cfg->opt.color, LVL_ERROR, 1};
  for (int i = 0; i < s->ndiags; i++)
    if (shown(s->diags[i]))
      rich_diag(&r, s->diags[i]);
  summary(&r);
}

// ---- SARIF 2.1.0 ----

typedef struct Sarif {
  Results *s;
  const Config *cfg;
  const char **uris;     // artifact URI of each file, computed on first use
  const char *root;      // Options.source_root made absolute, or NULL
} Sarif;

// 's' with every invalid UTF-8 sequence replaced by U+FFFD, so the JSON stays valid.
static const char *utf8_clean(Arena *a, const char *s) {
  size_t n = strlen(s);
  char *d = arena_alloc(a, n * 3 + 1), *o = d;
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    int k = *p < 0x80 ? 0 : (*p & 0xE0) == 0xC0 ? 1 : (*p & 0xF0) == 0xE0 ? 2 : (*p & 0xF8) == 0xF0 ? 3 : -1;
    int ok = k >= 0;
    for (int i = 1; ok && i <= k; i++)
      ok = (p[i] & 0xC0) == 0x80;
    if (!ok) {
      memcpy(o, "\xEF\xBF\xBD", 3);
      o += 3;
      p++;
      continue;
    }
    memcpy(o, p, (size_t)k + 1);
    o += k + 1;
    p += k + 1;
  }
  return d;
}

static cJSON *text_obj(Sarif *x, const char *text) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "text", utf8_clean(x->s->arena, text));
  return o;
}

// UTF-16 code units in the first 'col' - 1 bytes of the line 't' (of 'len' bytes),
// plus one: the SARIF column of byte column 'col'. Bytes past the end count one each.
static int utf16_col(const char *t, size_t len, int col) {
  int units = 0;
  for (int i = 0; i < col - 1; i++) {
    unsigned char c = (size_t)i < len ? (unsigned char)t[i] : 'x';
    if ((c & 0xC0) == 0x80)
      continue;
    units += (c & 0xF8) == 0xF0 ? 2 : 1;
  }
  return units + 1;
}

static int sarif_col(Sarif *x, int file, int line, int col) {
  size_t len;
  const char *t = src_line(x->s, file, line, &len);
  return t ? utf16_col(t, len, col) : col;
}

// The SARIF region of 'sp', in UTF-16 columns; an empty or reversed span covers one
// character.
static cJSON *region(Sarif *x, Span sp) {
  int end_line = sp.end_line, end_col = sp.end_col;
  if (end_line < sp.line || (end_line == sp.line && end_col <= sp.col))
    end_line = sp.line, end_col = sp.col + 1;
  cJSON *r = cJSON_CreateObject();
  cJSON_AddNumberToObject(r, "startLine", sp.line);
  cJSON_AddNumberToObject(r, "startColumn", sarif_col(x, sp.file, sp.line, sp.col > 0 ? sp.col : 1));
  cJSON_AddNumberToObject(r, "endLine", end_line);
  cJSON_AddNumberToObject(r, "endColumn", sarif_col(x, sp.file, end_line, end_col > 0 ? end_col : 2));
  return r;
}

// The directory holding '.git' above the absolute path 'abs', or NULL.
static const char *git_top(Arena *a, const char *abs) {
  char *dir = arena_strdup(a, abs);
  for (char *slash = strrchr(dir, '/'); slash; slash = strrchr(dir, '/')) {
    *slash = '\0';
    struct stat st;
    if (stat(arena_printf(a, "%s/.git", *dir ? dir : ""), &st) == 0)
      return *dir ? dir : "/";
  }
  return NULL;
}

// 'path' made absolute with symlinks resolved, or NULL if it does not exist.
static const char *absolute(Arena *a, const char *path) {
  char buf[PATH_MAX];
  return realpath(path, buf) ? arena_strdup(a, buf) : NULL;
}

// 'path' with every byte outside RFC 3986's unreserved set and '/' percent-encoded.
static const char *uri_escape(Arena *a, const char *path) {
  char *d = arena_alloc(a, strlen(path) * 3 + 1), *o = d;
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    unsigned char c = *p == '\\' ? '/' : *p;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        strchr("-._~/", c))
      *o++ = (char)c;
    else
      o += sprintf(o, "%%%02X", c);
  }
  return d;
}

// The URI of source file 'path': relative to the source root (Options.source_root,
// else the git top level above the file, else the current directory) when the file
// is under it, else an absolute file:// URI.
static const char *artifact_uri(Sarif *x, const char *path) {
  Arena *a = x->s->arena;
  const char *abs = absolute(a, path);
  if (!abs) {
    while (strncmp(path, "./", 2) == 0)
      path += 2;
    return path[0] == '/' ? arena_printf(a, "file://%s", uri_escape(a, path)) : uri_escape(a, path);
  }
  const char *root = x->root ? x->root : git_top(a, abs);
  root = root ? root : absolute(a, ".");
  size_t n = root ? strlen(root) : 0;
  if (root && strncmp(abs, root, n) == 0 && (abs[n] == '/' || root[n - 1] == '/'))
    return uri_escape(a, abs + n + (abs[n] == '/'));
  return arena_printf(a, "file://%s", uri_escape(a, abs));
}

static const char *file_uri(Sarif *x, int file) {
  if (!x->uris[file])
    x->uris[file] = artifact_uri(x, x->s->files[file]->path);
  return x->uris[file];
}

// {"physicalLocation": {"artifactLocation": {"uri"}, "region"}}; the region only when
// 'sp' has a line.
static cJSON *location(Sarif *x, Span sp) {
  cJSON *loc = cJSON_CreateObject();
  cJSON *phys = cJSON_AddObjectToObject(loc, "physicalLocation");
  cJSON *art = cJSON_AddObjectToObject(phys, "artifactLocation");
  cJSON_AddStringToObject(art, "uri", utf8_clean(x->s->arena, file_uri(x, sp.file)));
  if (sp.line > 0)
    cJSON_AddItemToObject(phys, "region", region(x, sp));
  return loc;
}

// 'text' with '\', '[' and ']' escaped, as SARIF message strings require.
static const char *msg_escape(Arena *a, const char *text) {
  char *d = arena_alloc(a, strlen(text) * 2 + 1), *o = d;
  for (const char *p = text; *p; p++) {
    if (*p == '\\' || *p == '[' || *p == ']')
      *o++ = '\\';
    *o++ = *p;
  }
  return d;
}

// Label 'text' linked to related location 'id': its last word "here" becomes the link
// ("value moved [here](1)"); without one, the whole label is the link.
static const char *linked_label(Arena *a, const char *text, int id) {
  const char *e = msg_escape(a, text), *here = NULL;
  for (const char *p = strstr(e, "here"); p; p = strstr(p + 1, "here"))
    if ((p == e || p[-1] == ' ') && (p[4] == '\0' || strchr(" ,.;:)", p[4])))
      here = p;
  if (!here)
    return arena_printf(a, "[%s](%d)", e, id);
  return arena_printf(a, "%.*s[here](%d)%s", (int)(here - e), e, id, here + 4);
}

// The result message: the headline, the located labels as links to their related
// locations, then the notes and the help on lines of their own.
static const char *result_message(Sarif *x, const Diag *d) {
  Arena *a = x->s->arena;
  const char *m = msg_escape(a, d->msg);
  const char *sep = " (";
  int id = 0;
  for (int i = 0; i < d->nlabels; i++)
    if (has_loc(x->s, d->labels[i].span)) {
      m = arena_printf(a, "%s%s%s", m, sep, linked_label(a, d->labels[i].msg, ++id));
      sep = "; ";
    }
  if (id)
    m = arena_printf(a, "%s)", m);
  for (int i = 0; i < d->nlabels; i++)
    if (!has_loc(x->s, d->labels[i].span))
      m = arena_printf(a, "%s\nnote: %s", m, msg_escape(a, d->labels[i].msg));
  for (int i = 0; i < d->nnotes; i++)
    m = arena_printf(a, "%s\nnote: %s", m, msg_escape(a, d->notes[i]));
  if (d->help)
    m = arena_printf(a, "%s\nhelp: %s", m, msg_escape(a, d->help));
  return m;
}

static cJSON *related_locations(Sarif *x, const Diag *d) {
  cJSON *arr = cJSON_CreateArray();
  int id = 0;
  for (int i = 0; i < d->nlabels; i++) {
    if (!has_loc(x->s, d->labels[i].span))
      continue;
    cJSON *loc = location(x, d->labels[i].span);
    cJSON_AddNumberToObject(loc, "id", ++id);
    cJSON_AddItemToObject(loc, "message", text_obj(x, d->labels[i].msg));
    cJSON_AddItemToArray(arr, loc);
  }
  return arr;
}

static cJSON *flow_step(Sarif *x, Span sp, const char *text) {
  cJSON *step = cJSON_CreateObject();
  cJSON *loc = location(x, sp);
  cJSON_AddItemToObject(loc, "message", text_obj(x, text));
  cJSON_AddItemToObject(step, "location", loc);
  return step;
}

// codeFlows[0].threadFlows[0].locations: the labels in path order, then the primary.
static cJSON *code_flows(Sarif *x, const Diag *d) {
  cJSON *steps = cJSON_CreateArray();
  for (int i = 0; i < d->nlabels; i++)
    if (has_loc(x->s, d->labels[i].span))
      cJSON_AddItemToArray(steps, flow_step(x, d->labels[i].span, d->labels[i].msg));
  cJSON_AddItemToArray(steps, flow_step(x, d->span, d->label ? d->label : d->msg));
  cJSON *thread = cJSON_CreateObject();
  cJSON_AddItemToObject(thread, "locations", steps);
  cJSON *threads = cJSON_CreateArray();
  cJSON_AddItemToArray(threads, thread);
  cJSON *flow = cJSON_CreateObject();
  cJSON_AddItemToObject(flow, "threadFlows", threads);
  cJSON *flows = cJSON_CreateArray();
  cJSON_AddItemToArray(flows, flow);
  return flows;
}

static int nlocated(const Results *s, const Diag *d) {
  int n = 0;
  for (int i = 0; i < d->nlabels; i++)
    n += has_loc(s, d->labels[i].span);
  return n;
}

// fixes[0]: the fix-its of 'd', one artifactChange per file, each a replacement of
// the (empty, for an insertion) region with the text.
static cJSON *fixes(Sarif *x, const Diag *d) {
  cJSON *arr = cJSON_CreateArray(), *fix = cJSON_CreateObject();
  cJSON_AddItemToObject(fix, "description", text_obj(x, d->msg));
  cJSON *changes = cJSON_AddArrayToObject(fix, "artifactChanges");
  for (int i = 0; i < d->nfixes; i++) {
    int file = d->fixes[i].at.file;
    bool seen = false;
    for (int k = 0; k < i && !seen; k++)
      seen = d->fixes[k].at.file == file;
    if (seen || !file_path(x->s, file))
      continue;
    cJSON *ch = cJSON_CreateObject();
    cJSON_AddStringToObject(cJSON_AddObjectToObject(ch, "artifactLocation"), "uri",
                            utf8_clean(x->s->arena, file_uri(x, file)));
    cJSON *reps = cJSON_AddArrayToObject(ch, "replacements");
    for (int k = i; k < d->nfixes; k++) {
      const Fix *f = &d->fixes[k];
      if (f->at.file != file)
        continue;
      cJSON *rep = cJSON_CreateObject(), *reg = cJSON_AddObjectToObject(rep, "deletedRegion");
      cJSON_AddNumberToObject(reg, "startLine", f->at.line);
      cJSON_AddNumberToObject(reg, "startColumn", sarif_col(x, file, f->at.line, f->at.col));
      cJSON_AddNumberToObject(reg, "endLine", f->at.end_line);
      cJSON_AddNumberToObject(reg, "endColumn", sarif_col(x, file, f->at.end_line, f->at.end_col));
      cJSON_AddItemToObject(rep, "insertedContent", text_obj(x, f->text));
      cJSON_AddItemToArray(reps, rep);
    }
    cJSON_AddItemToArray(changes, ch);
  }
  cJSON_AddItemToArray(arr, fix);
  return arr;
}

static cJSON *result(Sarif *x, const Diag *d) {
  const RuleInfo *ri = rule_info(&x->cfg->rules, d->rule);
  cJSON *res = cJSON_CreateObject();
  cJSON_AddStringToObject(res, "ruleId", ri->id);
  cJSON_AddNumberToObject(res, "ruleIndex", d->rule - OWN001);
  cJSON_AddStringToObject(res, "level", level_name(d->level));
  cJSON_AddItemToObject(res, "message", text_obj(x, result_message(x, d)));
  cJSON *locs = cJSON_AddArrayToObject(res, "locations");
  if (file_path(x->s, d->span.file))
    cJSON_AddItemToArray(locs, location(x, d->span));
  if (d->func && cJSON_GetArraySize(locs) > 0) {
    cJSON *logical = cJSON_AddArrayToObject(cJSON_GetArrayItem(locs, 0), "logicalLocations");
    cJSON *fn = cJSON_CreateObject();
    cJSON_AddStringToObject(fn, "name", utf8_clean(x->s->arena, d->func));
    cJSON_AddStringToObject(fn, "kind", "function");
    cJSON_AddItemToArray(logical, fn);
  }
  if (nlocated(x->s, d) > 0 && has_loc(x->s, d->span)) {
    cJSON_AddItemToObject(res, "relatedLocations", related_locations(x, d));
    cJSON_AddItemToObject(res, "codeFlows", code_flows(x, d));
  }
  if (d->fingerprint) {  // the baseline's keys (diag.c)
    cJSON *fps = cJSON_AddObjectToObject(res, "partialFingerprints");
    cJSON_AddStringToObject(fps, SARIF_FINGERPRINT, d->fingerprint);
    cJSON_AddStringToObject(fps, SARIF_FINGERPRINT_TEXT, d->fingerprint_text ? d->fingerprint_text : "");
  }
  if (x->cfg->opt.baseline)
    cJSON_AddStringToObject(res, "baselineState", "new");
  if (d->nfixes)
    cJSON_AddItemToObject(res, "fixes", fixes(x, d));
  if (d->suppressed) {
    cJSON *sup = cJSON_CreateObject();
    cJSON_AddStringToObject(sup, "kind", "inSource");
    if (d->reason)
      cJSON_AddStringToObject(sup, "justification", utf8_clean(x->s->arena, d->reason));
    cJSON_AddItemToArray(cJSON_AddArrayToObject(res, "suppressions"), sup);
  }
  return res;
}

// properties.tags: the rule's tags, then external/cwe/cwe-N for each of its CWEs.
static cJSON *rule_tags(const RuleInfo *ri) {
  cJSON *tags = cJSON_CreateArray();
  for (const char *p = ri->tags; *p; p += strspn(p, ", ")) {
    int len = (int)strcspn(p, ", ");
    char tag[64];
    snprintf(tag, sizeof tag, "%.*s", len, p);
    cJSON_AddItemToArray(tags, cJSON_CreateString(tag));
    p += len;
  }
  for (const char *p = ri->cwe ? ri->cwe : ""; *p; p += strspn(p, ", ")) {
    int len = (int)strcspn(p, ", ");
    char tag[64];
    snprintf(tag, sizeof tag, "external/cwe/cwe-%.*s", len, p);
    cJSON_AddItemToArray(tags, cJSON_CreateString(tag));
    p += len;
  }
  return tags;
}

static cJSON *sarif_rule(Sarif *x, const RuleInfo *ri) {
  cJSON *r = cJSON_CreateObject();
  cJSON_AddStringToObject(r, "id", ri->id);
  cJSON_AddStringToObject(r, "name", ri->name);
  cJSON_AddItemToObject(r, "shortDescription", text_obj(x, ri->summary));
  cJSON_AddItemToObject(r, "fullDescription", text_obj(x, ri->description));
  cJSON *help = cJSON_AddObjectToObject(r, "help");
  cJSON_AddStringToObject(help, "text", ri->text);
  cJSON_AddStringToObject(help, "markdown", ri->explain);
  cJSON_AddStringToObject(r, "helpUri",
                          arena_printf(x->s->arena, "%s/blob/main/docs/rules/%s.md",
                                       OWNCK_HOME_URL, ri->id));
  cJSON *conf = cJSON_AddObjectToObject(r, "defaultConfiguration");
  cJSON_AddStringToObject(conf, "level", level_name(ri->level));
  cJSON *props = cJSON_AddObjectToObject(r, "properties");
  cJSON_AddItemToObject(props, "tags", rule_tags(ri));
  cJSON_AddStringToObject(props, "precision", ri->precision);
  if (ri->security_severity)
    cJSON_AddStringToObject(props, "security-severity", ri->security_severity);
  return r;
}

static cJSON *driver(Sarif *x) {
  cJSON *drv = cJSON_CreateObject();
  cJSON_AddStringToObject(drv, "name", "ownck");
  cJSON_AddStringToObject(drv, "semanticVersion", OWNCK_VERSION);
  cJSON_AddStringToObject(drv, "informationUri", OWNCK_HOME_URL);
  cJSON *rules = cJSON_AddArrayToObject(drv, "rules");
  for (int r = OWN001; r < RULE_COUNT; r++)
    cJSON_AddItemToArray(rules, sarif_rule(x, rule_info(&x->cfg->rules, (Rule)r)));
  return drv;
}

// invocations[0]: tool messages (RULE_NONE) become toolExecutionNotifications; an
// error among them (a file that could not be analysed) makes the run unsuccessful.
static cJSON *invocation(Sarif *x) {
  cJSON *inv = cJSON_CreateObject();
  cJSON *notes = cJSON_CreateArray();
  bool ok = true;
  for (int i = 0; i < x->s->ndiags; i++) {
    const Diag *d = x->s->diags[i];
    if (d->rule != RULE_NONE || !shown(d))
      continue;
    ok = ok && d->level != LVL_ERROR;
    cJSON *n = cJSON_CreateObject();
    cJSON_AddStringToObject(n, "level", level_name(d->level));
    cJSON_AddItemToObject(n, "message", text_obj(x, d->msg));
    if (file_path(x->s, d->span.file))
      cJSON_AddItemToArray(cJSON_AddArrayToObject(n, "locations"), location(x, d->span));
    cJSON_AddItemToArray(notes, n);
  }
  cJSON_AddBoolToObject(inv, "executionSuccessful", ok);
  cJSON_AddItemToObject(inv, "toolExecutionNotifications", notes);
  cJSON *invs = cJSON_CreateArray();
  cJSON_AddItemToArray(invs, inv);
  return invs;
}

static cJSON *sarif_log(Sarif *x) {
  cJSON *log = cJSON_CreateObject();
  cJSON_AddStringToObject(log, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  cJSON_AddStringToObject(log, "version", "2.1.0");
  cJSON *run = cJSON_CreateObject();
  cJSON_AddItemToArray(cJSON_AddArrayToObject(log, "runs"), run);
  cJSON *tool = cJSON_AddObjectToObject(run, "tool");
  cJSON_AddItemToObject(tool, "driver", driver(x));
  cJSON_AddItemToObject(run, "invocations", invocation(x));
  cJSON_AddStringToObject(run, "columnKind", "utf16CodeUnits");
  cJSON *results = cJSON_AddArrayToObject(run, "results");
  for (int i = 0; i < x->s->ndiags; i++) {
    const Diag *d = x->s->diags[i];
    if (in_sarif(d))
      cJSON_AddItemToArray(results, result(x, d));
  }
  return log;
}

static bool write_sarif(Results *s, const Config *cfg, FILE *out) {
  Sarif x = {s, cfg, arena_alloc(s->arena, sizeof(char *) * (size_t)(s->nfiles + 1)), NULL};
  if (cfg->opt.source_root && *cfg->opt.source_root) {
    x.root = absolute(s->arena, cfg->opt.source_root);
    x.root = x.root ? x.root : cfg->opt.source_root;
  }
  cJSON *log = sarif_log(&x);
  char *text = cJSON_Print(log);
  cJSON_Delete(log);
  if (!text)
    fatal_internal(__FILE__, __LINE__, "cJSON_Print failed");
  fputs(text, out);
  fputc('\n', out);
  cJSON_free(text);
  return true;
}

// ---- baselines ----

static cJSON *read_sarif(const char *path) {
  Arena *a = arena_new();
  size_t len;
  const char *text = arena_read_file(a, path, (size_t)1 << 30, &len);
  cJSON *log = text ? cJSON_ParseWithLength(text, len) : NULL;
  if (!text)
    fprintf(stderr, "ownck: error: %s: %s\n", path, strerror(errno));
  else if (!log)
    fprintf(stderr, "ownck: error: %s: not JSON\n", path);
  arena_free(a);
  return log;
}

static cJSON *first_run(cJSON *log) {
  return cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(log, "runs"), 0);
}


bool report_apply_baseline(MUT_BORROW Results *r, BORROWED const char *path) {
  cJSON *log = read_sarif(path);
  if (!log)
    return false;
  const cJSON *results = cJSON_GetObjectItemCaseSensitive(first_run(log), "results");
  if (!cJSON_IsArray(results)) {
    fprintf(stderr, "ownck: error: %s: not a SARIF log (no runs[0].results)\n", path);
    cJSON_Delete(log);
    return false;
  }
  Arena *a = arena_new();
  const char **fps = NULL;  // both kinds: they never collide (diag.c)
  int n = 0, cap = 0;
  const cJSON *res;
  cJSON_ArrayForEach(res, results) {
    const cJSON *all = cJSON_GetObjectItemCaseSensitive(res, "partialFingerprints");
    const char *keys[] = {SARIF_FINGERPRINT, SARIF_FINGERPRINT_TEXT};
    for (int k = 0; k < 2; k++) {
      const cJSON *fp = cJSON_GetObjectItemCaseSensitive(all, keys[k]);
      if (cJSON_IsString(fp) && *fp->valuestring)
        ARR_PUSH(a, fps, n, cap, arena_strdup(a, fp->valuestring));
    }
  }
  cJSON_Delete(log);
  for (int i = 0; i < r->ndiags; i++) {
    Diag *d = r->diags[i];
    for (int k = 0; k < n && d->fingerprint && !d->in_baseline; k++)
      d->in_baseline = !strcmp(fps[k], d->fingerprint) || (d->fingerprint_text && !strcmp(fps[k], d->fingerprint_text));
  }
  arena_free(a);
  return true;
}

// ---- merging the SARIF of shards ----

// Where a SARIF result is: its first location's URI, line and column.
static void result_where(const cJSON *r, const char **uri, int *line, int *col) {
  const cJSON *loc = cJSON_GetObjectItemCaseSensitive(
      cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(r, "locations"), 0), "physicalLocation");
  const cJSON *u = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(loc, "artifactLocation"), "uri");
  const cJSON *reg = cJSON_GetObjectItemCaseSensitive(loc, "region");
  const cJSON *l = cJSON_GetObjectItemCaseSensitive(reg, "startLine"), *c = cJSON_GetObjectItemCaseSensitive(reg, "startColumn");
  *uri = cJSON_IsString(u) ? u->valuestring : "";
  *line = cJSON_IsNumber(l) ? l->valueint : 0;
  *col = cJSON_IsNumber(c) ? c->valueint : 0;
}

static const char *json_text(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (cJSON_IsObject(v))
    v = cJSON_GetObjectItemCaseSensitive(v, "text");
  return cJSON_IsString(v) ? v->valuestring : "";
}

// The order of one run's results: file, line, column, rule, message.
static int result_cmp(const void *pa, const void *pb) {
  const cJSON *a = *(const cJSON *const *)pa, *b = *(const cJSON *const *)pb;
  const char *ua, *ub;
  int la, lb, ca, cb;
  result_where(a, &ua, &la, &ca);
  result_where(b, &ub, &lb, &cb);
  int c = strcmp(ua, ub);
  if (!c)
    c = (la > lb) - (la < lb);
  if (!c)
    c = (ca > cb) - (ca < cb);
  if (!c)
    c = strcmp(json_text(a, "ruleId"), json_text(b, "ruleId"));
  if (!c)
    c = strcmp(json_text(a, "message"), json_text(b, "message"));
  return c;
}

// Sorts the results of the merged log as one run would have them.
static void sort_results(cJSON *results) {
  int n = cJSON_GetArraySize(results);
  Arena *a = arena_new();
  cJSON **items = arena_alloc(a, sizeof *items * (size_t)(n + 1));
  for (int i = 0; i < n; i++)
    items[i] = cJSON_DetachItemFromArray(results, 0);
  qsort(items, (size_t)n, sizeof *items, result_cmp);
  for (int i = 0; i < n; i++)
    cJSON_AddItemToArray(results, items[i]);
  arena_free(a);
}

bool report_merge_sarif(const char *const *paths, int n, FILE *out) {
  cJSON *base = read_sarif(paths[0]);
  cJSON *results = cJSON_GetObjectItemCaseSensitive(first_run(base), "results");
  if (base && !cJSON_IsArray(results)) {
    fprintf(stderr, "ownck: error: %s: not a SARIF log of ownck (no runs[0].results)\n", paths[0]);
    cJSON_Delete(base);
    return false;
  }
  bool ok = base != NULL;
  for (int i = 1; ok && i < n; i++) {
    cJSON *log = read_sarif(paths[i]);
    cJSON *more = cJSON_GetObjectItemCaseSensitive(first_run(log), "results");
    ok = log && cJSON_IsArray(more);
    if (log && !ok)
      fprintf(stderr, "ownck: error: %s: not a SARIF log of ownck (no runs[0].results)\n", paths[i]);
    while (ok && cJSON_GetArraySize(more) > 0)
      cJSON_AddItemToArray(results, cJSON_DetachItemFromArray(more, 0));
    cJSON_Delete(log);
  }
  if (ok)
    sort_results(results);
  char *text = ok ? cJSON_Print(base) : NULL;
  cJSON_Delete(base);
  if (text) {
    fputs(text, out);
    fputc('\n', out);
    cJSON_free(text);
  }
  return ok && fflush(out) == 0 && !ferror(out);
}

// ---- GitLab Code Quality (Code Climate issues) ----
// An array of {description, check_name, fingerprint, severity, location: {path,
// lines: {begin}}}, for GitLab's code-quality widget (artifacts:reports:codequality).

static const char *cc_severity(Level l) {
  return l == LVL_ERROR ? "major" : l == LVL_WARNING ? "minor" : "info";
}

static void write_codeclimate(Results *s, const Config *cfg, FILE *out) {
  Sarif x = {s, cfg, arena_alloc(s->arena, sizeof(char *) * (size_t)(s->nfiles + 1)), NULL};
  if (cfg->opt.source_root && *cfg->opt.source_root) {
    x.root = absolute(s->arena, cfg->opt.source_root);
    x.root = x.root ? x.root : cfg->opt.source_root;
  }
  cJSON *arr = cJSON_CreateArray();
  for (int i = 0; i < s->ndiags; i++) {
    const Diag *d = s->diags[i];
    const RuleInfo *ri = rule_info(&cfg->rules, d->rule);
    if (!ri || !shown(d) || !has_loc(s, d->span))
      continue;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "type", "issue");
    cJSON_AddStringToObject(o, "description", utf8_clean(s->arena, arena_printf(s->arena, "%s [%s]", d->msg, ri->id)));
    cJSON_AddStringToObject(o, "check_name", arena_printf(s->arena, "%s/%s", ri->id, ri->name));
    cJSON *cats = cJSON_AddArrayToObject(o, "categories");
    cJSON_AddItemToArray(cats, cJSON_CreateString(ri->security_severity ? "Security" : "Bug Risk"));
    cJSON_AddStringToObject(o, "fingerprint", d->fingerprint ? d->fingerprint : "");
    cJSON_AddStringToObject(o, "severity", cc_severity(d->level));
    cJSON *loc = cJSON_AddObjectToObject(o, "location");
    cJSON_AddStringToObject(loc, "path", utf8_clean(s->arena, file_uri(&x, d->span.file)));
    cJSON *lines = cJSON_AddObjectToObject(loc, "lines");
    cJSON_AddNumberToObject(lines, "begin", d->span.line);
    cJSON_AddNumberToObject(lines, "end", d->span.end_line >= d->span.line ? d->span.end_line : d->span.line);
    cJSON_AddItemToArray(arr, o);
  }
  char *text = cJSON_Print(arr);
  cJSON_Delete(arr);
  if (!text)
    fatal_internal(__FILE__, __LINE__, "cJSON_Print failed");
  fputs(text, out);
  fputc('\n', out);
  cJSON_free(text);
}

// Writes the diagnostics of 's' to 'out' in the format 'cfg' says. The caller has
// sorted them (diag_sort). Returns false if writing to 'out' failed.
bool report_write(MUT_BORROW Results *s, BORROWED const Config *cfg, FILE *out) {
  switch (cfg->opt.format) {
  case FMT_GCC:
    write_gcc(s, cfg, out);
    break;
  case FMT_RICH:
    write_rich(s, cfg, out);
    break;
  case FMT_SARIF:
    write_sarif(s, cfg, out);
    break;
  case FMT_HTML:
    return html_write(s, cfg, out);
  case FMT_CODECLIMATE:
    write_codeclimate(s, cfg, out);
    break;
  }
  return fflush(out) == 0 && !ferror(out);
}
