// summary.c: what each function defined in the analysed code does, read off its body.
//
// A summary says, per parameter, whether the function releases it on every path
// (like free), keeps it (stores it away, or releases it on some paths only), lets it
// escape (passes it to a function that may keep it) or only borrows it, and which
// fields of what it points to it overwrites or releases; and whether its result is a
// new owner (of which family, maybe NULL), a parameter itself, or a field of one; and
// whether it never returns. The ownership pass observes this itself (own_observe);
// here it becomes a Summary, hung on the function's FnSig, which effects.c uses at
// every call (annotation > summary > model > default).
//
// Order: callees first, over the strongly connected components of the call graph
// (Tarjan). A recursion is iterated from "does nothing" until its summaries no longer
// change: each member once, then each member again that calls one whose summary
// changed; if they still change after MAX_ROUNDS updates per member, its functions
// keep none (the default for unknown callees at their calls).
#include <string.h>

#include "analyzer.h"

#define MAX_ROUNDS 6
// A function of more basic blocks than this gets no summary (its calls are those of
// an unknown callee): an interpreter's dispatch loop or a generated parser would
// cost a second full analysis, and is rarely a wrapper its callers need to see.
#define MAX_SUMMARY_BLOCKS 2000

typedef struct Comp {   // a strongly connected component: functions, by index
  int *m;
  int n;
} Comp;

typedef struct Graph {
  Func **funcs;         // every function of every unit, in unit then source order
  int *unit;            // per function: its unit
  int n;
  const FnSig **keys;   // an open-addressing map FnSig -> function index
  int *vals;
  int cap;
  const char **names;   // an open-addressing map name -> function index (-2: defined
  int *defs;            // more than once) for the functions other units may call
  int ncap;
  bool project;         // several units, or summaries given from outside: -p
  int *ncallers;        // per function: the calls of it from other functions
  int *member;          // per function: its index in the recursion being iterated, or -1
  FnSig ***importers;   // per function: the declarations of it in other units
  int *nimporters, *capimporters;
  int **succ;           // per function: the functions it calls (indices)
  int *nsucc;
  // Tarjan
  int *index, *low, *stack;
  int *post;            // per function: when its visit finished (callees before callers)
  int npost;
  bool *on;
  int counter, sp;
  Comp *comps;          // the components, callees first
  int ncomp, capcomp;
} Graph;

typedef struct Ctx {
  Arena *a;             // where the summaries live (the TU's arena)
  Arena *scratch;
  const Config *cfg;
  const SumUnit *units;
} Ctx;

// ---- the call graph ----

static unsigned slot_of(const Graph *g, const FnSig *sig) {
  uintptr_t h = (uintptr_t)sig;
  h ^= h >> 17;
  h *= 0x9e3779b1u;
  return (unsigned)(h ^ (h >> 15)) & (unsigned)(g->cap - 1);
}

// The function of 'g' that 'sig' names, or -1.
static int func_of(const Graph *g, const FnSig *sig) {
  if (!sig)
    return -1;
  for (unsigned i = slot_of(g, sig);; i = (i + 1) & (unsigned)(g->cap - 1)) {
    if (!g->keys[i])
      return -1;
    if (g->keys[i] == sig)
      return g->vals[i];
  }
}

static void map_funcs(Arena *a, Graph *g) {
  g->cap = 16;
  while (g->cap < 2 * g->n + 2)
    g->cap *= 2;
  g->keys = arena_alloc(a, sizeof(FnSig *) * (size_t)g->cap);
  g->vals = arena_alloc(a, sizeof(int) * (size_t)g->cap);
  for (int k = 0; k < g->n; k++) {
    unsigned i = slot_of(g, g->funcs[k]->sig);
    while (g->keys[i] && g->keys[i] != g->funcs[k]->sig)
      i = (i + 1) & (unsigned)(g->cap - 1);
    g->keys[i] = g->funcs[k]->sig;
    g->vals[i] = k;
  }
}

static unsigned name_slot(const Graph *g, const char *name) {
  return (unsigned)hash_bytes(0, name, strlen(name)) & (unsigned)(g->ncap - 1);
}

