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
    ob->quiet_null = re.quiet;
    ob->what = what_of(ob->family);
    if (re.stack)
      ob->nonheap = arena_printf(c->a, "memory from '%s', in this function's stack frame",
                                 strncmp(sig->name, "__builtin_", 10) ? sig->name : sig->name + 10);
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

// Does call 'op' release, move or reallocate an argument?
static bool releases(Pre *c, const Op *op) {
  const Model *m = effects_model(c->cfg, op->sig);
  for (int i = 0; i < op->nargs; i++) {
    const char *family;
    Role r = effects_arg(c->cfg, op, m, i, &family);
    if (r == R_RELEASE || r == R_MOVE || r == R_REALLOC || r == R_KEEP)
      return true;
  }
  return false;
}

// Per block id: does the block acquire (a call creates an object) or release something?
static bool *acting_blocks(Pre *c) {
  bool *acts = arena_alloc(c->a, (size_t)c->g->nblocks + 1);
  for (int b = 0; b < c->g->nblocks; b++)
    for (int j = 0, k = c->P->block_base[b]; j < c->g->blocks[b]->nops && !acts[b]; j++, k++)
      acts[b] = c->P->ops[k]->kind == OP_CALL
                && (c->P->op_obj[k] >= 0 || c->P->op_out[k] >= 0 || releases(c, c->P->ops[k]));
  return acts;
}

// Does any call release or move something? Only then can an object someone else
// owns (a parameter's, a loaded pointer's) end up released in this function.
static bool releases_anything(Pre *c) {
  for (int k = 0; k < c->P->nops; k++)
    if (c->P->ops[k]->kind == OP_CALL && releases(c, c->P->ops[k]))
      return true;
  return false;
}

// The parameter a by-value struct's field place belongs to ('p.key' of 'struct pair
// p'), or NULL.
static const Var *param_of_field(const Var *v) {
  if (v->kind != VK_FIELD)
    return NULL;
  for (; v->kind == VK_FIELD; v = v->parent)
    if (v->arrow)
      return NULL;
  return v->kind == VK_PARAM && v->ty.kind == TY_RECORD ? v : NULL;
}

// The pointer fields of a struct passed by value come from the caller, like pointer
// parameters: releasing one twice is still a double release.
static void param_field_objects(Pre *c) {
  Func *f = c->g->func;
  for (int i = 0; i < f->nvars && c->P->with_external; i++) {
    Var *v = f->vars[i];
    if (!param_of_field(v) || v->ty.kind != TY_POINTER || v->ty.is_fnptr || var_is_owner(v))
      continue;
    int o = new_obj(c, param_of_field(v)->decl);
    c->L->objs[o].param = v;
    c->L->objs[o].what = what_of(NULL);
    track(c, v);
  }
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
  param_field_objects(c);
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

// The variable whose storage 'v' is the address of ('buf' and '&x' name it; 's.buf' is
// part of 's'), when that storage is not in an object reached through a pointer.
static Var *storage_var(Value v) {
  if (!((v.kind == V_VAR && v.var->ty.kind == TY_ARRAY) || (v.kind == V_ADDR && !v.into)))
    return NULL;
  Var *x = v.var;
  while (x->kind == VK_FIELD && !x->arrow)
    x = x->parent;
  return x->kind == VK_LOCAL || x->kind == VK_GLOBAL ? x : NULL;
}

const char *objects_nonheap(MUT_BORROW Arena *a, Value v) {
  if (v.kind == V_STORAGE)
    return v.what;
  Var *x = storage_var(v);
  if (!x)
    return NULL;
  bool array = v.kind == V_VAR, local = x->kind == VK_LOCAL && !x->is_static;
  const char *kind = x->kind == VK_GLOBAL ? "global" : "static";
  if (x != v.var)
    return arena_printf(a, "'%s', part of the %s variable '%s'", v.var->name, local ? "local" : kind, x->name);
  if (local)
    return arena_printf(a, "'%s', %s on the stack", x->name, array ? "an array" : "a variable");
  return arena_printf(a, "'%s', a %s %s", x->name, kind, array ? "array" : "variable");
}

// A pointer set to storage nobody allocated ('p = buf', 'p = &x', 'p = "lit"'): an
// object that releasing is OWN009 for.
static void storage_object(Pre *c, const Op *op, int ord) {
  const char *what = objects_nonheap(c->a, op->src);
  if (!what || !op->dst || var_is_owner(op->dst))
    return;
  int o = new_obj(c, op->span);
  Obj *ob = &c->L->objs[o];
  ob->is_static = ob->external = true;
  ob->nonheap = what;
  ob->storage = storage_var(op->src);
  c->P->op_obj[ord] = o;
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
      if (c->P->op_obj[k] < 0)
        storage_object(c, op, k);
    }
  }
}

