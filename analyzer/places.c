// places.c: place paths and how they overlap.
//
// Takes the places of the IR (a Var, or a path cfg.c built from an lvalue) and answers
// the one question the borrow pass asks of two places: can an access to one touch the
// other? A path is a root variable and steps: a field ('.f'), a dereference ('*p',
// 'p->'), an index ('a[i]', element-insensitive). Places overlap when one path is a
// prefix of the other (Rust's rule for loans), where:
//   - members of one union overlap each other (they share their storage);
//   - array elements overlap each other (indices are not told apart);
//   - a dereference and an index step are the same step ('*a' is 'a[0]').
// Roots are compared by identity: a Var is one place of one function (globals are
// shared by the functions of a translation unit, and that is right too).
#include <string.h>

#include "analyzer.h"

const Path *path_of_var(MUT_BORROW Arena *a, BORROWED const Var *v, Span at) {
  int n = 0;
  for (const Var *f = v; f->kind == VK_FIELD && f->parent; f = f->parent)
    n += f->arrow ? 2 : 1;
  Path *p = arena_alloc(a, sizeof *p);
  p->steps = n ? arena_alloc(a, sizeof(Step) * (size_t)n) : NULL;
  p->nsteps = n;
  p->span = at;
  const Var *f = v;
  for (; f->kind == VK_FIELD && f->parent; f = f->parent) {
    bool elem = f->field && f->field[0] == '[';  // an element place 'a[3]': not told apart
    p->steps[--n] = elem ? (Step){STEP_INDEX, NULL, false} : (Step){STEP_FIELD, f->field, f->in_union};
    if (f->arrow)
      p->steps[--n] = (Step){STEP_DEREF, NULL, false};
  }
  p->root = (Var *)f;
  return p;
}

Path *path_step(MUT_BORROW Arena *a, BORROWED const Path *p, Step s, Span at) {
  Path *q = arena_alloc(a, sizeof *q);
  q->root = p->root;
  q->nsteps = p->nsteps + 1;
  q->steps = arena_alloc(a, sizeof(Step) * (size_t)q->nsteps);
  if (p->nsteps)
    memcpy(q->steps, p->steps, sizeof(Step) * (size_t)p->nsteps);
  q->steps[p->nsteps] = s;
  q->span = at;
  return q;
}

static bool is_elem(StepKind k) { return k == STEP_DEREF || k == STEP_INDEX; }

// How steps 'x' and 'y' of two paths compare: 1 the same place, 0 disjoint places,
// 2 overlapping siblings (members of one union).
static int step_cmp(const Step *x, const Step *y) {
  if (is_elem(x->kind) && is_elem(y->kind))
    return 1;
  if (x->kind != STEP_FIELD || y->kind != STEP_FIELD)
    return 0;
  if (!strcmp(x->field, y->field))
    return 1;
  return x->in_union && y->in_union ? 2 : 0;
}

bool place_overlaps(BORROWED const Path *a, BORROWED const Path *b) {
  if (!a || !b || a->root != b->root)
    return false;
  int n = a->nsteps < b->nsteps ? a->nsteps : b->nsteps;
  for (int i = 0; i < n; i++) {
    int c = step_cmp(&a->steps[i], &b->steps[i]);
    if (c != 1)
      return c == 2;
  }
  return true;
}

bool place_prefix(BORROWED const Path *a, BORROWED const Path *b) {
  if (!a || !b || a->root != b->root || a->nsteps > b->nsteps)
    return false;
  for (int i = 0; i < a->nsteps; i++)
    if (step_cmp(&a->steps[i], &b->steps[i]) == 0)
      return false;
  return true;
}

int path_derefs(BORROWED const Path *p, int n) {
  int k = 0;
  for (int i = 0; i < n && i < p->nsteps; i++)
    k += p->steps[i].kind == STEP_DEREF;
  return k;
}

const char *path_name(MUT_BORROW Arena *a, BORROWED const Path *p) {
  const char *s = p->root->name;
  for (int i = 0; i < p->nsteps; i++) {
    const Step *st = &p->steps[i];
    if (st->kind == STEP_DEREF && i + 1 < p->nsteps && p->steps[i + 1].kind == STEP_FIELD) {
      s = arena_printf(a, "%s->%s", s, p->steps[i + 1].field);
      i++;
    } else if (st->kind == STEP_DEREF) {
      s = arena_printf(a, i + 1 < p->nsteps ? "(*%s)" : "*%s", s);
    } else if (st->kind == STEP_INDEX) {
      s = arena_printf(a, "%s[]", s);
    } else {
      s = arena_printf(a, "%s.%s", s, st->field);
    }
  }
  return s;
}
