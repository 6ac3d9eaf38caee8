// rules.c: the rule catalog, read from the files of rules/rules/ embedded in the binary.
//
// Each rules/rules/OWNnnn.md holds a "---" header (id, name, level, summary, rust,
// cwe, tags, precision, security-severity) and the long Markdown explanation. They are
// parsed once, by rules_load() when the Config is built, into a Rules catalog that
// nothing writes afterwards; a malformed or missing file is a bug in ownck and stops
// it (the unit tests load the catalog). --list-rules, --explain, the SARIF rules[]
// and the pages in docs/rules/ are all made from this one source.
#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "analyzer.h"

// Stops ownck: the embedded file 'name' does not follow rules/README.md.
static _Noreturn void bad_file(Arena *arena, const char *name, int line, const char *why) {
  fatal_internal(arena_printf(arena, "rules/%s", name), line, why);
}

// The text of [s, e) with surrounding blanks removed, in 'arena'.
static const char *trimmed(Arena *arena, const char *s, const char *e) {
  while (s < e && isspace((unsigned char)*s))
    s++;
  while (e > s && isspace((unsigned char)e[-1]))
    e--;
  return arena_strndup(arena, s, (size_t)(e - s));
}

static Level parse_level(const char *v) {
  if (strcmp(v, "error") == 0)
    return LVL_ERROR;
  if (strcmp(v, "warning") == 0)
    return LVL_WARNING;
  if (strcmp(v, "note") == 0)
    return LVL_NOTE;
  return LVL_NONE;
}

// The string field of 'ri' for the header key 'key', or NULL if there is none.
static const char **header_field(RuleInfo *ri, const char *key) {
  static const struct {
    const char *key;
    size_t off;
  } fields[] = {
      {"id", offsetof(RuleInfo, id)},
      {"name", offsetof(RuleInfo, name)},
      {"summary", offsetof(RuleInfo, summary)},
      {"rust", offsetof(RuleInfo, rust)},
      {"cwe", offsetof(RuleInfo, cwe)},
      {"tags", offsetof(RuleInfo, tags)},
      {"precision", offsetof(RuleInfo, precision)},
      {"security-severity", offsetof(RuleInfo, security_severity)},
  };
  for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
    if (strcmp(key, fields[i].key) == 0)
      return (const char **)((char *)ri + fields[i].off);
  return NULL;
}

// Stores the header entry 'key: v' (line 'line' of rule file 'name') in 'ri'.
static void set_field(Arena *arena, RuleInfo *ri, const char *name, int line, const char *key, const char *v) {
  if (strcmp(key, "level") == 0) {
    if ((ri->level = parse_level(v)) == LVL_NONE)
      bad_file(arena, name, line, "level must be error, warning or note");
    return;
  }
  const char **field = header_field(ri, key);
  if (!field)
    bad_file(arena, name, line, "unknown header key");
  *field = v;
}

// Parses the header of 'data' into 'ri'; returns where the body starts.
static const char *parse_header(Arena *arena, RuleInfo *ri, const char *name, const char *data) {
  if (strncmp(data, "---\n", 4) != 0)
    bad_file(arena, name, 1, "expected '---' on the first line");
  const char *p = data + 4;
  for (int line = 2;; line++) {
    const char *eol = strchr(p, '\n');
    if (!eol)
      bad_file(arena, name, line, "header not closed by '---'");
    if (eol - p == 3 && strncmp(p, "---", 3) == 0)
      return eol + 1;
    const char *colon = memchr(p, ':', (size_t)(eol - p));
    if (!colon)
      bad_file(arena, name, line, "expected 'key: value'");
    const char *key = trimmed(arena, p, colon);
    set_field(arena, ri, name, line, key, trimmed(arena, colon + 1, eol));
    p = eol + 1;
  }
}

