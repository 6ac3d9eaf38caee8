// html.c: renders a run's diagnostics as one self-contained HTML page (--format=html).
//
// Input: the sorted Results (diag_sort) and the Config (rule catalog); source lines come
// through src_line(). Output: one page on 'out' with inline CSS and JS only (no network,
// readable from file://), the same bytes for the same input. Findings are grouped by file,
// then rule; each shows its source excerpt with its path events (the located labels in
// order, then the primary) as numbered markers on the code. Every user text is
// HTML-escaped, invalid UTF-8 replaced by U+FFFD. The classes and data-* attributes are
// what testsuite/html-report.sh checks: section.finding[data-rule, data-level, data-file,
// data-line], li.event[data-step, data-line]. Scratch memory comes from the Results' arena.
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "analyzer.h"

enum { CONTEXT = 2 };   // source lines shown around each event

typedef struct Html {
  Results *s;
  const Config *cfg;
  FILE *out;
} Html;

// One path event: a located label, or the primary span (the last step).
typedef struct Event {
  Span span;
  const char *text;      // may be NULL (a primary without label text)
  int step;              // 1-based
  bool primary;
} Event;

// A finding's place in the page: file group (order of first appearance), then rule.
typedef struct Entry {
  const Diag *d;
  int file_order, index;
} Entry;

static const char CSS[] =
    ":root{--err:#c62828;--warn:#a15c00;--note:#1565c0;--sec:#1a62b8;--bd:#d0d7de;--mut:#656d76}"
    "body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}"
    "header{background:#fff;border-bottom:1px solid var(--bd);padding:10px 20px;position:sticky;top:0;"
    "z-index:1}h1{font-size:20px;margin:0 0 4px}"
    "h1 .ver{font-weight:400;color:var(--mut);font-size:14px}main{padding:8px 20px 40px}"
    "fieldset{display:inline-block;border:1px solid var(--bd);border-radius:6px;margin:4px 8px 0 0;"
    "padding:2px 8px}legend{color:var(--mut);font-size:12px}label{margin-right:10px;white-space:nowrap}"
    ".n{color:var(--mut)}#tool-messages>h2{font-size:16px;margin:14px 0 6px}"
    ".file>h2{font:600 16px ui-monospace,monospace;margin:18px 0 4px;overflow-wrap:anywhere}"
    ".group>h3{font-size:15px;margin:10px 0 6px}.group>h3 .sum{font-weight:400;color:var(--mut)}"
    ".finding,.tool{background:#fff;border:1px solid var(--bd);border-left:4px solid var(--err);"
    "border-radius:6px;margin:0 0 12px;padding:6px 12px}"
    ".finding[data-level=warning]{border-left-color:var(--warn)}"
    ".finding[data-level=note]{border-left-color:var(--note)}.tool{border-left-color:var(--mut)}"
    "h4{font-size:14px;margin:2px 0}"
    ".level{font:600 11px system-ui,sans-serif;text-transform:uppercase;padding:1px 7px;"
    "border-radius:9px;color:#fff;background:var(--err);vertical-align:1px}"
    ".level.warning{background:var(--warn)}.level.note{background:var(--note)}"
    ".rule{font-family:ui-monospace,monospace}"
    ".tag{font-weight:400;font-size:12px;color:var(--mut);border:1px solid var(--bd);border-radius:9px;"
    "padding:0 7px;margin-left:4px;white-space:nowrap}.where{margin:2px 0;color:var(--mut)}"
    ".where code,.loc{font-family:ui-monospace,monospace;font-size:12.5px}"
    "ol.events{list-style:none;margin:4px 0;padding:0}.event .loc{color:var(--mut)}"
    ".marker{display:inline-block;min-width:1.5em;height:1.5em;line-height:1.5em;border-radius:.75em;"
    "background:var(--sec);color:#fff;text-align:center;font:600 11px system-ui,sans-serif;"
    "margin:0 3px 0 1px;vertical-align:1px;white-space:nowrap}.marker.p{background:var(--err)}"
    ".code{font:12.5px/1.55 ui-monospace,Menlo,Consolas,monospace;background:#f6f8fa;"
    "border:1px solid var(--bd);border-radius:4px;overflow-x:auto;padding:3px 0;margin:6px 0}"
    ".code .cap{padding:0 8px;color:var(--mut)}"
    ".line,.ann,.gap{white-space:pre;tab-size:4;padding-right:10px}.line.ev{background:#fff8c5}"
    ".ln{display:inline-block;width:3.5em;text-align:right;color:var(--mut);padding-right:1em;"
    "user-select:none}.hl-p{background:#ffd8d3;text-decoration:underline wavy var(--err)}"
    ".hl-s{background:#dbeeff;text-decoration:underline var(--sec)}"
    ".ann{padding-left:5.2em;font-family:system-ui,sans-serif;color:#3a4048}"
    ".gap{color:var(--mut);padding-left:2em}.nosrc{color:var(--mut);font-style:italic}"
    "ul.notes{margin:4px 0;padding-left:18px}.help{margin:4px 0}.help b{color:#0a7d5a}"
    ".note b{color:var(--mut)}.empty{color:var(--mut)}[hidden]{display:none!important}";