// What other units see under 'name': a function index (>= 0), -2 for several
// definitions (another program's 'main'), -3 - j for the j-th summary given from
// outside (a file the cache answered), -1 for none.
static int name_get(const Graph *g, const char *name) {
  for (unsigned i = name_slot(g, name);; i = (i + 1) & (unsigned)(g->ncap - 1)) {
    if (!g->names[i])
      return -1;
    if (!strcmp(g->names[i], name))
      return g->defs[i];
  }
}

static int extern_of(const Graph *g, const char *name) {
  int k = name_get(g, name);
  return k >= 0 ? k : -1;
}

static void name_put(Graph *g, const char *name, int k) {
  unsigned i = name_slot(g, name);
  while (g->names[i] && strcmp(g->names[i], name))
    i = (i + 1) & (unsigned)(g->ncap - 1);
  g->defs[i] = g->names[i] ? -2 : k;
  g->names[i] = name;
}

// What 'sig', called in unit 'u', calls: a function of that unit, or one of another
// with external linkage; -1 if none of the units defines it.
static int callee_of(const Graph *g, const FnSig *sig) {
  int k = func_of(g, sig);
  return k >= 0 || sig->is_static || sig->system ? k : extern_of(g, sig->name);
}

static void calls_in(Arena *a, const Graph *g, const Node *n, int **out, int *nout, int *cap) {
  if (!n)
    return;
  // A call, or a variable's cleanup function (called where it goes out of scope).
  FnSig *callee = n->kind == N_CALL ? n->sig : n->kind == N_DECL && n->var ? n->var->cleanup : NULL;
  if (callee) {
    callee->called = true;
    int k = callee_of(g, callee);
    bool seen = false;
    for (int i = 0; i < *nout && !seen; i++)
      seen = (*out)[i] == k;
    if (k >= 0 && !seen)
      ARR_PUSH(a, *out, *nout, *cap, k);
  }
  const Node *c;
  for (int i = 0; (c = ir_next_child(n, &i));)
    calls_in(a, g, c, out, nout, cap);
}

static void strongconnect(Arena *a, Graph *g, int v) {
  g->index[v] = g->low[v] = ++g->counter;
  g->stack[g->sp++] = v;
  g->on[v] = true;
  for (int i = 0; i < g->nsucc[v]; i++) {
    int w = g->succ[v][i];
    if (!g->index[w]) {
      strongconnect(a, g, w);
      if (g->low[w] < g->low[v])
        g->low[v] = g->low[w];
    } else if (g->on[w] && g->index[w] < g->low[v]) {
      g->low[v] = g->index[w];
    }
  }
  g->post[v] = g->npost++;
  if (g->low[v] != g->index[v])
    return;
  Comp c = {NULL, 0};
  int cap = 0, w;
  do {
    w = g->stack[--g->sp];
    g->on[w] = false;
    ARR_PUSH(a, c.m, c.n, cap, w);
  } while (w != v);
  for (int i = 1; i < c.n; i++)  // within the component, callees first where it can
    for (int j = i; j > 0 && g->post[c.m[j - 1]] > g->post[c.m[j]]; j--) {
      int t = c.m[j];
      c.m[j] = c.m[j - 1];
      c.m[j - 1] = t;
    }
  ARR_PUSH(a, g->comps, g->ncomp, g->capcomp, c);
}

