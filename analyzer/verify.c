// verify.c: checks a file's diagnostics against the expectations written in it.
//
// Syntax (clang's -verify, plus a rule ID), in comments anywhere on a line:
//   expect-error[OWN001]{{use of moved value 'p'}}   an error of rule OWN001 on this line
//   expect-warning[OWN012]                            any warning of OWN012 on this line
//   expect-note@-2{{value moved here}}                a labelled span two lines up
//   expect-remark{{not checked}}                      a tool note (skipped function, ...)
//   expect-error{{clang could not parse}}             a tool error (no rule)
//   expect-no-diagnostics                             nothing at all may be reported
// '@+N', '@-N' are relative lines, '@N' an absolute one. The {{text}} is a substring
// of the message (labels: of the label). Every error, warning and remark must be
// expected, and every expectation met once; labels are only checked when expected.
#include <string.h>

#include "analyzer.h"

typedef enum EKind { E_ERROR, E_WARNING, E_NOTE, E_REMARK } EKind;

typedef struct Expect {
  EKind kind;
  Rule rule;           // RULE_NONE: any (or a tool message)
  bool rule_given;
  int line;
  const char *text;    // NULL: any
  int written_at;      // line of the comment, for messages
  bool met;
} Expect;

typedef struct Expects {
  Expect *e;
  int n, cap;
  bool none;           // expect-no-diagnostics
  int errors;          // malformed expectations
} Expects;

static const struct { const char *word; EKind kind; } kinds[] = {
    {"expect-error", E_ERROR}, {"expect-warning", E_WARNING}, {"expect-note", E_NOTE}, {"expect-remark", E_REMARK}};

static const char *kind_name(EKind k) {
  static const char *const names[] = {"error", "warning", "note", "remark"};
  return names[k];
}

// Parses one expectation starting after its keyword at 's'; returns where it ends.
static const char *parse_one(const Rules *rules, Results *sess, const char *s, const char *eol, Expect *e, int line, FILE *out,
                             const char *path, int *errors) {
  e->line = line;
  e->written_at = line;
  if (s < eol && *s == '[') {
    const char *end = memchr(s, ']', (size_t)(eol - s));
    if (!end) {
      fprintf(out, "%s:%d: error: unterminated '[' in expectation\n", path, line);
      ++*errors;
      return eol;
    }
    char id[32] = {0};
    size_t n = (size_t)(end - s - 1) < sizeof id - 1 ? (size_t)(end - s - 1) : sizeof id - 1;
    memcpy(id, s + 1, n);
    e->rule = rule_by_id(rules, id);
    e->rule_given = true;
    if (e->rule == RULE_NONE) {
      fprintf(out, "%s:%d: error: unknown rule '%s' in expectation\n", path, line, id);
      ++*errors;
    }
    s = end + 1;
  }
  if (s < eol && *s == '@') {
    s++;
    int sign = 0, v = 0;
    if (s < eol && (*s == '+' || *s == '-'))
      sign = *s++ == '+' ? 1 : -1;
    while (s < eol && *s >= '0' && *s <= '9')
      v = v * 10 + (*s++ - '0');
    e->line = sign ? line + sign * v : v;
  }
  if (s + 1 < eol && s[0] == '{' && s[1] == '{') {
    const char *start = s + 2, *end = start;
    while (end + 1 < eol && !(end[0] == '}' && end[1] == '}'))
      end++;
    if (end + 1 >= eol) {
      fprintf(out, "%s:%d: error: unterminated '{{' in expectation\n", path, line);
      ++*errors;
      return eol;
    }
    e->text = arena_strndup(sess->arena, start, (size_t)(end - start));
    s = end + 2;
  }
  return s;
}