// Filters: the checked rules and levels show their findings; the fragment
// (#rule=OWN001,OWN003&level=error) sets the boxes on load and follows them on change.
static const char JS[] =
    "(() => {\n"
    "'use strict';\n"
    "const all = (sel) => [...document.querySelectorAll(sel)];\n"
    "const F = all('.finding'), B = all('#filters input');\n"
    "const on = (k) => B.filter((b) => b.dataset.kind === k && b.checked).map((b) => b.value);\n"
    "const dec = (s) => { try { return decodeURIComponent(s); } catch (e) { return s; } };\n"
    "function apply() {\n"
    "  const r = on('rule'), l = on('level');\n"
    "  let n = 0;\n"
    "  for (const f of F) {\n"
    "    f.hidden = !(r.includes(f.dataset.rule) && l.includes(f.dataset.level));\n"
    "    n += f.hidden ? 0 : 1;\n"
    "  }\n"
    "  for (const g of all('.group,.file')) g.hidden = !g.querySelector('.finding:not([hidden])');\n"
    "  document.getElementById('nshown').textContent = n;\n"
    "  if (F.length) document.getElementById('none').hidden = n > 0;\n"
    "}\n"
    "function load() {\n"
    "  const q = {};\n"
    "  for (const p of location.hash.slice(1).split('&')) {\n"
    "    const i = p.indexOf('=');\n"
    "    if (i > 0) q[p.slice(0, i)] = dec(p.slice(i + 1)).toUpperCase().split(',');\n"
    "  }\n"
    "  for (const b of B) {\n"
    "    const w = q[b.dataset.kind];\n"
    "    b.checked = !w || w.includes(b.value.toUpperCase());\n"
    "  }\n"
    "  apply();\n"
    "}\n"
    "function save() {\n"
    "  const some = (k) => on(k).length < B.filter((b) => b.dataset.kind === k).length;\n"
    "  const h = ['rule', 'level'].filter(some).map((k) => k + '=' + on(k).join(',')).join('&');\n"
    "  try { history.replaceState(null, '', '#' + h); } catch (e) { location.hash = h; }\n"
    "}\n"
    "for (const b of B) b.addEventListener('change', () => { apply(); save(); });\n"
    "addEventListener('hashchange', load);\n"
    "load();\n"
    "})();\n";

static bool shown(const Diag *d) {
  return diag_shown(d);  // not suppressed, not in the baseline
}

static bool has_loc(const Results *s, Span sp) {
  return sp.line > 0 && sp.file >= 0 && sp.file < s->nfiles;
}

static const char *file_path(const Results *s, int file) {
  return file >= 0 && file < s->nfiles ? s->files[file]->path : NULL;
}

// ---- escaping ----