static bool relevant(const Pre *c, Value v) { return v.kind == V_VAR && lat_tix(c->L, v.var) >= 0; }

// A struct 'dst' that receives the bytes of struct 'src' (memcpy(&dst, &src, n)): its
// fields like the tracked fields of src are tracked too.
static void copy_fields(Pre *c, const Var *dst, const Var *src, int depth) {
  for (int i = 0; i < c->g->nvars && depth < MAX_FIELD_DEPTH; i++) {
    const Var *f = c->g->vars[i];
    if (f->kind != VK_FIELD || f->parent != src || f->arrow)
      continue;
    Var *twin = cfg_field(c->g, dst, f->field);
    if (twin && lat_tix(c->L, f) >= 0)
      track(c, twin);
    if (twin && f->ty.kind == TY_RECORD)
      copy_fields(c, twin, f, depth + 1);
  }
}

static void copy_tracked(Pre *c, const Op *op) {
  const Model *m = effects_model(c->cfg, op->sig);
  for (int i = 0; m && i < op->nargs && i < m->nargs; i++) {
    int j = m->args[i].copy_of;
    if (j >= 0 && j < op->nargs && op->args[i].kind == V_ADDR && op->args[j].kind == V_ADDR && !op->args[i].into
        && !op->args[j].into) {
      copy_fields(c, op->args[i].var, op->args[j].var, 0);
      if (op->args[i].var->ty.kind == TY_POINTER && relevant(c, (Value){.kind = V_VAR, .var = op->args[j].var}))
        track(c, op->args[i].var);  // 'memcpy(&q, &p, sizeof q)' is 'q = p'
    }
  }
}

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
    if (op->kind == OP_ASSIGN && c->P->null_obj >= 0 && op->src.kind == V_NULL && op->dst
        && op->dst->ty.kind == TY_POINTER)
      track(c, op->dst);
    if (op->kind == OP_ASSIGN && c->P->op_obj[k] >= 0) {
      track(c, op->dst);
      const Obj *ob = &c->L->objs[c->P->op_obj[k]];
      if (op->src.kind == V_VAR && ob->external && !ob->nonheap)
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
      bool into = op->src.kind == V_ADDR && op->src.into && lat_tix(c->L, op->src.into) >= 0;
      if (op->kind == OP_ASSIGN && op->dst && (relevant(c, op->src) || into))
        track(c, op->dst);  // 'q = p', 'q = p + 1', 'q = &p->f'
      if (op->kind == OP_CALL)
        copy_tracked(c, op);
      if (op->kind != OP_CALL || !op->dst)
        continue;
      const Model *m = effects_model(c->cfg, op->sig);
      ResultEffect re = effects_result(c->cfg, op, m);
      if ((re.kind == RES_ALIAS || (re.kind == RES_BORROW && m)) && re.arg >= 0 && re.arg < op->nargs
          && relevant(c, op->args[re.arg]))
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
  // Objects others own (a loaded pointer's, an unknown callee's result) matter where
  // something may be released, and, for a summary, where a pointer is returned (a
  // field of a parameter, or something else): not in a function that releases nothing
  // and returns no pointer, whose parameters' objects (the ghosts') say it all.
  bool returns_pointer = g->func->sig && g->func->sig->ret_ty.kind == TY_POINTER;
  bool releases = releases_anything(c);
  P->with_external = releases || (ghosts && returns_pointer);
  P->null_obj = -1;
  for (int k = 0; k < P->nops && P->null_obj < 0; k++)
    if (P->ops[k]->kind == OP_CALL && effects_reallocates(effects_model(cfg, P->ops[k]->sig))) {
      P->null_obj = new_obj(c, P->ops[k]->span);
      L->objs[P->null_obj].external = true;
    }
  param_objects(c);
  op_objects(c);
  finish_twins(c);
  if (L->nobjs > 0)
    fill_tracked(c);
  L->tvars = arena_alloc(a, sizeof(Var *) * (size_t)(L->ntracked + 1));
  for (int i = 0; i < g->nvars; i++)
    if (L->tix[i] >= 0)
      L->tvars[L->tix[i]] = g->vars[i];
  // Path flags where a release could be told apart by them, and not for a summary
  // (the check needs them; a summary says what happens on some path or on all).
  lat_find_flags(L, a, g, P->ops, P->nops, L->nobjs ? acting_blocks(c) : NULL, releases && !ghosts);
  lat_layout(L, a);
}
