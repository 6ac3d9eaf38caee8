// objects.c: the pre-pass of the ownership pass.
//
// Takes one function's Cfg and finds what the dataflow needs before it starts: the
// ops numbered (so a site is one int), the abstract objects (one per allocation site,
// with a twin for its earlier instances in loops; per owned or unannotated pointer
// parameter; per OWNED declaration whose value comes from elsewhere; per pointer
// loaded from memory when the function releases anything), the places that can ever
// hold one (a flow-insensitive fixpoint: the state has a row per tracked place, so
// large functions that own little stay small), then the flags (lattice.c) and the
// layout of a state.
#include <string.h>

#include "analyzer.h"

typedef struct Pre {
  Lattice *L;
  Prep *P;
  Arena *a;
  const Cfg *g;
  const Config *cfg;
  Var *const *ghosts;   // summary mode: per parameter, its ghost place (or NULL)
} Pre;

static const char *what_of(const char *family) {
  if (!family)
    return "the value";
  if (!strcmp(family, "fclose") || !strcmp(family, "pclose"))
    return "the FILE stream";
  if (!strcmp(family, "close"))
    return "the file descriptor";
  if (!strcmp(family, "closedir"))
    return "the directory stream";
  if (!strcmp(family, "munmap"))
    return "the mapping";
  if (!strcmp(family, "free"))
    return "the memory";
  return "the resource";
}


static int new_obj(Pre *c, Span at) {
  Obj o = {0};
  o.at = at;
  o.old = -1;
  o.partner = -1;
  ARR_PUSH(c->a, c->L->objs, c->L->nobjs, c->L->capobjs, o);
  return c->L->nobjs - 1;
}

// An object for a site that may run more than once (in a loop): the most recent
// instance, plus a twin for all earlier ones. Callers fill in the first; finish_twins
// copies it to the twin once the pre-pass is done.
static int new_site_obj(Pre *c, Span at) {
  int o = new_obj(c, at);
  int old = new_obj(c, at);
  c->L->objs[o].old = old;
  return o;
}

static void finish_twins(Pre *c) {
  for (int o = 0; o < c->L->nobjs; o++)
    if (c->L->objs[o].old >= 0) {
      int old = c->L->objs[o].old;
      c->L->objs[old] = c->L->objs[o];
      c->L->objs[old].old = -1;
    }
}

static void track(Pre *c, Var *v) {
  if (v && v->id >= 0 && c->L->tix[v->id] < 0)
    c->L->tix[v->id] = c->L->ntracked++;
}

// Objects created by a call: its result (an owner; storage nobody owns; a NULLABLE
// or unknown pointer someone else owns), and the owner its out-parameters receive.
static void call_objects(Pre *c, const Op *op, int ord) {
  const Model *m = effects_model(c->cfg, op->sig);
  const FnSig *sig = op->sig;
  if (!sig)
    return;
  ResultEffect re = effects_result(c->cfg, op, m);
  bool owned = re.kind == RES_OWNED;
  bool is_static = re.kind == RES_STATIC && c->P->with_external;
  bool nullable = re.nullable;
  bool unknown_ptr = re.kind == RES_UNKNOWN && c->P->with_external;
  if (owned || is_static || nullable || unknown_ptr) {
    int o = new_site_obj(c, op->span);
    Obj *ob = &c->L->objs[o];
    ob->origin = sig->name;
    ob->sig = sig;
    ob->is_static = is_static;
    ob->external = !owned;
    ob->family = re.family;
    ob->nullable_ann = nullable;
    ob->fail = re.fail;
    ob->from_realloc = re.reallocates;
    ob->what = what_of(ob->family);
    c->P->op_obj[ord] = o;
    if (op->dst)
      track(c, op->dst);
  }
  if (effects_out_args(m)) {
    int o = new_site_obj(c, op->span);
    Obj *ob = &c->L->objs[o];
    ob->origin = sig->name;
    ob->sig = sig;
    ob->family = effects_out_family(m);
    ob->fail = re.fail;
    ob->what = what_of(ob->family);
    c->P->op_out[ord] = o;
    if (c->P->op_obj[ord] >= 0 && !c->L->objs[c->P->op_obj[ord]].external) {
      c->L->objs[c->P->op_obj[ord]].partner = o;  // the result's failure says the buffer is not set
      ob->fail = FAIL_NONE;
    }
    if (op->dst)
      track(c, op->dst);
  }
}