// Length of the valid UTF-8 sequence at p[0..n), or 0 if it is not one.
static size_t utf8_seq(const unsigned char *p, size_t n) {
  if (p[0] < 0x80)
    return 1;
  size_t k = p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
             : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
  if (!k || k > n)
    return 0;
  unsigned lo = p[0] == 0xE0 ? 0xA0 : p[0] == 0xF0 ? 0x90 : 0x80;   // no overlong forms,
  unsigned hi = p[0] == 0xED ? 0x9F : p[0] == 0xF4 ? 0x8F : 0xBF;   // surrogates, > U+10FFFF
  if (p[1] < lo || p[1] > hi)
    return 0;
  for (size_t i = 2; i < k; i++)
    if ((p[i] & 0xC0) != 0x80)
      return 0;
  return k;
}

// Writes the character of 'k' bytes at 'p' escaped (k == 0: an invalid byte); control
// characters other than tab and newline become U+FFFD too. Returns the bytes consumed.
static size_t put_char(FILE *out, const unsigned char *p, size_t k) {
  static const char *const ent[] = {['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;",
                                    ['"'] = "&quot;", ['\''] = "&#39;"};
  if (k == 0 || (k == 1 && ((p[0] < 0x20 && p[0] != '\t' && p[0] != '\n') || p[0] == 0x7F)))
    fputs("\xEF\xBF\xBD", out);
  else if (k == 1 && p[0] < sizeof ent / sizeof *ent && ent[p[0]])
    fputs(ent[p[0]], out);
  else
    fwrite(p, 1, k, out);
  return k ? k : 1;
}

// Writes 's' escaped for HTML text and attribute values.
static void esc(Html *h, const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0, n = strlen(s); i < n;)
    i += put_char(h->out, p + i, utf8_seq(p + i, n - i));
}

// Writes 'open', then 'text' escaped, then 'close'.
static void wrap(Html *h, const char *open, const char *text, const char *close) {
  fputs(open, h->out);
  esc(h, text);
  fputs(close, h->out);
}

// Writes the location "path:line:col" of 'sp' (without the path if it is in 'file').
static void put_loc(Html *h, Span sp, int file) {
  const char *path = sp.file != file ? file_path(h->s, sp.file) : NULL;
  if (path)
    esc(h, path);
  if (sp.line > 0)
    fprintf(h->out, sp.col > 0 ? "%s%d:%d" : "%s%d", path ? ":" : "", sp.line, sp.col);
}

// ---- the source excerpt ----

// An event's range on the line being drawn: bytes [c0, c1), 0-based.
typedef struct Mark {
  size_t c0, c1;
  const Event *e;
} Mark;

// The marks of the events on line 'line' of 'file' (of 'len' bytes) in 'm', in step
// order; an empty span covers one byte, a span running past its line the line's end.
static int line_marks(const Event *ev, int n, int file, int line, size_t len, Mark *m) {
  int nm = 0;
  for (int k = 0; k < n; k++) {
    Span sp = ev[k].span;
    if (sp.file != file || sp.line != line)
      continue;
    size_t c0 = sp.col > 1 ? (size_t)sp.col - 1 : 0;
    size_t c1 = sp.end_line > sp.line                        ? len
                : sp.end_line == sp.line && sp.end_col > sp.col ? (size_t)sp.end_col - 1
                                                                : c0 + 1;
    m[nm++] = (Mark){c0, c1 < len ? c1 : len, &ev[k]};
  }
  return nm;
}

static void marker(Html *h, const Event *e) {
  fprintf(h->out, "<span class=\"marker%s\" data-step=\"%d\">%d</span>", e->primary ? " p" : "", e->step,
          e->step);
}

// Writes the markers of the marks starting in bytes [from, to).
static void markers_in(Html *h, const Mark *m, int nm, size_t from, size_t to) {
  for (int j = 0; j < nm; j++)
    if (m[j].c0 >= from && m[j].c0 < to)
      marker(h, m[j].e);
}