static void build_graph(Arena *a, Graph *g, const SumUnit *units, int nunits, const SumExports *ext) {
  *g = (Graph){0};
  int n = 0;
  for (int u = 0; u < nunits; u++)
    n += units[u].tu->nfuncs;
  g->funcs = arena_alloc(a, sizeof(Func *) * (size_t)(n + 1));
  g->unit = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
  for (int u = 0; u < nunits; u++)
    for (int i = 0; i < units[u].tu->nfuncs; i++) {
      g->unit[g->n] = u;
      g->funcs[g->n++] = units[u].tu->funcs[i];
    }
  map_funcs(a, g);
  int next = ext ? ext->n : 0;
  bool project = nunits > 1 || next > 0;
  g->ncap = 16;
  while (g->ncap < 2 * (n + next) + 2)
    g->ncap *= 2;
  g->names = arena_alloc(a, sizeof(char *) * (size_t)g->ncap);
  g->defs = arena_alloc(a, sizeof(int) * (size_t)g->ncap);
  for (int k = 0; project && k < n; k++)
    if (!g->funcs[k]->sig->is_static)
      name_put(g, g->funcs[k]->sig->name, k);
  for (int j = 0; j < next; j++)
    name_put(g, ext->names[j], -3 - j);
  g->importers = arena_alloc(a, sizeof(FnSig **) * (size_t)(n + 1));
  g->nimporters = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
  g->capimporters = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
  for (int u = 0; project && u < nunits; u++)
    for (int i = 0; i < units[u].tu->nsigs; i++) {
      FnSig *sig = units[u].tu->sigs[i];
      if (func_of(g, sig) >= 0 || sig->is_static || sig->system)
        continue;
      int k = name_get(g, sig->name);
      if (k >= 0)
        ARR_PUSH(a, g->importers[k], g->nimporters[k], g->capimporters[k], sig);
      else if (k <= -3 && ext->sums[-3 - k]) {  // summarised elsewhere
        sig->sum = ext->sums[-3 - k];
        sig->noreturn |= sig->sum->noreturn;
      }
    }
  g->succ = arena_alloc(a, sizeof(int *) * (size_t)(n + 1));
  g->nsucc = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
  g->project = project;
  g->ncallers = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
  g->member = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
  for (int i = 0; i < n; i++)
    g->member[i] = -1;
  for (int i = 0; i < n; i++) {
    int cap = 0;
    calls_in(a, g, g->funcs[i]->body, &g->succ[i], &g->nsucc[i], &cap);
    for (int j = 0; j < g->nsucc[i]; j++)
      if (g->succ[i][j] >= 0 && g->succ[i][j] != i)
        g->ncallers[g->succ[i][j]]++;
  }
  g->index = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
  g->low = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
  g->stack = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
  g->post = arena_alloc(a, sizeof(int) * (size_t)(n + 1));
  g->on = arena_alloc(a, (size_t)n + 1);
  for (int i = 0; i < n; i++)
    if (!g->index[i])
      strongconnect(a, g, i);
}

static bool calls_itself(const Graph *g, int v) {
  for (int i = 0; i < g->nsucc[v]; i++)
    if (g->succ[v][i] == v)
      return true;
  return false;
}

// ---- the fields a function changes through a parameter ----

typedef struct Touched {
  bool all, may, frees;  // frees: releases (or keeps) what the parameter points to
  const char **names;
  int n, cap;
} Touched;

static void touched_add(Arena *a, Touched *t, const char *name) {
  for (int i = 0; i < t->n; i++)
    if (!strcmp(t->names[i], name))
      return;
  ARR_PUSH(a, t->names, t->n, t->cap, name);
}

// The first-level field of 'v' below an alias of the parameter ('p->f', 'p->f.g' ->
// "f"), or NULL.
static const char *first_field(const Var *v, const bool *alias) {
  for (; v && v->kind == VK_FIELD; v = v->parent)
    if (v->parent && v->arrow && v->parent->id >= 0 && alias[v->parent->id])
      return v->field;
  return NULL;
}

// What the callee of 'op' does, through argument 'i', to the fields of what it is given.
static void touch_through_call(Arena *a, const Config *cfg, const Op *op, int i, Touched *t) {
  const Summary *s = effects_summary(op->sig);
  const Model *m = effects_model(cfg, op->sig);
  if (s && i < s->nparams) {
    const ParamSum *ps = &s->params[i];
    t->all |= ps->touch_all;
    t->may |= ps->touch_may;
    t->frees |= ps->frees_pointee;
    for (int k = 0; k < ps->ntouched; k++)
      touched_add(a, t, ps->touched[k]);
    return;
  }
  Touch how = effects_touch(op, m, i, NULL);
  t->all |= how == TOUCH_YES;
  t->may |= how == TOUCH_MAY;
}

// Does the callee of 'op' change what argument 'i' (a field, or its address) holds?
static bool changes_arg(const Config *cfg, const Op *op, int i) {
  const char *family;
  const Model *m = effects_model(cfg, op->sig);
  Role r = effects_arg(cfg, op, m, i, &family);
  return r != R_READ || (op->args[i].kind == V_ADDR && effects_touch(op, m, i, NULL) != TOUCH_NONE);
}