static void parse_line(const Rules *rules, Results *sess, Expects *ex, const char *s, size_t len, int line, FILE *out, const char *path) {
  const char *eol = s + len;
  for (const char *p = s; p < eol;) {
    const char *hit = NULL;
    for (const char *q = p; q + 6 < eol && !hit; q++)
      if (!strncmp(q, "expect-", 7))
        hit = q;
    if (!hit)
      return;
    if ((size_t)(eol - hit) >= 21 && !strncmp(hit, "expect-no-diagnostics", 21)) {
      ex->none = true;
      p = hit + 21;
      continue;
    }
    bool known = false;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
      size_t wl = strlen(kinds[k].word);
      if ((size_t)(eol - hit) >= wl && !strncmp(hit, kinds[k].word, wl)) {
        Expect e = {0};
        e.kind = kinds[k].kind;
        p = parse_one(rules, sess, hit + wl, eol, &e, line, out, path, &ex->errors);
        ARR_PUSH(sess->arena, ex->e, ex->n, ex->cap, e);
        known = true;
        break;
      }
    }
    if (!known)
      p = hit + 7;
  }
}

static EKind diag_kind(const Diag *d) {
  if (d->rule == RULE_NONE && d->level == LVL_NOTE)
    return E_REMARK;
  return d->level == LVL_ERROR ? E_ERROR : d->level == LVL_WARNING ? E_WARNING : E_REMARK;
}

static bool text_ok(const Expect *e, const char *msg) { return !e->text || (msg && strstr(msg, e->text)); }

static bool matches(const Expect *e, const Diag *d) {
  if (e->met || e->kind != diag_kind(d) || e->line != d->span.line)
    return false;
  if (e->rule_given && e->rule != d->rule)
    return false;
  return text_ok(e, d->msg);
}

static bool matches_label(const Expect *e, const Diag *d) {
  for (int i = 0; i < d->nlabels; i++)
    if (d->labels[i].span.line == e->line && text_ok(e, d->labels[i].msg))
      return true;
  return false;
}

static void print_diag(FILE *out, const char *path, const Diag *d, const RuleInfo *ri) {
  fprintf(out, "%s:%d: error: unexpected %s", path, d->span.line, kind_name(diag_kind(d)));
  if (ri)
    fprintf(out, "[%s]", ri->id);
  fprintf(out, ": %s\n", d->msg);
}

bool verify_file(MUT_BORROW Results *s, BORROWED const Rules *rules, int file, FILE *out) {
  const char *path = s->files[file]->path;
  Expects ex = {0};
  size_t len;
  const char *text;
  for (int line = 1; (text = src_line(s, file, line, &len)); line++)
    parse_line(rules, s, &ex, text, len, line, out, path);
  int bad = ex.errors;
  if (ex.none && ex.n > 0) {
    fprintf(out, "%s: error: 'expect-no-diagnostics' together with other expectations\n", path);
    bad++;
  }
  for (int i = 0; i < s->ndiags; i++) {
    Diag *d = s->diags[i];
    if (d->span.file != file || d->suppressed || d->level == LVL_NONE)
      continue;
    bool found = false;
    for (int k = 0; k < ex.n && !found; k++)
      if (matches(&ex.e[k], d))
        found = ex.e[k].met = true;
    if (!found) {
      print_diag(out, path, d, rule_info(rules, d->rule));
      bad++;
    }
    for (int k = 0; k < ex.n; k++)
      if (ex.e[k].kind == E_NOTE && !ex.e[k].met && matches_label(&ex.e[k], d))
        ex.e[k].met = true;
  }
  for (int k = 0; k < ex.n; k++) {
    Expect *e = &ex.e[k];
    if (e->met)
      continue;
    const RuleInfo *ri = e->rule_given ? rule_info(rules, e->rule) : NULL;
    fprintf(out, "%s:%d: error: expected %s%s%s%s on line %d not seen", path, e->written_at, kind_name(e->kind),
            ri ? "[" : "", ri ? ri->id : "", ri ? "]" : "", e->line);
    if (e->text)
      fprintf(out, ": {{%s}}", e->text);
    fprintf(out, "\n");
    bad++;
  }
  if (!ex.none && ex.n == 0 && bad == 0) {
    fprintf(out, "%s: error: no expectations (write 'expect-no-diagnostics' for a clean file)\n", path);
    bad++;
  }
  if (bad == 0)
    fprintf(out, "%s: ok (%d expectation%s met)\n", path, ex.n, ex.n == 1 ? "" : "s");
  return bad == 0;
}