// Writes the text of a source line with the marks highlighted (the primary over a
// label) and each numbered marker where its range starts (past the end: last).
static void code_text(Html *h, const char *t, size_t len, const Mark *m, int nm) {
  static const char *const cls[] = {"", "hl-s", "hl-p"};
  const unsigned char *p = (const unsigned char *)t;
  int cur = 0;
  for (size_t i = 0; i < len;) {
    size_t k = utf8_seq(p + i, len - i), w = k ? k : 1;
    int st = 0;
    bool starts = false;
    for (int j = 0; j < nm; j++) {
      if (i >= m[j].c0 && i < m[j].c1 && st < (m[j].e->primary ? 2 : 1))
        st = m[j].e->primary ? 2 : 1;
      starts = starts || (m[j].c0 >= i && m[j].c0 < i + w);
    }
    if (cur && (st != cur || starts))
      fputs("</span>", h->out), cur = 0;
    markers_in(h, m, nm, i, i + w);
    if (st && st != cur)
      fprintf(h->out, "<span class=\"%s\">", cls[st]), cur = st;
    i += put_char(h->out, p + i, k);
  }
  if (cur)
    fputs("</span>", h->out);
  markers_in(h, m, nm, len, (size_t)-1);
}

// One source line, then one row per event on it: its marker and label text.
static void code_line(Html *h, const char *t, size_t len, const Event *ev, int n, int file, int line) {
  Mark *m = arena_alloc(h->s->arena, sizeof *m * (size_t)n);
  int nm = line_marks(ev, n, file, line, len, m);
  fprintf(h->out, "<div class=\"line%s\" data-line=\"%d\"><span class=\"ln\">%d</span>", nm ? " ev" : "",
          line, line);
  code_text(h, t, len, m, nm);
  fputs("</div>\n", h->out);
  for (int j = 0; j < nm; j++) {
    fprintf(h->out, "<div class=\"ann\" data-step=\"%d\">", m[j].e->step);
    marker(h, m[j].e);
    wrap(h, "", m[j].e->text ? m[j].e->text : "", "</div>\n");
  }
}

static int int_cmp(const void *pa, const void *pb) {
  int a = *(const int *)pa, b = *(const int *)pb;
  return (a > b) - (a < b);
}

// The excerpt of 'file': every line within CONTEXT of one of its events, a gap row
// between windows that do not touch, or a note that the source is not available.
static void file_excerpt(Html *h, const Event *ev, int n, int file, int home) {
  int *lines = arena_alloc(h->s->arena, sizeof *lines * (size_t)n), nl = 0;
  for (int k = 0; k < n; k++)
    if (ev[k].span.file == file)
      lines[nl++] = ev[k].span.line;
  qsort(lines, (size_t)nl, sizeof *lines, int_cmp);
  wrap(h, "<div class=\"code\" data-file=\"", file_path(h->s, file), "\">\n");
  if (file != home)
    wrap(h, "<div class=\"cap\">", file_path(h->s, file), "</div>\n");
  long long last = 0, prev = 0;   // the last line looked at, the last line shown
  for (int i = 0; i < nl; i++) {
    long long from = lines[i] - CONTEXT > last + 1 ? lines[i] - CONTEXT : last + 1;
    long long to = (long long)lines[i] + CONTEXT < INT_MAX ? (long long)lines[i] + CONTEXT : INT_MAX;
    for (long long line = from > 1 ? from : 1; line <= to; line++) {
      size_t len;
      const char *t = src_line(h->s, file, (int)line, &len);
      if (!t)
        continue;
      if (prev && line > prev + 1)
        fputs("<div class=\"gap\">&#8943;</div>\n", h->out);
      code_line(h, t, len, ev, n, file, (int)line);
      prev = line;
    }
    last = to;
  }
  if (!prev)
    fputs("<div class=\"nosrc cap\">source not available</div>\n", h->out);
  fputs("</div>\n", h->out);
}