// The first paragraph of Markdown 'md' that is not a heading, joined into one line.
static const char *first_paragraph(Arena *arena, const char *md) {
  const char *p = md;
  while (*p == '#' || *p == '\n') {
    const char *eol = strchr(p, '\n');
    p = eol ? eol + 1 : p + strlen(p);
  }
  const char *end = strstr(p, "\n\n");
  char *s = (char *)trimmed(arena, p, end ? end : p + strlen(p));
  for (char *c = s; *c; c++)
    if (*c == '\n')
      *c = ' ';
  return s;
}

// Appends the line [s, e) and a newline to the growing string *buf.
static void put_line(Arena *arena, char **buf, size_t *n, size_t *cap, const char *s, const char *e) {
  size_t len = (size_t)(e - s);
  if (*n + len + 2 > *cap) {
    size_t nc = (*n + len + 2) * 2;
    *buf = arena_realloc(arena, *buf, *cap, nc);
    *cap = nc;
  }
  memcpy(*buf + *n, s, len);
  *n += len;
  (*buf)[(*n)++] = '\n';
}

// A line of 'c' repeated 'len' times, for underlining a heading.
static const char *rule_line(Arena *arena, char c, size_t len) {
  char *s = arena_alloc(arena, len + 1);
  memset(s, c, len);
  return s;
}

// A growing text in an arena.
typedef struct Text {
  Arena *arena;
  char *buf;
  size_t n, cap;
} Text;

static void put_str(Text *t, const char *s) {
  put_line(t->arena, &t->buf, &t->n, &t->cap, s, s + strlen(s));
}

// Renders the Markdown line [p, e) for a terminal; '*in_code' tracks code fences.
static void render_line(Text *t, const char *p, const char *e, bool *in_code) {
  if (strncmp(p, "```", 3) == 0) {
    *in_code = !*in_code;
  } else if (*in_code && e > p) {
    put_str(t, arena_printf(t->arena, "    %.*s", (int)(e - p), p));
  } else if (!*in_code && *p == '#') {
    const char *h = trimmed(t->arena, p + strspn(p, "#"), e);
    put_str(t, h);
    put_str(t, rule_line(t->arena, '-', strlen(h)));
  } else {
    put_line(t->arena, &t->buf, &t->n, &t->cap, p, e);
  }
}

// 'ri' as a terminal reads it: a title block, then the Markdown with its headings
// underlined and its code blocks indented by four spaces instead of fenced.
static const char *render_text(Arena *arena, const RuleInfo *ri) {
  Text t = {arena, NULL, 0, 0};
  const char *title = arena_printf(arena, "%s: %s", ri->id, ri->name);
  put_str(&t, title);
  put_str(&t, rule_line(arena, '=', strlen(title)));
  put_str(&t, "");
  put_str(&t, ri->summary);
  put_str(&t, "");
  put_str(&t, arena_printf(arena, "Default level: %s. Rust analogue: %s. CWE: %s.",
                           level_name(ri->level), ri->rust ? ri->rust : "none",
                           ri->cwe ? ri->cwe : "none"));
  put_str(&t, "");
  bool in_code = false;
  for (const char *p = ri->explain; *p;) {
    const char *e = strchr(p, '\n');
    e = e ? e : p + strlen(p);
    render_line(&t, p, e, &in_code);
    p = *e ? e + 1 : e;
  }
  return t.buf;
}

// Checks the required fields of 'ri' from file 'name' and fills the derived ones.
static void finish(Arena *arena, RuleInfo *ri, const char *name, const char *body) {
  if (!ri->id || !ri->name || !ri->level || !ri->summary || !ri->tags || !ri->precision)
    bad_file(arena, name, 1, "missing id, name, level, summary, tags or precision");
  int num = 0;
  if (strlen(ri->id) != 6 || sscanf(ri->id, "OWN%3d", &num) != 1 || num < 1 ||
      num >= RULE_COUNT)
    bad_file(arena, name, 1, "id is not a known OWNnnn rule");
  if (strncmp(name, "rules/", 6) != 0 || strncmp(name + 6, ri->id, 6) != 0)
    bad_file(arena, name, 1, "file name does not match its id");
  ri->rule = (Rule)num;
  ri->explain = trimmed(arena, body, body + strlen(body));
  ri->explain = arena_printf(arena, "%s\n", ri->explain);
  ri->description = first_paragraph(arena, ri->explain);
  if (strlen(ri->description) >= 1024)
    bad_file(arena, name, 1, "first paragraph too long for SARIF fullDescription");
  ri->text = render_text(arena, ri);
}

