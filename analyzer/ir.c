// ir.c: constructors and walkers of the IR (Func, Var, Node), with no libclang.
//
// parse.c builds Funcs through these; cfg.c adds its temporaries through them; tests
// build IR by hand with them. A Func is complete once parse.c hands it over: nothing
// after the front end adds to it but the summaries of its body (summary.c, on its
// FnSig), so it can be checked any number of times (the temporaries of a CFG belong
// to that Cfg, in the arena the Cfg lives in).
#include <string.h>

#include "analyzer.h"

// A new place of kind 'kind' named 'name', numbered after the places already in 'f'.
Var *func_new_var(MUT_BORROW Arena *a, MUT_BORROW Func *f, VarKind kind, BORROWED const char *name) {
  Var *v = arena_alloc(a, sizeof *v);
  v->kind = kind;
  v->name = name;
  v->id = f->nvars;
  ARR_PUSH(a, f->vars, f->nvars, f->capvars, v);
  return v;
}

// A temporary of 'g', numbered after the function's own places and the temporaries
// already made; it lives in 'a' (the arena of 'g'), not in the Func.
Var *cfg_new_temp(MUT_BORROW Arena *a, MUT_BORROW Cfg *g, Ty ty) {
  Var *t = arena_alloc(a, sizeof *t);
  t->kind = VK_TEMP;
  t->name = arena_printf(a, "$t%d", g->nvars - g->func->nvars);
  t->ty = ty;
  t->id = g->nvars;
  ARR_PUSH(a, g->vars, g->nvars, g->capvars, t);
  return t;
}

// A field place of 'g' like 'like' (its name, type and annotations) under the struct
// place 'base', for a field the function never names ('b = a' copies 'a.name' into
// 'b.name'); numbered and kept like a temporary.
Var *cfg_new_field(MUT_BORROW Arena *a, MUT_BORROW Cfg *g, Var *base, BORROWED const Var *like) {
  Var *f = arena_alloc(a, sizeof *f);
  f->kind = VK_FIELD;
  f->name = arena_printf(a, "%s.%s", base->name, like->field);
  f->ty = like->ty;
  f->ann = like->ann;
  f->decl = like->decl;
  f->parent = base;
  f->field = like->field;
  f->id = g->nvars;
  ARR_PUSH(a, g->vars, g->nvars, g->capvars, f);
  return f;
}

// The field place 'name' (not through a pointer) of the struct place 'base' in 'g', or NULL.
Var *cfg_field(BORROWED const Cfg *g, BORROWED const Var *base, BORROWED const char *name) {
  for (int i = 0; i < g->nvars; i++) {
    Var *f = g->vars[i];
    if (f->kind == VK_FIELD && f->parent == base && !f->arrow && !strcmp(f->field, name))
      return f;
  }
  return NULL;
}

// Some code of the file was not lowered (nested too deeply): it may write any
// static, so none keeps a fixed value (consts do).
void ir_forget_values(MUT_BORROW Tu *tu) {
  for (int i = 0; i < tu->nglobals; i++)
    tu->globals[i]->written = true;
  for (int i = 0; i < tu->nfuncs; i++)
    for (int j = 0; j < tu->funcs[i]->nvars; j++)
      tu->funcs[i]->vars[j]->written = true;
}

bool ir_const_value(BORROWED const Node *e, long long *out) {
  long long l, r;
  if (!e)
    return false;
  switch (e->kind) {
  case N_NUM: *out = e->num; return true;
  case N_NULL: *out = 0; return true;
  case N_VAR: return e->var->kind != VK_FIELD && e->var->ty.kind == TY_INT && var_fixed_value(e->var, out);
  case N_NOT:
    if (!ir_const_value(e->lhs, &l))
      return false;
    *out = !l;
    return true;
  case N_LOGAND:  // '0 && x' is 0 whatever x is (and x is not evaluated)
    if (!ir_const_value(e->lhs, &l))
      return false;
    if (!l || !ir_const_value(e->rhs, &r)) {
      *out = 0;
      return !l;
    }
    *out = r != 0;
    return true;
  case N_LOGOR:
    if (!ir_const_value(e->lhs, &l))
      return false;
    if (l || !ir_const_value(e->rhs, &r)) {
      *out = 1;
      return l != 0;
    }
    *out = r != 0;
    return true;
  case N_EQ: case N_NE: case N_LT: case N_LE: case N_GT: case N_GE:
    if (!ir_const_value(e->lhs, &l) || !ir_const_value(e->rhs, &r))
      return false;
    *out = e->kind == N_EQ ? l == r : e->kind == N_NE ? l != r : e->kind == N_LT ? l < r
         : e->kind == N_LE ? l <= r : e->kind == N_GT ? l > r : l >= r;
    return true;
  default: return false;
  }
}