// The excerpts of every file the events are in: the primary's first, then the others
// in the order their events come.
static void excerpts(Html *h, const Event *ev, int n, int home) {
  bool at_home = false;
  for (int k = 0; k < n; k++)
    at_home = at_home || ev[k].span.file == home;
  if (at_home)
    file_excerpt(h, ev, n, home, home);
  for (int k = 0; k < n; k++) {
    bool seen = ev[k].span.file == home;
    for (int j = 0; j < k; j++)
      seen = seen || ev[j].span.file == ev[k].span.file;
    if (!seen)
      file_excerpt(h, ev, n, ev[k].span.file, home);
  }
}

// ---- findings ----

// The path events of 'd' in 'ev': its located labels in order, then the primary.
static int collect_events(Html *h, const Diag *d, Event *ev) {
  int n = 0;
  for (int i = 0; i < d->nlabels; i++)
    if (has_loc(h->s, d->labels[i].span))
      ev[n] = (Event){d->labels[i].span, d->labels[i].msg, n + 1, false}, n++;
  if (has_loc(h->s, d->span))
    ev[n] = (Event){d->span, d->label ? d->label : d->msg, n + 1, true}, n++;
  return n;
}

static void event_list(Html *h, const Event *ev, int n, int home) {
  fputs("<ol class=\"events\">\n", h->out);
  for (int k = 0; k < n; k++) {
    fprintf(h->out, "<li class=\"event%s\" data-step=\"%d\"", ev[k].primary ? " primary" : "", ev[k].step);
    wrap(h, " data-file=\"", file_path(h->s, ev[k].span.file), "\"");
    fprintf(h->out, " data-line=\"%d\" data-col=\"%d\">", ev[k].span.line, ev[k].span.col);
    marker(h, &ev[k]);
    fputs(" <span class=\"loc\">", h->out);
    put_loc(h, ev[k].span, home);
    wrap(h, "</span> <span class=\"etext\">", ev[k].text ? ev[k].text : "", "</span></li>\n");
  }
  fputs("</ol>\n", h->out);
}

// Span-less notes (and labels without a location), then the help line.
static void notes(Html *h, const Diag *d) {
  const char *open = "<ul class=\"notes\">\n";
  for (int i = 0; i < d->nlabels + d->nnotes; i++)
    if (i >= d->nlabels || !has_loc(h->s, d->labels[i].span)) {
      fputs(open, h->out), open = "";
      wrap(h, "<li class=\"note\"><b>note:</b> <span class=\"ntext\">",
           i < d->nlabels ? d->labels[i].msg : d->notes[i - d->nlabels], "</span></li>\n");
    }
  if (!*open)
    fputs("</ul>\n", h->out);
  if (d->help)
    wrap(h, "<p class=\"help\"><b>help:</b> <span class=\"htext\">", d->help, "</span></p>\n");
}

static void finding(Html *h, const Diag *d, int id) {
  const RuleInfo *ri = rule_info(&h->cfg->rules, d->rule);
  const char *lvl = level_name(d->level);
  const char *path = file_path(h->s, d->span.file);
  fprintf(h->out, "<section class=\"finding\" id=\"f%d\" data-rule=\"%s\" data-level=\"%s\"", id, ri->id,
          lvl);
  wrap(h, " data-file=\"", path ? path : "", "\"");
  fprintf(h->out, " data-line=\"%d\" data-col=\"%d\">\n", d->span.line, d->span.col);
  fprintf(h->out, "<h4><span class=\"level %s\">%s</span> ", lvl, lvl);
  wrap(h, "<span class=\"msg\">", d->msg, "</span> ");
  wrap(h, "<span class=\"tag\" title=\"", ri->summary, "\">");
  fprintf(h->out, "<span class=\"rule\">%s</span> <span class=\"rname\">%s</span></span></h4>\n", ri->id,
          ri->name);
  fputs("<p class=\"where\"><span class=\"loc\">", h->out);
  put_loc(h, d->span, -1);
  fputs("</span>", h->out);
  if (d->func)
    wrap(h, " in <code class=\"func\">", d->func, "</code>");
  fputs("</p>\n", h->out);
  Event *ev = arena_alloc(h->s->arena, sizeof *ev * (size_t)(d->nlabels + 1));
  int n = collect_events(h, d, ev);
  if (n) {
    event_list(h, ev, n, d->span.file);
    excerpts(h, ev, n, d->span.file);
  }
  notes(h, d);
  fputs("</section>\n", h->out);
}