// The fields of what parameter 'p' points to that 'g' overwrites or releases, through
// 'p' or a local copy of it: assignments to 'p->f', releases of 'p->f', '&p->f' given
// to a function that changes it, 'p' given to a function that changes its fields, and
// '*p = ...' (all of them).
static Touched touched_of(Ctx *x, const Cfg *g, const Var *p) {
  Arena *a = x->scratch;
  Touched t = {0};
  bool *alias = arena_alloc(a, (size_t)g->nvars + 1);   // 'p' and its local copies
  bool *loaded = arena_alloc(a, (size_t)g->nvars + 1);  // what was read through them ('q = *p')
  alias[p->id] = true;
  for (bool changed = true; changed;) {
    changed = false;
    for (int b = 0; b < g->nblocks; b++)
      for (int k = 0; k < g->blocks[b]->nops; k++) {
        const Op *op = &g->blocks[b]->ops[k];
        if (op->kind != OP_ASSIGN || !op->dst || op->dst->kind == VK_FIELD || op->dst->id < 0)
          continue;
        if (!alias[op->dst->id] && op->src.kind == V_VAR && op->src.var->id >= 0 && alias[op->src.var->id])
          changed = alias[op->dst->id] = true;
        if (!loaded[op->dst->id] && op->src.kind == V_LOAD && op->src.base && op->src.base->id >= 0
            && alias[op->src.base->id])
          changed = loaded[op->dst->id] = true;
      }
  }
  for (int b = 0; b < g->nblocks; b++) {
    const Block *bl = g->blocks[b];
    for (int k = 0; k < bl->nops; k++) {
      const Op *op = &bl->ops[k];
      const char *f;
      if (op->kind == OP_ASSIGN && op->dst && (f = first_field(op->dst, alias)))
        touched_add(a, &t, f);
      if (op->kind == OP_WRITE && op->var->id >= 0 && alias[op->var->id]) {
        const Op *next = k + 1 < bl->nops ? &bl->ops[k + 1] : NULL;
        t.all |= !(next && next->kind == OP_ASSIGN && next->dst && first_field(next->dst, alias));
      }
      for (int i = 0; op->kind == OP_CALL && i < op->nargs; i++) {
        Value v = op->args[i];
        if (v.kind == V_VAR && v.var->id >= 0 && alias[v.var->id])
          touch_through_call(a, x->cfg, op, i, &t);
        else if (((v.kind == V_LOAD && v.base && v.base->id >= 0 && alias[v.base->id])
                  || (v.kind == V_VAR && v.var->id >= 0 && loaded[v.var->id])) && changes_arg(x->cfg, op, i))
          t.all = t.frees = true;  // free(*p): what it points to changes
        else if ((v.kind == V_VAR || v.kind == V_ADDR) && (f = first_field(v.var, alias)) && changes_arg(x->cfg, op, i))
          touched_add(a, &t, f);
      }
    }
  }
  return t;
}

// ---- one function ----

static Role param_role(const ParamObs *po, bool realloc_result) {
  if (!po->tracked)
    return R_READ;
  if (po->released_all)
    return po->moved ? R_MOVE : R_RELEASE;
  if (po->realloc_some && realloc_result && !po->released_some && !po->stored)
    return R_REALLOC;
  if (po->released_some || po->realloc_some || po->stored || po->kept_maybe)
    return R_KEEP;
  return po->escaped ? R_ESCAPE : R_READ;
}

static const char *role_name(const ParamSum *ps) {
  if (ps->value)
    return "-";
  switch (ps->role) {
  case R_READ: return "borrow";
  case R_ESCAPE: return "escape";
  case R_RELEASE: return "release";
  case R_MOVE: return "move";
  case R_REALLOC: return "realloc";
  case R_KEEP: return "keep";
  default: break;
  }
  return "?";
}

static const char *fail_name(FailKind f) {
  switch (f) {
  case FAIL_NULL: return " null";
  case FAIL_NEGATIVE: return " negative";
  case FAIL_NONZERO: return " nonzero";
  case FAIL_MAP_FAILED: return " map_failed";
  case FAIL_NONE: break;
  }
  return "";
}

