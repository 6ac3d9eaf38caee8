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