static int entry_cmp(const void *pa, const void *pb) {
  const Entry *a = pa, *b = pb;
  if (a->file_order != b->file_order)
    return a->file_order < b->file_order ? -1 : 1;
  if (a->d->rule != b->d->rule)
    return a->d->rule < b->d->rule ? -1 : 1;
  return (a->index > b->index) - (a->index < b->index);
}

// The shown findings (not tool messages) ordered by file (as the sort first meets
// them), then rule, then the sorted order; their number to '*n'.
static Entry *entries(Html *h, int *n) {
  Results *s = h->s;
  int *order = arena_alloc(s->arena, sizeof *order * (size_t)(s->nfiles + 1));
  int nord = 0;
  Entry *e = arena_alloc(s->arena, sizeof *e * (size_t)(s->ndiags + 1));
  *n = 0;
  for (int i = 0; i < s->ndiags; i++) {
    const Diag *d = s->diags[i];
    if (!rule_info(&h->cfg->rules, d->rule) || !shown(d))
      continue;
    int f = file_path(s, d->span.file) ? d->span.file : s->nfiles;   // nfiles: no file
    if (!order[f])
      order[f] = ++nord;
    e[(*n)++] = (Entry){d, order[f], i};
  }
  qsort(e, (size_t)*n, sizeof *e, entry_cmp);
  return e;
}

static int count_run(const Entry *e, int n, int i, bool same_rule) {
  int j = i;
  while (j < n && e[j].file_order == e[i].file_order && (!same_rule || e[j].d->rule == e[i].d->rule))
    j++;
  return j - i;
}

static const char *plural(int n) {
  return n == 1 ? "" : "s";
}

// The findings, one section per file, in it one per rule.
static void findings(Html *h, const Entry *e, int n) {
  for (int i = 0; i < n; i++) {
    const Diag *d = e[i].d;
    const char *path = file_path(h->s, d->span.file);
    if (i == 0 || e[i].file_order != e[i - 1].file_order) {
      int c = count_run(e, n, i, false);
      wrap(h, "<section class=\"file\" data-file=\"", path ? path : "", "\">\n");
      wrap(h, "<h2>", path ? path : "(no file)", "");
      fprintf(h->out, " <span class=\"n\">%d finding%s</span></h2>\n", c, plural(c));
    }
    if (i == 0 || e[i].file_order != e[i - 1].file_order || d->rule != e[i - 1].d->rule) {
      const RuleInfo *ri = rule_info(&h->cfg->rules, d->rule);
      int c = count_run(e, n, i, true);
      fprintf(h->out, "<section class=\"group\" data-rule=\"%s\">\n<h3><span class=\"rule\">%s</span> %s "
              "<span class=\"sum\">&#8212; ", ri->id, ri->id, ri->name);
      wrap(h, "", ri->summary, "");
      fprintf(h->out, " <span class=\"n\">(%d)</span></span></h3>\n", c);
    }
    finding(h, d, i + 1);
    bool end_file = i + 1 == n || e[i + 1].file_order != e[i].file_order;
    if (end_file || e[i + 1].d->rule != d->rule)
      fputs("</section>\n", h->out);
    if (end_file)
      fputs("</section>\n", h->out);
  }
}