// The summary as one line: "p0 release(free) touch(data); p1 borrow; ret owned(free) null".
static const char *summary_text(Arena *a, const Summary *s) {
  if (s->bottom)
    return "bottom";
  if (s->deferred)
    return "deferred";
  StrBuf t = {0};
  arena_append(a, &t, "%s", "");
  for (int i = 0; i < s->nparams; i++) {
    const ParamSum *ps = &s->params[i];
    arena_append(a, &t, "%sp%d %s", i ? "; " : "", i, role_name(ps));
    if (ps->role == R_RELEASE || ps->role == R_MOVE || ps->role == R_REALLOC)
      arena_append(a, &t, "(%s)", ps->family ? ps->family : "any");
    if (ps->touch_all)
      arena_append(a, &t, " touch(*)%s", ps->frees_pointee ? " frees(*)" : "");
    for (int k = 0; k < ps->ntouched && !ps->touch_all; k++)
      arena_append(a, &t, "%s%s%s", k ? "," : " touch(", ps->touched[k], k + 1 == ps->ntouched ? ")" : "");
    if (ps->touch_may)
      arena_append(a, &t, " touch(?)");
  }
  const char *sep = s->nparams ? "; " : "";
  if (s->res == RES_OWNED) {
    arena_append(a, &t, "%sret owned(%s)%s%s", sep, s->family ? s->family : "any", fail_name(s->fail),
                 s->quiet ? "(input)" : "");
    if (s->null_param >= 0)
      arena_append(a, &t, "(if %sp%d)", s->null_if_zero ? "!" : "", s->null_param);
    arena_append(a, &t, "%s", s->reallocates ? " realloc" : "");
  } else if (s->res == RES_ALIAS) {
    arena_append(a, &t, "%sret p%d", sep, s->arg);
  } else if (s->res == RES_BORROW) {
    arena_append(a, &t, "%sret borrow(p%d)", sep, s->arg);
  }
  if (s->noreturn)
    arena_append(a, &t, "%snoreturn", t.len ? "; " : "");
  return t.s;
}

// The summary of 'f' with what its callees' summaries say now, or NULL when its body
// cannot be followed (the CFG fails closed, the analysis runs out of budget).
static Summary *summarize(Ctx *x, Func *f) {
  Cfg *g = cfg_build(x->scratch, f);
  if (g->skip || g->nblocks > MAX_SUMMARY_BLOCKS)
    return NULL;
  bool exit_reached = g->exit->rpo >= 0;
  Observed ob = own_observe(x->scratch, g, x->cfg);
  if (!ob.complete)
    return NULL;
  Summary *s = arena_alloc(x->a, sizeof *s);
  s->nparams = f->nparams;
  s->params = arena_alloc(x->a, sizeof(ParamSum) * (size_t)(f->nparams + 1));
  s->arg = -1;
  s->null_param = -1;
  s->noreturn = !exit_reached || !ob.returns;
  bool pointer = f->sig->ret_ty.kind == TY_POINTER && !f->sig->ret_ty.is_fnptr;
  if (!s->noreturn && !ob.ret_other && pointer + (f->sig->ret_ty.kind == TY_INT) > 0) {
    if (ob.ret_fresh && ob.ret_param == -1 && ob.ret_field == -1) {
      s->res = RES_OWNED;
      s->family = ob.ret_family;
      s->fail = ob.ret_null ? ob.ret_fail : FAIL_NONE;
      if (!ob.ret_null && ob.ret_null_input) {  // NULL on bad input only
        s->fail = pointer ? FAIL_NULL : FAIL_NEGATIVE;
        s->quiet = true;
      }
      for (int k = 0; ob.ret_null && k < f->nparams && s->null_param < 0; k++)
        if (ob.null_keys[k] == 1u << K_ZERO || ob.null_keys[k] == 1u << K_NONZERO) {
          s->null_param = k;  // only when that flag is zero, or only when it is not
          s->null_if_zero = ob.null_keys[k] == 1u << K_ZERO;
        }
    } else if (!ob.ret_fresh && ob.ret_param >= 0 && ob.ret_field == -1 && pointer) {
      s->res = RES_ALIAS;
      s->arg = ob.ret_param;
    } else if (!ob.ret_fresh && ob.ret_field >= 0 && ob.ret_param == -1 && pointer) {
      s->res = RES_BORROW;
      s->arg = ob.ret_field;
    }
  }
  bool realloc_result = s->res == RES_OWNED && ob.ret_realloc;
  for (int i = 0; i < f->nparams; i++) {
    ParamSum *ps = &s->params[i];
    const ParamObs *po = &ob.params[i];
    ps->role = param_role(po, realloc_result);
    if (f->params[i]->ty.kind == TY_RECORD)
      ps->role = R_ESCAPE;  // a struct by value: what its fields hold goes with it (not followed)
    ps->family = ps->role == R_RELEASE || ps->role == R_MOVE || ps->role == R_REALLOC ? po->family : NULL;
    ps->released_some = po->released_some || po->released_all;
    ps->stored = po->stored;
    ps->value = !po->tracked && f->params[i]->ty.kind != TY_POINTER && f->params[i]->ty.kind != TY_RECORD;
    s->reallocates |= ps->role == R_REALLOC;
    if (f->params[i]->ty.kind != TY_POINTER || f->params[i]->id < 0)
      continue;
    Touched t = touched_of(x, g, f->params[i]);
    ps->touch_all = t.all;
    ps->touch_may = t.may && !t.all;
    ps->frees_pointee = t.frees;
    if (!t.all && t.n) {
      ps->touched = arena_alloc(x->a, sizeof(char *) * (size_t)t.n);
      for (int k = 0; k < t.n; k++)
        ps->touched[k] = arena_strdup(x->a, t.names[k]);
      ps->ntouched = t.n;
    }
  }
  s->text = arena_strdup(x->a, summary_text(x->scratch, s));
  return s;
}

