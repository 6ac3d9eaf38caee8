// A recursive-descent parser: parse_expr() and parse_atom() call each other and both
// return fresh nodes (malloc family, possibly NULL). Their summaries come from one
// iteration over the cycle. calc() leaks the tree when there is trailing input.
#include <stdlib.h>

struct ast { char op; long val; struct ast *l, *r; };

static struct ast *parse_expr(const char **s);

static struct ast *parse_atom(const char **s) {
  if (**s == '(') {
    (*s)++;
    struct ast *e = parse_expr(s);
    if (**s == ')')
      (*s)++;
    return e;
  }
  struct ast *n = calloc(1, sizeof *n);
  if (n)
    n->val = strtol(*s, (char **)s, 10);
  return n;
}

static struct ast *parse_expr(const char **s) {
  struct ast *l = parse_atom(s);
  if (!l || **s != '+')
    return l;
  struct ast *n = calloc(1, sizeof *n);
  if (!n)
    return l;
  n->op = *(*s)++;
  n->l = l;
  n->r = parse_expr(s);
  return n;
}

void ast_free(struct ast *e);
long ast_eval(const struct ast *e);

int calc(const char *text, long *out) {
  const char *s = text;
  struct ast *e = parse_expr(&s);
  if (!e)
    return -1;
  if (*s != '\0')
    return -1; // expect-error[OWN003]{{leak: 'e' goes out of scope}}
  *out = ast_eval(e);
  ast_free(e);
  return 0;
}