static bool is_rule_file(const char *name) {
  size_t n = strlen(name);
  return strncmp(name, "rules/OWN", 9) == 0 && n > 3 && strcmp(name + n - 3, ".md") == 0;
}

// Parses the embedded catalog into 'rs', in 'arena'.
void rules_load(MUT_BORROW Rules *rs, MUT_BORROW Arena *arena) {
  *rs = (Rules){0};
  for (int i = 0; i < ownck_nembedded; i++) {
    const EmbeddedFile *f = &ownck_embedded[i];
    if (!is_rule_file(f->name))
      continue;
    RuleInfo ri = {0};
    const char *body = parse_header(arena, &ri, f->name, f->data);
    finish(arena, &ri, f->name, body);
    if (rs->info[ri.rule].id)
      bad_file(arena, f->name, 1, "rule defined twice");
    rs->info[ri.rule] = ri;
  }
  for (int r = OWN001; r < RULE_COUNT; r++)
    if (!rs->info[r].id)
      fatal_internal(__FILE__, __LINE__, "rule missing from rules/rules/");
}

// The catalog entry of rule 'r'; NULL for RULE_NONE or out of range.
const RuleInfo *rule_info(BORROWED const Rules *rs, Rule r) {
  if (r <= RULE_NONE || r >= RULE_COUNT)
    return NULL;
  return &rs->info[r];
}

// The rule named by 'id_or_name': an ID in any case ("OWN001", "own001") or its name
// ("use-after-move"). RULE_NONE if there is none.
Rule rule_by_id(BORROWED const Rules *rs, BORROWED const char *id_or_name) {
  for (int r = OWN001; r < RULE_COUNT; r++) {
    const RuleInfo *ri = &rs->info[r];
    size_t n = strlen(ri->id);
    bool same_id = strlen(id_or_name) == n;
    for (size_t i = 0; same_id && i < n; i++)
      same_id = toupper((unsigned char)id_or_name[i]) == ri->id[i];
    if (same_id || strcmp(id_or_name, ri->name) == 0)
      return (Rule)r;
  }
  return RULE_NONE;
}

// The word for level 'l' in every output format.
const char *level_name(Level l) {
  switch (l) {
  case LVL_ERROR:
    return "error";
  case LVL_WARNING:
    return "warning";
  case LVL_NOTE:
    return "note";
  case LVL_NONE:
    return "none";
  }
  return "none";
}

// Prints one line per rule to 'out': ID, name, default level, summary.
void rules_list(BORROWED const Rules *rs, FILE *out) {
  for (int r = OWN001; r < RULE_COUNT; r++) {
    const RuleInfo *ri = &rs->info[r];
    fprintf(out, "%-6s  %-22s  %-7s  %s\n", ri->id, ri->name, level_name(ri->level),
            ri->summary);
  }
}

// Prints the long explanation of rule 'id' (an ID or a name) to 'out'; false if no
// rule has that ID or name.
bool rules_explain(BORROWED const Rules *rs, BORROWED const char *id, FILE *out) {
  Rule r = rule_by_id(rs, id);
  if (r == RULE_NONE)
    return false;
  fputs(rs->info[r].text, out);
  return true;
}

// Writes the CWE list "401, 775" of 'ri' as Markdown links to 'out'.
static void doc_cwe_links(const RuleInfo *ri, FILE *out) {
  if (!ri->cwe) {
    fputs("none", out);
    return;
  }
  const char *sep = "";
  for (const char *p = ri->cwe; *p;) {
    int len = (int)strcspn(p, ", ");
    fprintf(out, "%s[CWE-%.*s](https://cwe.mitre.org/data/definitions/%.*s.html)", sep, len,
            p, len, p);
    sep = ", ";
    p += len;
    p += strspn(p, ", ");
  }
}