static bool same(const Summary *a, const Summary *b) {
  return a == b || (a && b && !strcmp(a->text, b->text));
}

// The arena where the summaries of function 'k' live: its unit's.
static Arena *summary_arena(const Ctx *x, const Graph *g, int k) {
  const SumUnit *u = &x->units[g->unit[k]];
  return u->a ? u->a : u->tu->arena;
}

// A summary that says nothing of what function 'k' does: "bottom" (a recursion's
// start) or "deferred" (nothing calls it).
static Summary *placeholder(const Ctx *x, const Graph *g, int k, bool deferred) {
  Arena *a = summary_arena(x, g, k);
  Summary *s = arena_alloc(a, sizeof *s);
  s->nparams = g->funcs[k]->nparams;
  s->params = arena_alloc(a, sizeof(ParamSum) * (size_t)(s->nparams + 1));
  s->arg = -1;
  s->null_param = -1;
  s->bottom = !deferred;
  s->deferred = deferred;
  s->text = deferred ? "deferred" : "bottom";
  return s;
}

// Function 'k' of 'g' has summary 's' now: on its FnSig and on its declarations in
// other units (and noreturn, which only ever becomes true: assuming a callee
// returns gives more paths, never fewer).
static void set_summary(const Graph *g, int k, const Summary *s) {
  g->funcs[k]->sig->sum = s;
  g->funcs[k]->sig->noreturn |= s && s->noreturn;
  for (int i = 0; i < g->nimporters[k]; i++) {
    g->importers[k][i]->sum = s;
    g->importers[k][i]->noreturn |= s && s->noreturn;
  }
}

// Summarises function 'k' again; true if its summary changed.
static bool update(Ctx *x, const Graph *g, int k) {
  const SumUnit *u = &x->units[g->unit[k]];
  x->a = summary_arena(x, g, k);
  x->cfg = u->cfg;
  Recovery *rec = recovery_get();
  if (rec)  // an internal error from here on is this file's
    rec->path = u->tu->path;
  if (x->cfg->opt.fault && u->tu->path && strstr(u->tu->path, x->cfg->opt.fault) && g->nimporters[k])
    unreachable();  // test-only fault injection (OWNCK_FAULT_INJECT): a function other files call
  Summary *s = summarize(x, g->funcs[k]);
  arena_reset(x->scratch);
  bool changed = !same(s, g->funcs[k]->sig->sum);
  set_summary(g, k, s);
  return changed;
}

// Does anything read the summary of function 'k'? Its callers' calls, and --suggest
// and --dump-summaries, which read every one. A function nothing calls (a test case
// run through a pointer, a library's entry point, a command handler in a table)
// needs none: most of the cost of summaries in a project with tests.
static bool summary_wanted(const Ctx *x, const Graph *g, int k) {
  const Config *cfg = x->units[g->unit[k]].cfg;
  return g->ncallers[k] > 0 || calls_itself(g, k) || cfg->opt.suggest || cfg->opt.dump_summaries;
}