// A pointer read from memory ('n = h->next', 'p = *pp') is an object someone else
// owns: so that releasing it and then using it is still seen.
static void load_object(Pre *c, const Op *op, int ord) {
  if (!op->dst || op->dst->ty.kind != TY_POINTER || op->dst->ty.is_fnptr || var_is_owner(op->dst))
    return;
  bool load = op->src.kind == V_LOAD || (op->src.kind == V_VAR && op->src.var->kind == VK_FIELD);
  if (!load)
    return;
  int o = new_site_obj(c, op->span);
  c->L->objs[o].external = true;
  c->P->op_obj[ord] = o;
}

static void number_ops(Pre *c) {
  const Cfg *g = c->g;
  c->P->block_base = arena_alloc(c->a, sizeof(int) * (size_t)g->nblocks);
  for (int i = 0; i < g->nblocks; i++) {
    c->P->block_base[i] = c->P->nops;
    c->P->nops += g->blocks[i]->nops;
  }
  c->P->ops = arena_alloc(c->a, sizeof(Op *) * (size_t)(c->P->nops + 1));
  c->P->op_obj = arena_alloc(c->a, sizeof(int) * (size_t)(c->P->nops + 1));
  c->P->op_out = arena_alloc(c->a, sizeof(int) * (size_t)(c->P->nops + 1));
  for (int i = 0; i < g->nblocks; i++)
    for (int j = 0; j < g->blocks[i]->nops; j++) {
      c->P->ops[c->P->block_base[i] + j] = &g->blocks[i]->ops[j];
      c->P->op_obj[c->P->block_base[i] + j] = c->P->op_out[c->P->block_base[i] + j] = -1;
    }
}

// Does any call release or move something? Only then can an object someone else
// owns (a parameter's, a loaded pointer's) end up released in this function.
static bool releases_anything(Pre *c) {
  for (int k = 0; k < c->P->nops; k++) {
    const Op *op = c->P->ops[k];
    if (op->kind != OP_CALL)
      continue;
    const Model *m = effects_model(c->cfg, op->sig);
    for (int i = 0; i < op->nargs; i++) {
      const char *family;
      Role r = effects_arg(c->cfg, op, m, i, &family);
      if (r == R_RELEASE || r == R_MOVE || r == R_REALLOC || r == R_KEEP)
        return true;
    }
  }
  return false;
}

// Summary mode: is the handle 'p' (an int parameter) handed over: released, kept or
// let escape by some call ('close(fd)'), or stored where it outlives the call
// ('c->fd = fd')? Only then does it get an object: an int parameter with an object
// is no flag, and the summary's flags should be those of the check.
static bool handle_handed_over(const Pre *c, const Var *p) {
  for (int k = 0; k < c->P->nops; k++) {
    const Op *op = c->P->ops[k];
    if (op->kind == OP_ASSIGN && op->src.kind == V_VAR && op->src.var == p
        && (!op->dst || op->dst->kind == VK_FIELD || op->dst->kind == VK_GLOBAL || op->dst->is_static))
      return true;
    for (int i = 0; op->kind == OP_CALL && i < op->nargs; i++) {
      if (op->args[i].kind != V_VAR || op->args[i].var != p)
        continue;
      const char *family;
      Role r = effects_arg(c->cfg, op, effects_model(c->cfg, op->sig), i, &family);
      if (r != R_READ)
        return true;
    }
  }
  return false;
}

static void param_objects(Pre *c) {
  Func *f = c->g->func;
  for (int i = 0; i < f->nparams; i++) {
    Var *p = f->params[i];
    bool pointer = p->ty.kind == TY_POINTER && !p->ty.is_fnptr;
    bool owned_result = (f->sig->ret.bits & ANN_OWNED) || f->sig->ret.owned_by;  // ret_contract
    bool ghost = c->ghosts && c->ghosts[i] && (pointer || (p->ty.kind == TY_INT && handle_handed_over(c, p)));
    if (!var_is_owner(p) && !(p->ann.bits & ANN_NULLABLE) && !(pointer && (c->P->with_external || owned_result))
        && !ghost)
      continue;
    if (c->ghosts && c->ghosts[i])
      track(c, c->ghosts[i]);
    int o = new_obj(c, p->decl);
    c->L->objs[o].param = p;
    c->L->objs[o].family = effects_family(c->cfg, p->ann.owned_by);
    c->L->objs[o].what = what_of(c->L->objs[o].family);
    c->L->objs[o].nullable_ann = (p->ann.bits & ANN_NULLABLE) != 0;
    track(c, p);
  }
}