// Tool messages (RULE_NONE: skipped functions, files clang could not parse), apart.
static void tool_messages(Html *h) {
  int n = 0;
  for (int i = 0; i < h->s->ndiags; i++)
    n += !rule_info(&h->cfg->rules, h->s->diags[i]->rule) && shown(h->s->diags[i]);
  if (!n)
    return;
  fprintf(h->out, "<section id=\"tool-messages\">\n<h2>Tool messages <span class=\"n\">(%d)</span></h2>\n",
          n);
  for (int i = 0; i < h->s->ndiags; i++) {
    const Diag *d = h->s->diags[i];
    if (rule_info(&h->cfg->rules, d->rule) || !shown(d))
      continue;
    fprintf(h->out, "<div class=\"tool\" data-level=\"%s\"><span class=\"level %s\">%s</span> ",
            level_name(d->level), level_name(d->level), level_name(d->level));
    if (file_path(h->s, d->span.file)) {
      fputs("<span class=\"loc\">", h->out);
      put_loc(h, d->span, -1);
      fputs("</span> ", h->out);
    }
    wrap(h, "<span class=\"msg\">", d->msg, "</span>\n");
    notes(h, d);
    fputs("</div>\n", h->out);
  }
  fputs("</section>\n", h->out);
}

static void checkbox(Html *h, const char *kind, const char *value, const char *text, int count) {
  fprintf(h->out, "<label><input type=\"checkbox\" data-kind=\"%s\" value=\"%s\" checked> %s "
          "<span class=\"n\">(%d)</span></label>\n", kind, value, text, count);
}

// Title, counts per level, and the rule and level filters.
static void header(Html *h, const Entry *e, int n) {
  int level[LVL_ERROR + 1] = {0}, rule[RULE_COUNT] = {0};
  for (int i = 0; i < n; i++)
    level[e[i].d->level]++, rule[e[i].d->rule]++;
  fputs("<header>\n<h1>ownck report <span class=\"ver\">ownck " OWNCK_VERSION "</span></h1>\n"
        "<p class=\"summary\">", h->out);
  for (int l = LVL_ERROR; l >= LVL_NOTE; l--)
    fprintf(h->out, "<span class=\"count\" data-level=\"%s\">%d %s%s</span>%s", level_name((Level)l),
            level[l], level_name((Level)l), plural(level[l]), l > LVL_NOTE ? ", " : "");
  fprintf(h->out, " &#183; <span id=\"nshown\">%d</span> of <span id=\"ntotal\">%d</span> shown</p>\n", n, n);
  fputs("<form id=\"filters\">\n<fieldset><legend>Rule</legend>\n", h->out);
  for (int k = OWN001; k < RULE_COUNT; k++)
    if (rule[k]) {
      const RuleInfo *ri = rule_info(&h->cfg->rules, (Rule)k);
      checkbox(h, "rule", ri->id, arena_printf(h->s->arena, "%s %s", ri->id, ri->name), rule[k]);
    }
  fputs("</fieldset>\n<fieldset><legend>Level</legend>\n", h->out);
  for (int l = LVL_ERROR; l >= LVL_NOTE; l--)
    checkbox(h, "level", level_name((Level)l), level_name((Level)l), level[l]);
  fputs("</fieldset>\n<a href=\"#\">show all</a>\n</form>\n</header>\n", h->out);
}

// Writes the page for the sorted diagnostics of 's'. False if writing to 'out' failed.
bool html_write(MUT_BORROW Results *s, BORROWED const Config *cfg, FILE *out) {
  Html h = {s, cfg, out};
  int n;
  Entry *e = entries(&h, &n);
  fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"ownck " OWNCK_VERSION "\">\n"
        "<link rel=\"icon\" href=\"data:,\">\n<title>ownck report</title>\n<style>\n", out);
  fputs(CSS, out);
  fputs("\n</style>\n</head>\n<body>\n", out);
  header(&h, e, n);
  fputs("<main>\n", out);
  tool_messages(&h);
  fprintf(out, "<p id=\"none\" class=\"empty\"%s>%s</p>\n", n ? " hidden" : "",
          n ? "No finding matches the filters." : "No findings.");
  findings(&h, e, n);
  fputs("</main>\n<script>\n", out);
  fputs(JS, out);
  fputs("</script>\n</body>\n</html>\n", out);
  return fflush(out) == 0 && !ferror(out);
}