// A recursion: its members start from "does nothing" (bottom); a worklist, callees
// first where it can, updates every member once, then again each member that calls
// one whose summary changed, until none changes; after MAX_ROUNDS times the members'
// number of updates without a fixpoint, none of them keeps a summary.
static void iterate(Ctx *x, Arena *ga, const Graph *g, const int *comp, int n) {
  for (int i = 0; i < n; i++)
    set_summary(g, comp[i], placeholder(x, g, comp[i], false));
  int *pos = g->member;  // function -> its index in the component, or -1
  for (int i = 0; i < n; i++)
    pos[comp[i]] = i;
  int **callers = arena_alloc(ga, sizeof(int *) * (size_t)n), *ncallers = arena_alloc(ga, sizeof(int) * (size_t)n);
  int *capcallers = arena_alloc(ga, sizeof(int) * (size_t)n);
  for (int i = 0; i < n; i++)
    for (int j = 0; j < g->nsucc[comp[i]]; j++) {
      int w = g->succ[comp[i]][j];
      if (w >= 0 && pos[w] >= 0)
        ARR_PUSH(ga, callers[pos[w]], ncallers[pos[w]], capcallers[pos[w]], i);
    }
  for (int i = 0; i < n; i++)
    pos[comp[i]] = -1;
  bool *queued = arena_alloc(ga, (size_t)n);
  int pending = n;
  for (int i = 0; i < n; i++)
    queued[i] = true;
  long budget = (long)MAX_ROUNDS * n;
  for (int i = 0; pending > 0; i = (i + 1) % n) {
    if (!queued[i])
      continue;
    if (budget-- == 0) {
      for (int k = 0; k < n; k++)  // no fixpoint: the default for unknown callees
        set_summary(g, comp[k], NULL);
      return;
    }
    queued[i] = false;
    pending--;
    if (!update(x, g, comp[i]))
      continue;
    for (int k = 0; k < ncallers[i]; k++)
      if (!queued[callers[i][k]]) {
        queued[callers[i][k]] = true;
        pending++;
      }
  }
}

static void summarize_scc(Ctx *x, Arena *ga, const Graph *g, const Comp *c) {
  const int *comp = c->m;
  if (c->n == 1 && !summary_wanted(x, g, comp[0])) {
    if (g->project && !g->funcs[comp[0]]->sig->is_static) {
      // Other files may call it, none does now: its file's cache entry says
      // "deferred", and a later run in which a file calls it has its file parsed
      // again (driver.c), as a cold run would summarise it.
      set_summary(g, comp[0], placeholder(x, g, comp[0], true));
    }
    return;
  }
  if (c->n == 1 && !calls_itself(g, comp[0]))
    update(x, g, comp[0]);
  else
    iterate(x, ga, g, comp, c->n);
}

// ---- what a call calls ----

// The name of the function pointer an indirect call goes through: a variable ('fp',
// '(*fp)') or a member ('hooks->allocate', 'g.hooks.allocate'), whose base's name
// goes to '*base' (NULL if it has none).
static const char *pointer_name(const Node *e, const char **base) {
  *base = NULL;
  while (e && e->kind == N_DEREF)
    e = e->lhs;
  if (e && e->kind == N_VAR && e->var)
    return e->var->name;
  if (!e || e->kind != N_MEMBER)
    return NULL;
  const Node *b = e->lhs;
  while (b && b->kind == N_DEREF)
    b = b->lhs;
  *base = b && b->kind == N_VAR && b->var ? b->var->name : b && b->kind == N_MEMBER ? b->name : NULL;
  return e->name;
}

// Does the .ownck.json "pointer" 'pat' name this pointer? "name" is a variable or a
// member of that name; "base->member" or "base.member" a member of a base of that
// name ("*" for any base).
static bool pointer_matches(const char *pat, const char *name, const char *base) {
  const char *arrow = strstr(pat, "->"), *dot = strrchr(pat, '.');
  const char *member = arrow && (!dot || dot < arrow) ? arrow + 2 : dot ? dot + 1 : pat;
  if (!name || strcmp(member, name) != 0)
    return false;
  if (member == pat)
    return true;
  size_t n = (size_t)((arrow && member == arrow + 2 ? arrow : dot) - pat);
  return (n == 1 && pat[0] == '*') || (base && strlen(base) == n && !strncmp(pat, base, n));
}