static void op_objects(Pre *c) {
  for (int k = 0; k < c->P->nops; k++) {
    const Op *op = c->P->ops[k];
    if (op->kind == OP_CALL) {
      call_objects(c, op, k);
    } else if (op->kind == OP_ASSIGN && var_is_owner(op->dst) && op->src.kind != V_NULL) {
      int o = new_site_obj(c, op->span);  // an owner whose value comes from elsewhere
      c->L->objs[o].family = effects_family(c->cfg, op->dst->ann.owned_by);
      c->L->objs[o].what = what_of(c->L->objs[o].family);
      c->P->op_obj[k] = o;
    } else if (op->kind == OP_ASSIGN && c->P->with_external) {
      load_object(c, op, k);
    }
  }
}

static bool relevant(const Pre *c, Value v) { return v.kind == V_VAR && lat_tix(c->L, v.var) >= 0; }

// Tracks exactly the places that can ever hold an object (a flow-insensitive
// fixpoint over the ops): the state has a row per tracked place, so this keeps it
// small in large functions that own little.
static void fill_tracked(Pre *c) {
  const Cfg *g = c->g;
  for (int i = 0; i < g->nvars; i++)
    if (g->vars[i]->ann.bits || g->vars[i]->ann.owned_by)
      track(c, g->vars[i]);
  for (int k = 0; k < c->P->nops; k++) {
    const Op *op = c->P->ops[k];
    if (op->kind == OP_ASSIGN && c->P->op_obj[k] >= 0) {
      track(c, op->dst);
      if (op->src.kind == V_VAR && c->L->objs[c->P->op_obj[k]].external)
        track(c, op->src.var);  // a field that now holds what was loaded from it
    }
    for (int i = 0; op->kind == OP_CALL && c->P->op_out[k] >= 0 && i < op->nargs; i++)
      if (op->args[i].kind == V_ADDR)
        track(c, op->args[i].var);
  }
  for (bool changed = true; changed;) {
    int before = c->L->ntracked;
    for (int k = 0; k < c->P->nops; k++) {
      const Op *op = c->P->ops[k];
      if (op->kind == OP_ASSIGN && op->dst && relevant(c, op->src))
        track(c, op->dst);
      if (op->kind != OP_CALL || !op->dst)
        continue;
      ResultEffect re = effects_result(c->cfg, op, effects_model(c->cfg, op->sig));
      if (re.kind == RES_ALIAS && re.arg >= 0 && re.arg < op->nargs && relevant(c, op->args[re.arg]))
        track(c, op->dst);
    }
    changed = c->L->ntracked != before;
  }
}


void objects_prepare(MUT_BORROW Lattice *L, MUT_BORROW Prep *P, MUT_BORROW Arena *a, BORROWED const Cfg *g,
                     BORROWED const Config *cfg, Var *const *ghosts) {
  Pre pre = {L, P, a, g, cfg, ghosts}, *c = &pre;
  *L = (Lattice){0};
  *P = (Prep){0};
  number_ops(c);
  L->tix = arena_alloc(a, sizeof(int) * (size_t)(g->nvars + 1));
  for (int i = 0; i < g->nvars; i++)
    L->tix[i] = -1;
  P->with_external = ghosts || releases_anything(c);
  param_objects(c);
  op_objects(c);
  finish_twins(c);
  if (L->nobjs > 0)
    fill_tracked(c);
  L->tvars = arena_alloc(a, sizeof(Var *) * (size_t)(L->ntracked + 1));
  for (int i = 0; i < g->nvars; i++)
    if (L->tix[i] >= 0)
      L->tvars[L->tix[i]] = g->vars[i];
  lat_find_flags(L, a, g, P->ops, P->nops);
  lat_layout(L, a);
}