// The first line of a generated page: where it comes from, so edits go there.
static void generated_note(const char *source, FILE *out) {
  fprintf(out, "<!-- Generated by `ownck --gen-rule-docs` from %s: edit the source, not this page. -->\n",
          source);
}

// Writes the Markdown page of rule 'r' (docs/rules/OWNnnn.md) to 'out'.
void rules_doc(BORROWED const Rules *rs, Rule r, FILE *out) {
  const RuleInfo *ri = rule_info(rs, r);
  if (!ri)
    fatal_internal(__FILE__, __LINE__, "rules_doc: not a rule");
  char source[64];
  snprintf(source, sizeof source, "rules/rules/%s.md", ri->id);
  generated_note(source, out);
  fprintf(out, "# %s: %s\n\n%s\n\n", ri->id, ri->name, ri->summary);
  fputs("| Default level | Rust analogue | CWE | Tags | Precision | Security severity |\n"
        "|---|---|---|---|---|---|\n",
        out);
  fprintf(out, "| %s | %s | ", level_name(ri->level), ri->rust ? ri->rust : "none");
  doc_cwe_links(ri, out);
  fprintf(out, " | %s | %s | %s |\n\n", ri->tags, ri->precision,
          ri->security_severity ? ri->security_severity : "none");
  fputs(ri->explain, out);
}

// Writes 's' to 'out' with each '|' escaped for a Markdown table cell.
static void table_cell(const char *s, FILE *out) {
  for (; *s; s++) {
    if (*s == '|')
      fputc('\\', out);
    fputc(*s, out);
  }
}

// Writes the index of all rules (docs/rules/README.md) to 'out'.
void rules_doc_index(BORROWED const Rules *rs, FILE *out) {
  generated_note("rules/rules/*.md", out);
  fputs("# ownck rules\n\n"
        "Every finding of ownck names one of these rules. IDs are stable and never\n"
        "reused. `ownck --list-rules` prints this table in the terminal, and\n"
        "`ownck --explain OWN001` (or `ownck --explain use-after-move`) prints a rule's\n"
        "page. SARIF output carries the same text in `rules[].help`.\n\n"
        "| ID | Name | Level | Rust analogue | CWE | Summary |\n"
        "|---|---|---|---|---|---|\n",
        out);
  for (int r = OWN001; r < RULE_COUNT; r++) {
    const RuleInfo *ri = &rs->info[r];
    fprintf(out, "| [%s](%s.md) | %s | %s | %s | %s | ", ri->id, ri->id, ri->name,
            level_name(ri->level), ri->rust ? ri->rust : "", ri->cwe ? ri->cwe : "");
    table_cell(ri->summary, out);
    fputs(" |\n", out);
  }
}

// Writes one page to 'path' with 'write'; false with a message if it fails.
static bool write_page(const Rules *rs, const char *path, Rule r, void (*write)(const Rules *, Rule, FILE *)) {
  FILE *f = fopen(path, "w");
  if (!f) {
    fprintf(stderr, "ownck: error: cannot write '%s': %s\n", path, strerror(errno));
    return false;
  }
  write(rs, r, f);
  bool ok = !ferror(f);
  ok = (fclose(f) == 0) && ok;
  if (!ok)
    fprintf(stderr, "ownck: error: cannot write '%s'\n", path);
  return ok;
}

static void write_index(const Rules *rs, Rule r, FILE *out) {
  (void)r;
  rules_doc_index(rs, out);
}

// Writes docs/rules/ into 'dir': OWNnnn.md for every rule and README.md.
bool rules_gen_docs(BORROWED const Rules *rs, BORROWED const char *dir) {
  Arena *a = arena_new();
  bool ok = true;
  for (int r = OWN001; ok && r < RULE_COUNT; r++)
    ok = write_page(rs, arena_printf(a, "%s/%s.md", dir, rs->info[r].id), (Rule)r, rules_doc);
  ok = ok && write_page(rs, arena_printf(a, "%s/README.md", dir), RULE_NONE, write_index);
  arena_free(a);
  return ok;
}
