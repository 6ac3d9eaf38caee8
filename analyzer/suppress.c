// suppress.c: 'ownck: allow(...)' comments, and OWN014 for those that allow nothing.
//
// Takes one translation unit's Results once its functions are checked. A comment
// whose text starts with 'ownck: allow(' ('// ownck: allow(OWN003)', or with several
// rules, by ID or name, and a reason: '(OWN001, leak): the reason') covers the findings of the rules it names (IDs or names) on its own line and on the
// next one: those are marked suppressed (they stay in the Results, so SARIF can
// record them as suppressed, but no text report shows them and they do not fail the
// run). In the translation unit's main file, a comment that covers nothing, or names
// no rule, is itself a finding: OWN014 unused-suppression.
#define _GNU_SOURCE  // memmem
#include <string.h>

#include "analyzer.h"

typedef struct Allow {
  int line;
  Span at;              // the comment, for OWN014
  Rule rules[16];
  int nrules;
  const char *unknown;  // a name that is no rule, or NULL
  const char *reason;
  bool used;
} Allow;

// Parses 'ownck: allow(...)' at 'p' (just after "allow(") on line 'line'.
static void parse_allow(Arena *a, const Rules *rules, const char *line_text, const char *p, const char *end,
                        int file, int line, Allow *al) {
  *al = (Allow){0};
  al->line = line;
  const char *close = memchr(p, ')', (size_t)(end - p));
  if (!close)
    close = end;
  for (const char *q = p; q < close;) {
    while (q < close && (*q == ' ' || *q == ','))
      q++;
    const char *w = q;
    while (q < close && *q != ' ' && *q != ',')
      q++;
    if (q == w)
      continue;
    const char *name = arena_strndup(a, w, (size_t)(q - w));
    Rule r = rule_by_id(rules, name);
    if (r == RULE_NONE && !al->unknown)
      al->unknown = name;
    else if (r != RULE_NONE && al->nrules < 16)
      al->rules[al->nrules++] = r;
  }
  const char *r = close < end ? close + 1 : end;
  while (r < end && (*r == ' ' || *r == ':' || *r == '-'))
    r++;
  const char *re = end;
  const char *cend = NULL;
  for (const char *c = r; c + 1 < end && !cend; c++)
    if (c[0] == '*' && c[1] == '/')
      cend = c;
  if (cend)
    re = cend;
  while (re > r && (re[-1] == ' ' || re[-1] == '\t'))
    re--;
  al->reason = re > r ? arena_strndup(a, r, (size_t)(re - r)) : NULL;
  int col = (int)(p - line_text) - (int)strlen("ownck: allow(") + 1;
  al->at = (Span){file, line, col, line, (int)(close - line_text) + 2};
}

// Where the comment of line [p, end) starts its text ("ownck: allow(...)" must come
// first in it), skipping what is inside string and character literals; NULL if the
// line has no comment.
static const char *comment_text(const char *p, const char *end) {
  for (char quote = 0; p < end; p++) {
    if (quote) {
      if (*p == '\\')
        p++;
      else if (*p == quote)
        quote = 0;
    } else if (*p == '"' || *p == '\'') {
      quote = *p;
    } else if (p + 1 < end && *p == '/' && (p[1] == '/' || p[1] == '*')) {
      for (p += 2; p < end && (*p == ' ' || *p == '\t'); p++)
        ;
      return p;
    }
  }
  return NULL;
}

// The suppressions in file 'file' of 'r': the comments whose text starts with
// "ownck: allow(", found by searching the file for that text (a large file has few).
static Allow *find_allows(Results *r, const Rules *rules, int file, int *n) {
  static const char mark[] = "ownck: allow(";
  enum { MARK = sizeof mark - 1 };
  Allow *allows = NULL;
  int cap = 0;
  *n = 0;
  size_t len;
  if (!src_text(r, file, &len))  // loads the file (its lines once it has a mark)
    return NULL;
  const SrcFile *f = r->files[file];
  for (const char *h = f->text; (h = memmem(h, f->len - (size_t)(h - f->text), mark, MARK)); h += MARK) {
    if (!src_line(r, file, 1, &len))
      return allows;
    int line = line_index(f->line_off, f->nlines, (size_t)(h - f->text)) + 1;
    const char *text = src_line(r, file, line, &len);
    if (!text || comment_text(text, text + len) != h)
      continue;
    Allow al;
    parse_allow(r->arena, rules, text, h + MARK, text + len, file, line, &al);
    ARR_PUSH(r->arena, allows, *n, cap, al);
  }
  return allows;
}

static bool covers(const Allow *al, const Diag *d) {
  if (d->span.line != al->line && d->span.line != al->line + 1)
    return false;
  for (int i = 0; i < al->nrules; i++)
    if (al->rules[i] == d->rule)
      return true;
  return false;
}

bool diag_shown(BORROWED const Diag *d) {
  return d->level != LVL_NONE && !d->suppressed && !d->in_baseline;
}

void suppress_apply(MUT_BORROW Results *r, BORROWED const Config *cfg, int main_file, bool partial) {
  bool *seen = arena_alloc(r->arena, (size_t)r->nfiles + 1);
  int ndiags = r->ndiags;
  for (int i = 0; i < ndiags; i++) {
    int f = r->diags[i]->span.file;
    if (f >= 0 && f < r->nfiles)
      seen[f] = true;
  }
  if (main_file >= 0 && main_file < r->nfiles)
    seen[main_file] = true;
  for (int f = 0; f < r->nfiles; f++) {
    if (!seen[f])
      continue;
    int n;
    Allow *allows = find_allows(r, &cfg->rules, f, &n);
    for (int i = 0; i < ndiags; i++) {
      Diag *d = r->diags[i];
      if (d->span.file != f || d->rule == RULE_NONE)
        continue;
      for (int k = 0; k < n; k++)
        if (covers(&allows[k], d)) {
          d->suppressed = true;
          d->reason = allows[k].reason;
          allows[k].used = true;
        }
    }
    if (f != main_file || partial || cfg->level[OWN014] == LVL_NONE)
      continue;
    for (int k = 0; k < n; k++) {
      const Allow *al = &allows[k];
      if (al->used && !al->unknown)
        continue;
      Diag *d = diag_new(r, OWN014, cfg->level[OWN014], al->at,
                         al->unknown ? "'ownck: allow(...)' names '%s', which is no rule"
                                     : "unused suppression: %s",
                         al->unknown ? al->unknown : "no finding it allows is reported on this line or the next");
      d->fail_on = cfg->opt.fail_on;
      d->label = al->unknown ? "unknown rule" : "suppresses nothing";
      d->place = "allow";
      diag_help(r, d, al->unknown ? "name a rule by its ID or name (see 'ownck --list-rules')"
                                  : "remove the comment, or move it to the line of the finding it is for");
    }
  }
}