// The signature a call through a configured function pointer gets: that of the
// modelled function it calls ("as"), made once per TU.
static FnSig *pointer_sig(Ctx *x, Tu *tu, const char *as) {
  for (int i = 0; i < tu->nsigs; i++)
    if (!strcmp(tu->sigs[i]->name, as) && tu->sigs[i]->system)
      return tu->sigs[i];
  const Model *m = model_find(x->cfg->models, as);
  FnSig *s = arena_alloc(tu->arena, sizeof *s);
  s->name = arena_strdup(tu->arena, as);
  s->system = true;
  s->noreturn = m && m->noreturn;
  s->ret_ty.kind = !m || m->ret == RET_NONE ? TY_OTHER : m->returns_handle ? TY_INT : TY_POINTER;
  ARR_PUSH(tu->arena, tu->sigs, tu->nsigs, tu->capsigs, s);
  return s;
}

static void resolve_pointers(Ctx *x, Tu *tu, Node *n) {
  if (!n)
    return;
  if (n->kind == N_CALL && !n->sig && n->lhs) {
    const char *base, *name = pointer_name(n->lhs, &base);
    for (int i = 0; name && i < x->cfg->nallocators; i++)
      if (pointer_matches(x->cfg->allocators[i].pointer, name, base)) {
        n->sig = pointer_sig(x, tu, x->cfg->allocators[i].as);
        break;
      }
  }
  Node *c;
  for (int i = 0; (c = ir_next_child(n, &i));)
    resolve_pointers(x, tu, c);
}

// Before any summary: calls through the function pointers .ownck.json names get the
// signature of the function they call; a callee whose model never returns is
// noreturn, defined here or not (libc's are declared so anyway; a test framework's
// failure function is the one that matters).
static void resolve_callees(Ctx *x, Tu *tu) {
  for (int i = 0; x->cfg->nallocators && i < tu->nfuncs; i++)
    resolve_pointers(x, tu, tu->funcs[i]->body);
  for (int i = 0; i < tu->nsigs; i++) {
    const Model *m = model_find(x->cfg->models, tu->sigs[i]->name);
    if (m && m->noreturn)  // a body that seems to return cannot undo it (UnityFail's
      tu->sigs[i]->noreturn = true;  // "already failed" return: that test has longjmp'd)
  }
}

// What unit 'u' took from other units: each function it calls that another unit
// (or 'ext') defines, with the summary it got then ("-": none), for the cache.
static void record_imports(const Graph *g, SumUnit *u, int self) {
  Tu *tu = u->tu;
  tu->nimports = 0;
  for (int i = 0; i < tu->nsigs; i++) {
    const FnSig *sig = tu->sigs[i];
    if (sig->is_static || sig->system || !sig->called)
      continue;
    int k = func_of(g, sig);
    if (k >= 0 && g->unit[k] == self)
      continue;
    SumImport im = {sig->name, sig->sum ? sig->sum->text : "-"};
    ARR_PUSH(tu->arena, tu->imports, tu->nimports, tu->capimports, im);
  }
}

void summaries_link(MUT_BORROW SumUnit *units, int nunits, BORROWED const SumExports *ext,
                    MUT_BORROW Arena *scratch, MUT_BORROW Arena *graph) {
  Ctx x = {NULL, scratch, NULL, units};
  Graph g;
  build_graph(graph, &g, units, nunits, ext);
  for (int u = 0; u < nunits; u++) {
    x.cfg = units[u].cfg;
    resolve_callees(&x, units[u].tu);
  }
  for (int i = 0; i < g.ncomp; i++) {
    if (units[g.unit[g.comps[i].m[0]]].cfg->opt.no_summaries)
      continue;  // --no-summaries: every body a black box (noreturn from declarations and models)
    summarize_scc(&x, graph, &g, &g.comps[i]);
  }
  for (int u = 0; u < nunits; u++)
    record_imports(&g, &units[u], u);
}

void summaries_tu(MUT_BORROW Tu *tu, BORROWED const Config *cfg, MUT_BORROW Arena *scratch) {
  SumUnit u = {tu, cfg, NULL};
  summaries_link(&u, 1, NULL, scratch, tu->arena);  // the graph goes with the unit's IR
}

void summary_set_text(MUT_BORROW Arena *a, MUT_BORROW Summary *s) {
  s->text = arena_strdup(a, summary_text(a, s));
}

const char *summary_line(MUT_BORROW Arena *a, BORROWED const FnSig *sig) {
  if (!sig->sum)
    return NULL;
  return arena_printf(a, "%s: %s", sig->name, *sig->sum->text ? sig->sum->text : "borrows everything");
}
