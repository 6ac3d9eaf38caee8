// ownership.c: the ownership lattice, its transfer functions and the checks.
//
// Takes one function's Cfg and reports OWN001 (use after move/release), OWN002
// (double release/move), OWN003 (leak), OWN007 (address of a local returned),
// OWN009 (releasing what is not owned), OWN010 (mismatched release) and OWN012
// (NULL dereference) as Diags. The solver in dataflow.c finds the fixpoint; then
// one more pass over every reachable block, with reporting on, emits the findings,
// so a finding always reflects the final (joined) state.
//
// Model: an abstract object per allocation site, per owned parameter, per OWNED
// declaration whose value comes from elsewhere, and per unannotated pointer
// parameter (an object the caller owns). A state gives, for every tracked place
// and every object, the facts that hold of that object *as that place sees it*
// (0: the place does not point to it). Keeping facts per place keeps them apart
// across joins: after 'free(n); n = next;' in a loop, 'n' never holds the freed
// node, although 'head' still does. Facts (a may-set; join = union; the sites of
// MOVED and RELEASED join to the earliest):
//
//            OWNED   NULL   ESCAPED   EXTERNAL   REALLOC
//                 \    |     /    ___/     ____/
//                  MOVED(site)   RELEASED(site)
//
//   op                        effect
//   p = call alloc()          p holds o: OWNED (+NULL if the allocator can fail)
//   q = p                     q holds what p holds; between OWNED places p is moved
//   free(p) / take(OWNED p)   o becomes RELEASED / MOVED in every place holding it;
//                             already so -> OWN002
//   use of p                  p holds something MOVED or RELEASED -> OWN001
//   *p, p->f                  p may be NULL -> OWN012, then it is assumed non-null
//   branch on p != NULL       true edge drops NULL, false edge keeps only NULL
//   kill p (scope end)        an object p held OWNED that no live place holds -> OWN003
//   return p                  what p holds goes to the caller
// A place moved by assignment (q = p, both OWNED) is itself marked moved, so 'p' is
// an error while the object lives on in 'q'.
//
// Flags: a function's state is a small set of such states, each for one valuation
// of its flags (local integers it tests and never takes the address of: 'freed',
// 'log_to_stdout'; pointer parameters it tests and never assigns). 'if (!freed) free(msg)' is decided per path: the state where
// 'freed' is 1 holds the released block, the one where it is 0 the owned one, and
// they meet only where the flag is forgotten. When there are more valuations than
// room, the two closest merge and forget the flags they differ in: precision
// degrades towards the flag-insensitive analysis, soundness does not.
#include <stdarg.h>
#include <string.h>

#include "analyzer.h"

#define MAX_STATE_MB 512  // memory the dataflow states of one function may take

enum {
  S_OWNED = 1 << 0,     // this function must release or move it
  S_NULL = 1 << 1,      // may be NULL / an invalid handle
  S_MOVED = 1 << 2,     // moved out (OWNED parameter, returned)
  S_RELEASED = 1 << 3,  // released (free, fclose, ...)
  S_ESCAPED = 1 << 4,   // stored where we cannot follow it: never reported as a leak
  S_EXTERNAL = 1 << 5,  // alive but owned by a caller: never reported as a leak
  S_REALLOC = 1 << 6,   // passed to realloc: released if the new block is non-NULL
  S_STATUS = 1 << 7,    // held by a status result (posix_memalign's int), not a pointer:
                        // testing it decides whether the out-parameter owns
};

typedef struct Obj {
  Span at;              // allocation site, or the parameter / declaration
  FailKind fail;        // how the creating call reports failure (FAIL_NONE: cannot fail)
  bool is_static;       // storage nobody owns (getenv's result): releasing it is OWN009
  const char *origin;   // allocating function, NULL for parameters and declarations
  const char *family;   // the releaser it needs ("free", "fclose"), NULL if any
  const char *what;     // "memory", "FILE stream", ...
  Var *param;           // owned or unannotated pointer parameter
  bool nullable_ann;    // NULLABLE: dereferencing before a check is an error
  bool from_realloc;
  int partner;          // another object of the same call that exists only if this
                        // one does (open_memstream's buffer and its stream), or -1
  bool external;        // a value someone else owns (an unannotated call's pointer
                        // result, a pointer loaded from memory): never leaked
  int old;              // recency abstraction: the object standing for the earlier
                        // instances from the same site (-1 for one-off objects)
} Obj;

typedef struct Ctx {
  Sink *k;              // where findings go (when reporting)
  const Config *cfg;
  Arena *a;
  const Cfg *g;
  Func *fn;
  int *tix;             // var id -> tracked index, or -1
  Var **tvars;
  int ntracked;
  Obj *objs;
  int nobjs, capobjs;
  int *block_base;      // ordinal of each block's first op
  int *op_obj;          // per op ordinal: the object it creates, or -1
  int *op_out;          // per op ordinal: the object its out-parameters receive, or -1
  const Op **ops;       // per ordinal
  int nops;
  size_t off_moved, off_site, off_guard, off_reached, sub;  // one flag valuation's state
  int nflags;           // flags: places whose value (zero/non-zero) each path keeps
  int *flag_of;         // var id -> flag index, or -1
  Var **flag_vars;      // flag index -> var
  int nslots;           // valuations kept per state (1: flag-insensitive)
  size_t slot, size;    // one valuation (state and key), all of them
  uint8_t *tmp1, *tmp2; // scratch slots for transfer
  bool report;
  bool with_external;   // the function releases something: follow objects others own
  Diag *again;          // set by finding() when it declines a repeat: the earlier one
} Ctx;

// ---- state layout: val[ntracked][nobjs] | moved[ntracked] | site[nobjs][2] |
// guard[nobjs][2] (only with flags) | reached
// moved and site hold a site (mk_site); 0 means unset. A guard (mk_guard) says which
// flag value every path that has the object has ('q = malloc(n); ... have_q = 1;').

static uint8_t *row(const Ctx *c, void *S, int t) { return (uint8_t *)S + (size_t)t * (size_t)c->nobjs; }
static int32_t *moved(const Ctx *c, void *S) { return (int32_t *)((char *)S + c->off_moved); }
static int32_t *site(const Ctx *c, void *S) { return (int32_t *)((char *)S + c->off_site); }
static bool *reached(const Ctx *c, void *S) { return (bool *)((char *)S + c->off_reached); }
static uint8_t *guard(const Ctx *c, void *S) { return (uint8_t *)S + c->off_guard; }

enum { SITE_MOVED, SITE_RELEASED };

#define FOR_HELD(c, r, o) \
  for (int o = 0; o < (c)->nobjs; o++) \
    if ((r)[o])

// In every place that holds object 'o': clear the facts 'clear', then add 'set'.
// Whether a place holds it as a status result (S_STATUS) never changes.
static void obj_update(const Ctx *c, void *S, int o, uint8_t clear, uint8_t set) {
  for (int t = 0; t < c->ntracked; t++) {
    uint8_t *f = &row(c, S, t)[o];
    if (*f)
      *f = (uint8_t)((*f & ~clear) | set | (*f & S_STATUS));
  }
}

static bool held_anywhere(const Ctx *c, void *S, int o) {
  for (int t = 0; t < c->ntracked; t++)
    if (row(c, S, t)[o] && !(row(c, S, t)[o] & S_STATUS))
      return true;
  return false;
}

// The tracked index of 'v', or -1 (untracked, or a global: globals are never
// tracked, what is stored in them has escaped).
static int tix(const Ctx *c, const Var *v) { return v->id >= 0 ? c->tix[v->id] : -1; }

static int ord_of(const Ctx *c, const Block *b, const Op *op) { return c->block_base[b->id] + (int)(op - b->ops); }

// A site (where a value was moved or released) is stored as one int: the op's
// ordinal and the argument it happened to, so a note can point at the argument.
static int32_t mk_site(int ord, int arg) { return (int32_t)((ord + 1) * 256 + (arg + 1)); }
static int site_ord(int32_t x) { return x / 256 - 1; }

static const Op *site_op(const Ctx *c, int32_t x) {
  int ord = site_ord(x);
  return ord >= 0 && ord < c->nops ? c->ops[ord] : NULL;
}

static Span site_span(const Ctx *c, int32_t x) {
  const Op *op = site_op(c, x);
  int arg = x % 256 - 1;
  if (!op)
    return (Span){0};
  return arg >= 0 && arg < op->nargs && op->arg_spans ? op->arg_spans[arg] : op->span;
}

static const char *site_fn(const Ctx *c, int32_t x) {
  const Op *op = site_op(c, x);
  return op && op->kind == OP_CALL && op->sig ? op->sig->name : NULL;
}

// ---- annotations and models ----

static bool is_owner(const Var *v) { return v && (v->ann.bits & ANN_OWNED); }

// A BORROWED (shared) or MUT_BORROW (exclusive) place that is not also an owner.
static bool is_borrow(const Var *v) {
  return v && (v->ann.bits & (ANN_BORROWED | ANN_MUT_BORROW)) && !(v->ann.bits & ANN_OWNED) && !v->ann.owned_by;
}

static bool is_shared_borrow(const Var *v) { return is_borrow(v) && !(v->ann.bits & ANN_MUT_BORROW); }

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

// ---- objects and tracked places (pre-pass) ----

static int new_obj(Ctx *c, Span at) {
  Obj o = {0};
  o.at = at;
  o.old = -1;
  o.partner = -1;
  ARR_PUSH(c->a, c->objs, c->nobjs, c->capobjs, o);
  return c->nobjs - 1;
}

// An object for a site that may run more than once (in a loop): the most recent
// instance, plus a twin for all earlier ones. Callers fill in the first; finish_twins
// copies it to the twin once the pre-pass is done.
static int new_site_obj(Ctx *c, Span at) {
  int o = new_obj(c, at);
  int old = new_obj(c, at);
  c->objs[o].old = old;
  return o;
}

static void finish_twins(Ctx *c) {
  for (int o = 0; o < c->nobjs; o++)
    if (c->objs[o].old >= 0) {
      int old = c->objs[o].old;
      c->objs[old] = c->objs[o];
      c->objs[old].old = -1;
    }
}

static void track(Ctx *c, Var *v) {
  if (v && v->id >= 0 && c->tix[v->id] < 0)
    c->tix[v->id] = c->ntracked++;
}

// Objects created by a call: its result (an owner; storage nobody owns; a NULLABLE
// or unknown pointer someone else owns), and the owner its out-parameters receive.
static void call_objects(Ctx *c, const Op *op, int ord) {
  const Model *m = effects_model(c->cfg, op->sig);
  const FnSig *sig = op->sig;
  if (!sig)
    return;
  ResultEffect re = effects_result(c->cfg, op, m);
  bool owned = re.kind == RES_OWNED;
  bool is_static = re.kind == RES_STATIC && c->with_external;
  bool nullable = re.nullable;
  bool unknown_ptr = re.kind == RES_UNKNOWN && c->with_external;
  if (owned || is_static || nullable || unknown_ptr) {
    int o = new_site_obj(c, op->span);
    Obj *ob = &c->objs[o];
    ob->origin = sig->name;
    ob->is_static = is_static;
    ob->external = !owned;
    ob->family = re.family;
    ob->nullable_ann = nullable;
    ob->fail = re.fail;
    ob->from_realloc = effects_reallocates(m);
    ob->what = what_of(ob->family);
    c->op_obj[ord] = o;
    if (op->dst)
      track(c, op->dst);
  }
  if (effects_out_args(m)) {
    int o = new_site_obj(c, op->span);
    Obj *ob = &c->objs[o];
    ob->origin = sig->name;
    ob->family = effects_out_family(m);
    ob->fail = re.fail;
    ob->what = what_of(ob->family);
    c->op_out[ord] = o;
    if (c->op_obj[ord] >= 0 && !c->objs[c->op_obj[ord]].external) {
      c->objs[c->op_obj[ord]].partner = o;  // the result's failure says the buffer is not set
      ob->fail = FAIL_NONE;
    }
    if (op->dst)
      track(c, op->dst);
  }
}

// A pointer read from memory ('n = h->next', 'p = *pp') is an object someone else
// owns: so that releasing it and then using it is still seen.
static void load_object(Ctx *c, const Op *op, int ord) {
  if (!op->dst || op->dst->ty.kind != TY_POINTER || op->dst->ty.is_fnptr || is_owner(op->dst))
    return;
  bool load = op->src.kind == V_LOAD || (op->src.kind == V_VAR && op->src.var->kind == VK_FIELD);
  if (!load)
    return;
  int o = new_site_obj(c, op->span);
  c->objs[o].external = true;
  c->op_obj[ord] = o;
}

static void number_ops(Ctx *c) {
  const Cfg *g = c->g;
  c->block_base = arena_alloc(c->a, sizeof(int) * (size_t)g->nblocks);
  for (int i = 0; i < g->nblocks; i++) {
    c->block_base[i] = c->nops;
    c->nops += g->blocks[i]->nops;
  }
  c->ops = arena_alloc(c->a, sizeof(Op *) * (size_t)(c->nops + 1));
  c->op_obj = arena_alloc(c->a, sizeof(int) * (size_t)(c->nops + 1));
  c->op_out = arena_alloc(c->a, sizeof(int) * (size_t)(c->nops + 1));
  for (int i = 0; i < g->nblocks; i++)
    for (int j = 0; j < g->blocks[i]->nops; j++) {
      c->ops[c->block_base[i] + j] = &g->blocks[i]->ops[j];
      c->op_obj[c->block_base[i] + j] = c->op_out[c->block_base[i] + j] = -1;
    }
}

// Does any call release or move something? Only then can an object someone else
// owns (a parameter's, a loaded pointer's) end up released in this function.
static bool releases_anything(Ctx *c) {
  for (int k = 0; k < c->nops; k++) {
    const Op *op = c->ops[k];
    if (op->kind != OP_CALL)
      continue;
    const Model *m = effects_model(c->cfg, op->sig);
    for (int i = 0; i < op->nargs; i++) {
      const char *family;
      Role r = effects_arg(c->cfg, op, m, i, &family);
      if (r == R_RELEASE || r == R_MOVE || r == R_REALLOC)
        return true;
    }
  }
  return false;
}

static void param_objects(Ctx *c) {
  Func *f = c->fn;
  for (int i = 0; i < f->nparams; i++) {
    Var *p = f->params[i];
    bool pointer = p->ty.kind == TY_POINTER && !p->ty.is_fnptr;
    bool owned_result = (f->sig->ret.bits & ANN_OWNED) || f->sig->ret.owned_by;  // ret_contract
    if (!is_owner(p) && !(p->ann.bits & ANN_NULLABLE) && !(pointer && (c->with_external || owned_result)))
      continue;
    int o = new_obj(c, p->decl);
    c->objs[o].param = p;
    c->objs[o].family = effects_family(c->cfg, p->ann.owned_by);
    c->objs[o].what = what_of(c->objs[o].family);
    c->objs[o].nullable_ann = (p->ann.bits & ANN_NULLABLE) != 0;
    track(c, p);
  }
}

static void op_objects(Ctx *c) {
  for (int k = 0; k < c->nops; k++) {
    const Op *op = c->ops[k];
    if (op->kind == OP_CALL) {
      call_objects(c, op, k);
    } else if (op->kind == OP_ASSIGN && is_owner(op->dst) && op->src.kind != V_NULL) {
      int o = new_site_obj(c, op->span);  // an owner whose value comes from elsewhere
      c->objs[o].family = effects_family(c->cfg, op->dst->ann.owned_by);
      c->objs[o].what = what_of(c->objs[o].family);
      c->op_obj[k] = o;
    } else if (op->kind == OP_ASSIGN && c->with_external) {
      load_object(c, op, k);
    }
  }
}

static bool relevant(const Ctx *c, Value v) { return v.kind == V_VAR && tix(c, v.var) >= 0; }

// Tracks exactly the places that can ever hold an object (a flow-insensitive
// fixpoint over the ops): the state has a row per tracked place, so this keeps it
// small in large functions that own little.
static void fill_tracked(Ctx *c) {
  const Cfg *g = c->g;
  for (int i = 0; i < g->nvars; i++)
    if (g->vars[i]->ann.bits || g->vars[i]->ann.owned_by)
      track(c, g->vars[i]);
  for (int k = 0; k < c->nops; k++) {
    const Op *op = c->ops[k];
    if (op->kind == OP_ASSIGN && c->op_obj[k] >= 0) {
      track(c, op->dst);
      if (op->src.kind == V_VAR && c->objs[c->op_obj[k]].external)
        track(c, op->src.var);  // a field that now holds what was loaded from it
    }
    for (int i = 0; op->kind == OP_CALL && c->op_out[k] >= 0 && i < op->nargs; i++)
      if (op->args[i].kind == V_ADDR)
        track(c, op->args[i].var);
  }
  for (bool changed = true; changed;) {
    int before = c->ntracked;
    for (int k = 0; k < c->nops; k++) {
      const Op *op = c->ops[k];
      if (op->kind == OP_ASSIGN && op->dst && relevant(c, op->src))
        track(c, op->dst);
      if (op->kind != OP_CALL || !op->dst)
        continue;
      ResultEffect re = effects_result(c->cfg, op, effects_model(c->cfg, op->sig));
      if (re.kind == RES_ALIAS && re.arg >= 0 && re.arg < op->nargs && relevant(c, op->args[re.arg]))
        track(c, op->dst);
    }
    changed = c->ntracked != before;
  }
}

// ---- flags ----

enum { MAX_FLAGS = 32, MAX_SLOTS = 8 };

// Key of a valuation: per flag, K_UNKNOWN, K_ZERO or K_NONZERO (cfg.c's Konst).
static uint8_t *key(const Ctx *c, void *slot) { return (uint8_t *)slot + c->sub; }
// After the key: 1 + the flag that was set or tested last on the way here, or 0.
static uint8_t *recent(const Ctx *c, void *slot) { return key(c, slot) + c->nflags; }
static int flag_ix(const Ctx *c, const Var *v) { return v && v->id >= 0 ? c->flag_of[v->id] : -1; }

// The local 'v' is part of: itself, or for a field of a local struct ('opt.own'),
// that struct; NULL when it is reached through a pointer or rooted elsewhere.
// 'addr' (per var id) must be false along the way: no pointer may reach it.
static const Var *local_root(const Var *v, const bool *addr) {
  for (; v && v->kind == VK_FIELD; v = v->parent)
    if (v->arrow || v->id < 0 || addr[v->id])
      return NULL;
  return v && v->id >= 0 && !addr[v->id] ? v : NULL;
}

static bool flag_candidate(const Ctx *c, const Var *v, const bool *addr) {
  const Var *root = local_root(v, addr);
  return root && (root->kind == VK_LOCAL || root->kind == VK_PARAM || root->kind == VK_TEMP) && !root->is_static
         && (v->ty.kind == TY_INT || (v->kind == VK_TEMP && v->ty.kind == TY_OTHER)) && tix(c, v) < 0;
}

static void add_flag(Ctx *c, Var *v) {
  if (c->nflags < MAX_FLAGS && c->flag_of[v->id] < 0) {
    c->flag_vars[c->nflags] = v;
    c->flag_of[v->id] = c->nflags++;
  }
}

// The flags: integers the function branches on ('if (!freed)'; not a call's result
// tested at once), and what is copied into them ('x = c ? 1 : 0' goes through a
// temporary); pointer parameters it never assigns, tested against NULL ('if
// (filename) fclose(f)'); none whose address is taken.
static void find_flags(Ctx *c) {
  const Cfg *f = c->g;
  c->flag_of = arena_alloc(c->a, sizeof(int) * (size_t)(f->nvars + 1));
  c->flag_vars = arena_alloc(c->a, sizeof(Var *) * MAX_FLAGS);
  bool *addr = arena_alloc(c->a, (size_t)f->nvars + 1);  // per var id: its address is taken
  bool *set = arena_alloc(c->a, (size_t)f->nvars + 1);   // it is assigned
  for (int i = 0; i < f->nvars; i++)
    c->flag_of[i] = -1;
  if (c->nobjs == 0)
    return;
  for (int k = 0; k < c->nops; k++) {
    const Op *op = c->ops[k];
    if (op->src.kind == V_ADDR && op->src.var->id >= 0)
      addr[op->src.var->id] = true;
    for (int i = 0; op->kind == OP_CALL && i < op->nargs; i++)
      if (op->args[i].kind == V_ADDR && op->args[i].var->id >= 0)
        addr[op->args[i].var->id] = true;
    if ((op->kind == OP_ASSIGN || op->kind == OP_CALL) && op->dst && op->dst->id >= 0)
      set[op->dst->id] = true;
  }
  for (int i = 0; i < c->g->nrpo; i++) {
    const Block *b = c->g->rpo[i];
    Var *v = b->s2 ? b->cond.var : NULL;
    if (!v || v->id < 0 || addr[v->id])
      continue;
    if ((b->cond.kind == C_NONZERO && v->kind != VK_TEMP && flag_candidate(c, v, addr))
        || (b->cond.kind == C_NONNULL && v->kind == VK_PARAM && v->ty.kind == TY_POINTER && !set[v->id]))
      add_flag(c, v);
  }
  for (bool changed = c->nflags > 0; changed;) {
    int before = c->nflags;
    for (int k = 0; k < c->nops; k++) {
      const Op *op = c->ops[k];
      if (op->kind == OP_ASSIGN && flag_ix(c, op->dst) >= 0 && op->src.kind == V_VAR
          && flag_candidate(c, op->src.var, addr))
        add_flag(c, op->src.var);
    }
    changed = c->nflags != before;
  }
}

// Guards. Valuations keep a few flags exactly; guards keep flags per object, so that
// any number of resources each with its own flag ('if (have_a) free(a); if (have_b)
// free(b); ...') are told apart. A guard of 'o' says flag 'f' has value 'v' on every
// path that has 'o' (anything but NULL in some place); 0: none known. Each object has
// two: the flag first assigned while it exists ('a = malloc(n); ...; have_a = 1;'),
// and the flag tested or set last before it was created, if its value was known
// there ('q = have ? malloc(n) : NULL').
enum { G_ASSIGNED, G_CREATED };
static uint8_t mk_guard(int f, uint8_t v) { return (uint8_t)(1 + 2 * f + (v == K_NONZERO)); }
static int guard_flag(uint8_t g) { return (g - 1) / 2; }
static uint8_t guard_value(uint8_t g) { return (g - 1) % 2 ? K_NONZERO : K_ZERO; }

static bool exists(const Ctx *c, void *S, int o) {
  for (int t = 0; t < c->ntracked; t++)
    if (row(c, S, t)[o] & ~S_NULL)
      return true;
  return false;
}

// Flag 'f' was given value 'v' (or an unknown one): every object that exists now and
// has no assigned guard on another flag gets it; other guards on 'f' no longer hold.
static void flag_set(const Ctx *c, void *S, int f, uint8_t v) {
  uint8_t *g = guard(c, S);
  for (int o = 0; o < c->nobjs; o++) {
    uint8_t *ga = &g[2 * o + G_ASSIGNED], *gt = &g[2 * o + G_CREATED];
    bool on_f = *ga && guard_flag(*ga) == f;
    if (v != K_UNKNOWN && (!*ga || on_f) && exists(c, S, o))
      *ga = mk_guard(f, v);
    else if (on_f)
      *ga = 0;
    if (*gt && guard_flag(*gt) == f)
      *gt = 0;
  }
}

// The guards of 'dst' joined with those of 'src' (before their facts are): an object
// that exists on one side only keeps that side's guards. True if one changed.
static bool join_guards(const Ctx *c, void *dst, const void *src) {
  bool changed = false;
  uint8_t *gd = guard(c, dst), *gs = guard(c, (void *)src);
  for (int o = 0; o < c->nobjs; o++) {
    if (!(gd[2 * o] | gd[2 * o + 1] | gs[2 * o] | gs[2 * o + 1]))
      continue;  // no guard on either side: none after (the common case)
    bool ed = exists(c, dst, o), es = exists(c, (void *)src, o);
    for (int k = 2 * o; k < 2 * o + 2; k++) {
      uint8_t g = ed && es ? (gd[k] == gs[k] ? gd[k] : 0) : es ? gs[k] : ed ? gd[k] : 0;
      changed |= g != gd[k];
      gd[k] = g;
    }
  }
  return changed;
}

// 'v' gets a value nobody knows: so do the flags in it (itself, or the fields of a
// struct 'v' that are flags).
static void flags_forget(const Ctx *c, uint8_t *sl, const Var *v) {
  if (!v)
    return;
  for (int f = 0; f < c->nflags; f++)
    for (const Var *x = c->flag_vars[f]; x; x = x->kind == VK_FIELD ? x->parent : NULL)
      if (x == v) {
        key(c, sl)[f] = K_UNKNOWN;
        flag_set(c, sl, f, K_UNKNOWN);
        break;
      }
}

// What 'op' makes of the flags of slot 'sl' (its key, its guards).
static void flag_op(const Ctx *c, uint8_t *sl, const Op *op) {
  uint8_t *k = key(c, sl);
  switch (op->kind) {
  case OP_ASSIGN: {
    int f = flag_ix(c, op->dst);
    if (f >= 0) {
      int from = op->src.kind == V_VAR ? flag_ix(c, op->src.var) : -1;
      k[f] = from >= 0 ? k[from] : (uint8_t)op->konst;
      flag_set(c, sl, f, k[f]);
      *recent(c, sl) = (uint8_t)(f + 1);
    } else {
      flags_forget(c, sl, op->dst);  // 'opt = defaults;' rewrites 'opt.own'
    }
    break;
  }
  case OP_CALL:
  case OP_DECL:
    flags_forget(c, sl, op->dst);
    break;
  case OP_KILL:
    for (int i = 0; i < op->nvars; i++)
      flags_forget(c, sl, op->vars[i]);
    break;
  default: break;
  }
}

// Edge s1 (non-zero, non-null) or s2 of a branch on a flag: false if the key of slot
// 'sl' contradicts it. Objects guarded by the other value do not exist on this edge
// (they may only be NULL).
static bool flag_edge(const Ctx *c, uint8_t *sl, const Cond *cd, bool s1) {
  bool ptr = cd->var && cd->var->ty.kind == TY_POINTER;
  int f = (cd->kind == C_NONZERO && !ptr) || (cd->kind == C_NONNULL && ptr) ? flag_ix(c, cd->var) : -1;
  if (f < 0)
    return true;
  uint8_t *k = key(c, sl), want = s1 ? K_NONZERO : K_ZERO;
  if (k[f] != K_UNKNOWN && k[f] != want)
    return false;
  k[f] = want;
  *recent(c, sl) = (uint8_t)(f + 1);
  uint8_t *g = guard(c, sl);
  for (int k = 0; k < 2 * c->nobjs; k++)
    if (g[k] && guard_flag(g[k]) == f && guard_value(g[k]) != want) {
      int o = k / 2;
      for (int t = 0; t < c->ntracked; t++)
        row(c, sl, t)[o] &= S_NULL;
      g[2 * o] = g[2 * o + 1] = 0;
    }
  return true;
}

static void prepare(Ctx *c) {
  const Cfg *f = c->g;
  number_ops(c);
  c->tix = arena_alloc(c->a, sizeof(int) * (size_t)(f->nvars + 1));
  for (int i = 0; i < f->nvars; i++)
    c->tix[i] = -1;
  c->with_external = releases_anything(c);
  param_objects(c);
  op_objects(c);
  finish_twins(c);
  if (c->nobjs > 0)
    fill_tracked(c);
  c->tvars = arena_alloc(c->a, sizeof(Var *) * (size_t)(c->ntracked + 1));
  for (int i = 0; i < f->nvars; i++)
    if (c->tix[i] >= 0)
      c->tvars[c->tix[i]] = f->vars[i];
  size_t vals = ((size_t)c->ntracked * (size_t)c->nobjs + 3) & ~(size_t)3;
  c->off_moved = vals;
  c->off_site = c->off_moved + sizeof(int32_t) * (size_t)c->ntracked;
  find_flags(c);
  c->off_guard = c->off_site + sizeof(int32_t) * 2 * (size_t)c->nobjs;
  c->off_reached = c->off_guard + (c->nflags ? 2 * (size_t)c->nobjs : 0);
  c->sub = (c->off_reached + 1 + 7) & ~(size_t)7;
  c->slot = (c->sub + (size_t)c->nflags + 1 + 7) & ~(size_t)7;
  c->nslots = c->nflags ? MAX_SLOTS : 1;
  c->size = c->slot * (size_t)c->nslots;
  c->tmp1 = arena_alloc(c->a, c->slot);
  c->tmp2 = arena_alloc(c->a, c->slot);
}

// ---- findings ----

// A new finding, or NULL: when not reporting, or when the same rule was reported at
// the same place and position already (another path, another flag valuation), and
// then c->again is that earlier finding.
static Diag *finding(Ctx *c, Rule r, Span at, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static Diag *finding(Ctx *c, Rule r, Span at, const char *key, const char *fmt, ...) {
  c->again = NULL;
  if (!c->report)
    return NULL;
  va_list ap;
  va_start(ap, fmt);
  Diag *d = sink_addv(c->k, r, at, key, fmt, ap);
  va_end(ap);
  c->again = c->k->again;
  return d;
}

static void label_alloc(Ctx *c, Diag *d, int o) {
  const Obj *ob = &c->objs[o];
  if (ob->param && is_owner(ob->param))
    diag_label(c->k->res, d, ob->at, "'%s' is owned by this function (OWNED parameter)", ob->param->name);
  else if (ob->param)
    diag_label(c->k->res, d, ob->at, "'%s' comes from the caller here", ob->param->name);
  else if (ob->external && ob->origin)
    diag_label(c->k->res, d, ob->at, "returned here by '%s'", ob->origin);
  else if (ob->external)
    diag_label(c->k->res, d, ob->at, "loaded here");
  else if (ob->origin)
    diag_label(c->k->res, d, ob->at, "allocated here by '%s'", ob->origin);
  else
    diag_label(c->k->res, d, ob->at, "owner declared here");
}

// Is the move at site 'x' reached from the use at 'use_block' only through a back edge?
static bool in_earlier_iteration(const Ctx *c, int32_t x, const Block *use_block, const Op *use) {
  int ord = site_ord(x);
  for (int i = 0; i < c->g->nblocks; i++) {
    const Block *b = c->g->blocks[i];
    if (ord >= c->block_base[i] && ord < c->block_base[i] + b->nops) {
      if (b != use_block)
        return b->rpo > use_block->rpo;
      return ord >= ord_of(c, use_block, use);
    }
  }
  return false;
}

static void moved_label(Ctx *c, Diag *d, int32_t x, const Block *b, const Op *use) {
  Span at = site_span(c, x);
  for (int i = 0; i < d->nlabels; i++)  // already there (from another flag valuation)
    if (d->labels[i].span.file == at.file && d->labels[i].span.line == at.line && d->labels[i].span.col == at.col)
      return;
  if (in_earlier_iteration(c, x, b, use))
    diag_label(c->k->res, d, site_span(c, x), "value moved here, in previous iteration of loop");
  else
    diag_label(c->k->res, d, site_span(c, x), "value moved here");
}

static void owner_label(Ctx *c, Diag *d, const Var *v) {
  if (is_owner(v) && v->decl.line)
    diag_label(c->k->res, d, v->decl, "move occurs because '%s' is an OWNED place", v->name);
}

// ---- checks on uses ----

typedef struct At {  // where the transfer is
  const Block *b;
  const Op *op;
  int ord;
  int arg;           // the call argument being transferred, or -1
} At;

static void use_after(Ctx *c, void *S, Var *v, Span sp, At at) {
  int t = tix(c, v);
  if (t < 0 || v->kind == VK_TEMP)  // a temporary's source was reported where it was read
    return;
  int32_t mv = moved(c, S)[t];
  if (mv > 0) {
    Diag *d = finding(c, OWN001, sp, v->name, "use of moved value '%s'", v->name);
    if (d) {
      d->label = "value used here after move";
      owner_label(c, d, v);
      moved_label(c, d, mv, at.b, at.op);
      diag_help(c->k->res, d, "if '%s' is still needed here, move it later or pass a BORROWED pointer instead", v->name);
    } else if (c->again) {  // moved elsewhere on another path
      moved_label(c, c->again, mv, at.b, at.op);
    }
    return;
  }
  FOR_HELD(c, row(c, S, t), o) {
    uint8_t f = row(c, S, t)[o];
    if (f & S_STATUS)
      continue;
    if (f & S_MOVED) {
      Diag *d = finding(c, OWN001, sp, v->name, "use of moved value '%s'", v->name);
      if (d) {
        d->label = "value used here after move";
        owner_label(c, d, v);
        moved_label(c, d, site(c, S)[2 * o + SITE_MOVED], at.b, at.op);
        diag_help(c->k->res, d, "if '%s' is still needed here, move it later or pass a BORROWED pointer instead", v->name);
      } else if (c->again) {
        moved_label(c, c->again, site(c, S)[2 * o + SITE_MOVED], at.b, at.op);
      }
      return;
    }
    if (f & S_RELEASED) {
      int32_t rs = site(c, S)[2 * o + SITE_RELEASED];
      Diag *d = finding(c, OWN001, sp, v->name, "use of '%s' after it was released", v->name);
      if (d) {
        d->label = "value used here after release";
        label_alloc(c, d, o);
        const char *fn = site_fn(c, rs);
        diag_label(c->k->res, d, site_span(c, rs), fn ? "released here by '%s'" : "released here%s", fn ? fn : "");
        diag_help(c->k->res, d, "set '%s' to NULL after releasing it, or release it after its last use", v->name);
      }
      return;
    }
  }
}

// What 'ob' is when its creating call failed, as the user would test for it.
static const char *failure_value(const Obj *ob) {
  if (ob->fail != FAIL_MAP_FAILED)
    return "NULL";
  return ob->origin && strstr(ob->origin, "mmap") ? "MAP_FAILED" : "(void *)-1";
}

// 'v' is dereferenced at 'sp' (by 'callee', when it is passed to a function that
// dereferences it): report it if it may be NULL, then assume it is not.
static void null_deref(Ctx *c, void *S, Var *v, Span sp, const char *callee) {
  int t = tix(c, v);
  if (t < 0)
    return;
  uint8_t *r = row(c, S, t);
  FOR_HELD(c, r, o) {
    if (!(r[o] & S_NULL) || (r[o] & (S_RELEASED | S_MOVED)))
      continue;
    const Obj *ob = &c->objs[o];
    Diag *d;
    if (ob->nullable_ann) {
      d = finding(c, OWN012, sp, v->name, "dereference of NULLABLE '%s' without a NULL check", v->name);
      if (d)
        d->level = LVL_ERROR;
    } else if (ob->origin && !ob->external) {  // an allocator's result, not any pointer
      d = finding(c, OWN012, sp, v->name,
                  ob->fail == FAIL_MAP_FAILED ? arena_printf(c->a, "'%%s' may be %s here", failure_value(ob))
                                              : "'%s' may be NULL here",
                  v->name);
    } else {
      continue;
    }
    if (d) {
      d->label = callee ? arena_printf(c->k->res->arena, "passed to '%s', which dereferences it, without a NULL check", callee)
                        : "dereferenced here without a NULL check";
      label_alloc(c, d, o);
      if (ob->origin)
        diag_note(c->k->res, d, "'%s' returns %s when it fails", ob->origin, failure_value(ob));
      diag_help(c->k->res, d, "check 'if (%s == %s)' before using it", v->name, failure_value(ob));
    }
    break;
  }
  FOR_HELD(c, r, o) {  // once dereferenced, assume it is not NULL
    if (r[o] != S_NULL)
      obj_update(c, S, o, S_NULL, 0);
  }
}

// ---- leaks ----

static bool leakable(const Ctx *c, uint8_t f) {
  if (!(f & S_OWNED) || (f & (S_EXTERNAL | S_STATUS)))
    return false;
  return !(f & S_ESCAPED) || c->cfg->opt.strict;
}

typedef enum LeakHow { LEAK_SCOPE, LEAK_OVERWRITE, LEAK_DISCARD, LEAK_FIELD } LeakHow;

static void report_leak(Ctx *c, int o, Var *v, Span sp, LeakHow how, Var *parent) {
  const Obj *ob = &c->objs[o];
  const char *what = ob->what ? ob->what : "the value";
  Diag *d = NULL;
  switch (how) {
  case LEAK_SCOPE:
    d = finding(c, OWN003, sp, v->name, "leak: '%s' goes out of scope while it still owns its value", v->name);
    if (d)
      d->label = arena_printf(c->k->res->arena, "%s owned by '%s' is leaked here", what, v->name);
    break;
  case LEAK_OVERWRITE:
    d = finding(c, OWN003, sp, v->name, "leak: '%s' is overwritten while it still owns its value", v->name);
    if (d)
      d->label = arena_printf(c->k->res->arena, "%s previously owned by '%s' is leaked here", what, v->name);
    break;
  case LEAK_DISCARD:
    d = finding(c, OWN003, sp, ob->origin ? ob->origin : "?", "leak: the owned result of '%s' is discarded",
                ob->origin ? ob->origin : "the call");
    if (d)
      d->label = "the returned value is never released";
    break;
  case LEAK_FIELD:
    d = finding(c, OWN003, sp, v->name, "leak: '%s' still owns its value when its struct is released", v->name);
    if (d)
      d->label = arena_printf(c->k->res->arena, "'%s' is released here, leaking '%s'", parent->name, v->name);
    break;
  }
  if (!d)
    return;
  label_alloc(c, d, o);
  if (how == LEAK_DISCARD && ob->family)
    diag_help(c->k->res, d, "store the result and release it with '%s'", ob->family);
  else if (how == LEAK_DISCARD)
    diag_help(c->k->res, d, "store the result and release or move it");
  else if (ob->family)
    diag_help(c->k->res, d, "release it with '%s(%s)' before this point, or move it to an owner that outlives it",
              ob->family, v->name);
  else
    diag_help(c->k->res, d, "release or move '%s' before this point", v->name);
}

// 'v' no longer holds the objects of 'old' (its row before): any of them that no
// place holds any more and that 'v' held as an owner leaks.
static void drop_objects(Ctx *c, void *S, Var *v, const uint8_t *old, Span sp, LeakHow how, Var *parent) {
  FOR_HELD(c, old, o) {
    if (held_anywhere(c, S, o) || !leakable(c, old[o]))
      continue;
    report_leak(c, o, v, sp, v->kind == VK_TEMP && how == LEAK_SCOPE ? LEAK_DISCARD : how, parent);
  }
}

static void kill_fields(Ctx *c, void *S, Var *root, Span sp, bool released);

// Removes 'v' from the state (end of its lifetime), reporting what it leaks.
static void kill_var(Ctx *c, void *S, Var *v, Span sp, LeakHow how, Var *parent) {
  int t = tix(c, v);
  kill_fields(c, S, v, sp, false);
  if (t < 0)
    return;
  uint8_t *r = row(c, S, t);
  uint8_t old[c->nobjs + 1];
  memcpy(old, r, (size_t)c->nobjs);
  memset(r, 0, (size_t)c->nobjs);
  moved(c, S)[t] = 0;
  drop_objects(c, S, v, old, sp, how, parent);
}

// Passed to a function that may keep it: still ours, but --strict alone reports
// it as a leak, since the callee may have stored it.
static void escape_row(Ctx *c, void *S, const uint8_t *r) {
  FOR_HELD(c, r, o) obj_update(c, S, o, 0, S_ESCAPED);
}

// Stored where it outlives us (a global, a caller's struct, '*out'): its owner is
// now that place, so it is never our leak, not even with --strict.
static void transfer_row(Ctx *c, void *S, const uint8_t *r) {
  FOR_HELD(c, r, o) {
    if (r[o] & S_OWNED)
      obj_update(c, S, o, S_OWNED, S_ESCAPED);
  }
}

// Field places rooted at 'root' die with it ('s.f') or, for 's->f', when the struct
// 's' points to is released; otherwise what they hold has escaped into that struct.
static void kill_fields(Ctx *c, void *S, Var *root, Span sp, bool released) {
  for (int t = 0; t < c->ntracked; t++) {
    Var *f = c->tvars[t];
    if (f->kind != VK_FIELD || f->parent != root)
      continue;
    if (!f->arrow || released) {
      kill_var(c, S, f, sp, released ? LEAK_FIELD : LEAK_SCOPE, root);
    } else {
      transfer_row(c, S, row(c, S, t));
      memset(row(c, S, t), 0, (size_t)c->nobjs);
    }
  }
}

// Site 'o' runs again: whoever holds its previous instance now holds the twin that
// stands for earlier instances, and 'o' is free for the new one.
static void age(Ctx *c, void *S, int o) {
  int old = c->objs[o].old;
  if (c->nflags) {  // a new instance: guarded by the flag last tested or set, if known
    int f = *recent(c, S) - 1;
    uint8_t v = f >= 0 ? key(c, S)[f] : K_UNKNOWN, *g = guard(c, S);
    g[2 * o + G_ASSIGNED] = 0;
    g[2 * o + G_CREATED] = v != K_UNKNOWN ? mk_guard(f, v) : 0;
    if (old >= 0)  // the older instances: no flag known
      g[2 * old + G_ASSIGNED] = g[2 * old + G_CREATED] = 0;
  }
  if (old < 0)
    return;
  for (int t = 0; t < c->ntracked; t++) {
    uint8_t *r = row(c, S, t);
    r[old] |= r[o];
    r[o] = 0;
  }
  int32_t *si = site(c, S);
  for (int k = 0; k < 2; k++)
    if (si[2 * o + k] && (!si[2 * old + k] || si[2 * o + k] < si[2 * old + k]))
      si[2 * old + k] = si[2 * o + k];
}

// ---- transfer: assignments ----

// A global or static (or a field of one): what is stored there is never leaked.
// Fields reached through pointers ('s->f') are handled when 's' dies or is released.
static bool outlives_function(const Var *v) {
  while (v->kind == VK_FIELD)
    v = v->parent;
  return v->kind == VK_GLOBAL || v->is_static;
}

static bool held_elsewhere(const Ctx *c, void *S, int o, const Var *v);

// Does something other than 'v' still hold what 'v' passed to realloc?
static bool old_block_kept(const Ctx *c, void *S, const Var *v) {
  int t = tix(c, v);
  if (t < 0)
    return false;
  FOR_HELD(c, row(c, S, t), o) {
    if (held_elsewhere(c, S, o, v))
      return true;
  }
  return false;
}

// Is object 'o' held by a named place other than 'v' (not a temporary)?
static bool held_elsewhere(const Ctx *c, void *S, int o, const Var *v) {
  for (int t = 0; t < c->ntracked; t++)
    if (c->tvars[t] != v && c->tvars[t]->kind != VK_TEMP && row(c, S, t)[o] && !(row(c, S, t)[o] & S_STATUS))
      return true;
  return false;
}

// 'p = realloc(p, n)': on failure realloc returns NULL and the old block is lost,
// unless another place still holds it.
static void realloc_self(Ctx *c, void *S, const Op *op) {
  const Var *t = op->src.kind == V_VAR ? op->src.var : NULL;
  if (!t || t->kind != VK_TEMP || !op->dst)
    return;
  for (int k = 0; k < c->nops; k++) {
    const Op *call = c->ops[k];
    if (call->kind != OP_CALL || call->dst != t)
      continue;
    const Model *m = effects_model(c->cfg, call->sig);
    for (int i = 0; m && i < call->nargs && i < m->nargs; i++)
      if (m->args[i].role == ROLE_RELEASE_ON_SUCCESS && m->ret_arg < 0 && call->args[i].kind == V_VAR
          && call->args[i].var == op->dst && !old_block_kept(c, S, op->dst)) {
        const char *msg = arena_printf(c->a, "leak: '%s = %s(%s, ...)' loses the original block if it fails",
                                       op->dst->name, call->sig->name, op->dst->name);
        Diag *d = finding(c, OWN003, op->span, op->dst->name, "%s", msg);
        if (d) {
          d->label = "on failure this overwrites the only pointer to the block with NULL";
          diag_help(c->k->res, d, "assign the result to a temporary, check it for NULL, then assign it to '%s'",
                    op->dst->name);
        }
      }
    return;
  }
}

// Does a store into 'dst' outlive the current call: a global or static, memory we
// reach only through a pointer ('*out', 'a[i]': dst NULL), or a field of what a
// parameter points to?
static bool stores_beyond_call(const Var *dst) {
  if (!dst)
    return true;
  bool through_pointer = false;
  for (; dst->kind == VK_FIELD; dst = dst->parent)
    through_pointer |= dst->arrow;
  return dst->kind == VK_GLOBAL || dst->is_static || (through_pointer && dst->kind == VK_PARAM);
}

// OWN008: the borrowed parameter 'v' is stored where it outlives the borrow.
static void borrow_escape(Ctx *c, Var *v, const Var *dst, Span sp) {
  Diag *d = finding(c, OWN008, sp, v->name, "borrowed '%s' escapes: it is stored where it outlives the call",
                    v->name);
  if (!d)
    return;
  d->label = dst ? arena_printf(c->k->res->arena, "stored into '%s' here", dst->name) : "stored through a pointer here";
  diag_label(c->k->res, d, v->decl, "'%s' is only borrowed for the duration of the call", v->name);
  diag_help(c->k->res, d, "store an owned copy instead, or declare '%s' OWNED to take it over", v->name);
}

static void assign(Ctx *c, void *S, const Op *op, At at) {
  Var *dst = op->dst;
  Value src = op->src;
  uint8_t from[c->nobjs + 1];
  memset(from, 0, (size_t)c->nobjs);
  int st_src = src.kind == V_VAR ? tix(c, src.var) : -1;
  if (src.kind == V_VAR) {
    use_after(c, S, src.var, op->span, at);
    if (st_src >= 0)
      memcpy(from, row(c, S, st_src), (size_t)c->nobjs);
  }
  if (src.kind == V_VAR && is_borrow(src.var) && src.var->kind == VK_PARAM && !op->into_aggregate
      && stores_beyond_call(dst))
    borrow_escape(c, src.var, dst, op->span);
  if (!dst) {  // stored into an untracked location
    transfer_row(c, S, from);
    if (st_src >= 0 && is_owner(src.var))
      moved(c, S)[st_src] = mk_site(at.ord, -1);
    return;
  }
  int t = tix(c, dst);
  if (t < 0) {  // a global, or a place we do not follow: what goes there escapes
    transfer_row(c, S, from);
    return;
  }
  if (c->report)
    realloc_self(c, S, op);
  int fresh = c->op_obj[at.ord];
  bool empty = true, maybe_null = false;
  for (int o = 0; o < c->nobjs; o++) {
    // an OWNED place takes a value nobody owned (open_log()'s) as a new owner
    empty &= from[o] == 0 || (is_owner(dst) && !(from[o] & S_OWNED) && (from[o] & S_EXTERNAL));
    maybe_null |= (from[o] & S_NULL) != 0;
  }
  if (fresh >= 0 && empty && c->objs[fresh].external) {  // first load of a pointer from memory
    age(c, S, fresh);
    from[fresh] = S_EXTERNAL;
    if (st_src >= 0)  // the field now holds what was loaded from it
      row(c, S, st_src)[fresh] = S_EXTERNAL;
  } else if (fresh >= 0 && empty) {  // an OWNED place initialised from an untracked value
    age(c, S, fresh);
    memset(from, 0, (size_t)c->nobjs);
    from[fresh] = (uint8_t)(S_OWNED | ((dst->ann.bits & ANN_NULLABLE) || maybe_null ? S_NULL : 0));
  }
  uint8_t old[c->nobjs + 1];
  memcpy(old, row(c, S, t), (size_t)c->nobjs);
  kill_fields(c, S, dst, op->span, false);
  memcpy(row(c, S, t), from, (size_t)c->nobjs);
  moved(c, S)[t] = 0;
  if (outlives_function(dst))
    transfer_row(c, S, from);
  if (st_src >= 0 && st_src != t && is_owner(src.var) && (is_owner(dst) || outlives_function(dst))) {
    moved(c, S)[st_src] = mk_site(at.ord, -1);  // q = p between owners moves p
    memset(row(c, S, st_src), 0, (size_t)c->nobjs);
  }
  drop_objects(c, S, dst, old, op->span, LEAK_OVERWRITE, NULL);
}

// OWN011: 'v' is a shared borrow, written through at 'sp' (or passed to 'callee',
// which needs an exclusive one).
static void write_through_shared(Ctx *c, Var *v, Span sp, const char *callee) {
  Diag *d = callee ? finding(c, OWN011, sp, v->name, "'%s' is BORROWED (shared), but it is passed as MUT_BORROW",
                             v->name)
                   : finding(c, OWN011, sp, v->name, "cannot write through '%s': it is a BORROWED (shared) pointer",
                             v->name);
  if (!d)
    return;
  d->label = callee ? arena_printf(c->k->res->arena, "'%s' may write through it", callee) : "written through here";
  diag_label(c->k->res, d, v->decl, "'%s' is declared BORROWED here", v->name);
  diag_help(c->k->res, d, "declare '%s' MUT_BORROW if this function must modify what it points to", v->name);
}

// ---- transfer: calls ----

static void release(Ctx *c, void *S, Var *v, Span sp, At at, Role r, const char *family) {
  if (is_borrow(v)) {  // only the owner may release or move the value
    Diag *d = finding(c, OWN009, sp, v->name, r == R_MOVE ? "cannot move out of '%s': it is only borrowed"
                                                           : "cannot release '%s': it is only borrowed", v->name);
    if (d) {
      d->label = r == R_MOVE ? "moved here through a borrow" : "released here through a borrow";
      diag_label(c->k->res, d, v->decl, "'%s' is declared %s here", v->name,
                 (v->ann.bits & ANN_MUT_BORROW) ? "MUT_BORROW" : "BORROWED");
      diag_help(c->k->res, d, "leave the release to the owner, or declare '%s' OWNED if this function takes it over",
                v->name);
    }
    return;
  }
  int t = tix(c, v);
  if (t < 0)
    return;
  if (moved(c, S)[t] > 0) {
    Diag *d = finding(c, OWN002, sp, v->name, r == R_MOVE ? "double move of '%s'" : "release of moved value '%s'",
                      v->name);
    if (d) {
      d->label = r == R_MOVE ? "value moved again here" : "released here after it was moved";
      moved_label(c, d, moved(c, S)[t], at.b, at.op);
    }
    return;
  }
  uint8_t *rw = row(c, S, t);
  FOR_HELD(c, rw, o) {
    uint8_t f = rw[o];
    int32_t *si = &site(c, S)[2 * o];
    const Obj *ob = &c->objs[o];
    if (ob->is_static && r == R_RELEASE) {
      Diag *d = finding(c, OWN009, sp, v->name, "'%s' is released, but it is not owned", v->name);
      if (d) {
        d->label = "released here";
        diag_label(c->k->res, d, ob->at, "'%s' returns storage the caller does not own", ob->origin);
      }
      continue;
    }
    if (f & (S_RELEASED | S_MOVED)) {
      bool was_moved = !(f & S_RELEASED);
      int32_t prev = was_moved ? si[SITE_MOVED] : si[SITE_RELEASED];
      Diag *d = finding(c, OWN002, sp, v->name,
                        r == R_MOVE ? (was_moved ? "double move of '%s'" : "move of released value '%s'")
                                    : (was_moved ? "release of moved value '%s'" : "double release of '%s'"),
                        v->name);
      if (d) {
        d->label = r == R_MOVE ? "moved again here" : "released again here";
        if (was_moved)
          moved_label(c, d, prev, at.b, at.op);
        else
          diag_label(c->k->res, d, site_span(c, prev), "first released here");
        if (r == R_MOVE)
          diag_help(c->k->res, d, "a value moves only once: re-initialise '%s' before moving it again", v->name);
        else if (v->ty.kind == TY_INT)
          diag_help(c->k->res, d, "set '%s' to -1 after closing it, or remove one of the releases", v->name);
        else
          diag_help(c->k->res, d, "set '%s' to NULL after releasing it, or remove one of the releases", v->name);
      }
      uint8_t now = r == R_MOVE ? S_MOVED : S_RELEASED;  // keep going as if it happened
      if (!(f & now))
        si[r == R_MOVE ? SITE_MOVED : SITE_RELEASED] = mk_site(at.ord, r == R_MOVE ? at.arg : -1);
      obj_update(c, S, o, (uint8_t)~S_NULL, now);
      continue;
    }
    bool own_releaser = ob->family && !strcmp(c->fn->name, ob->family);  // xfree's own body
    if (family && ob->family && strcmp(family, ob->family) != 0 && !own_releaser && (f & (S_OWNED | S_NULL))) {
      Diag *d = finding(c, OWN010, sp, v->name, "'%s' is released with the wrong function", v->name);
      if (d) {
        d->label = arena_printf(c->k->res->arena, "released with '%s' here", family);
        label_alloc(c, d, o);
        diag_help(c->k->res, d, "release it with '%s(%s)'", ob->family, v->name);
      }
    }
    obj_update(c, S, o, (uint8_t)~S_NULL, r == R_MOVE ? S_MOVED : S_RELEASED);
    si[r == R_MOVE ? SITE_MOVED : SITE_RELEASED] = mk_site(at.ord, r == R_MOVE ? at.arg : -1);
  }
  if (r == R_RELEASE)
    kill_fields(c, S, v, sp, true);
}

static void release_addr(Ctx *c, Var *v, Span sp) {
  Diag *d = finding(c, OWN009, sp, v->name, "'&%s' is released, but it is not owned", v->name);
  if (d) {
    d->label = arena_printf(c->k->res->arena, "'%s' is a variable, not an allocation", v->name);
    diag_label(c->k->res, d, v->decl, "'%s' declared here", v->name);
  }
}

// Place 't' now holds only the new object 'o', an owner (maybe NULL).
static void new_owner(Ctx *c, void *S, int t, int o, bool nullable) {
  if (t < 0 || o < 0)
    return;
  age(c, S, o);
  uint8_t *r = row(c, S, t);
  memset(r, 0, (size_t)c->nobjs);
  r[o] = (uint8_t)(S_OWNED | (nullable ? S_NULL : 0));
  site(c, S)[2 * o] = site(c, S)[2 * o + 1] = 0;
}

static void call_arg(Ctx *c, void *S, const Op *op, const Model *m, int i, At at) {
  Value v = op->args[i];
  at.arg = i;
  Span sp = op->arg_spans ? op->arg_spans[i] : op->span;
  const char *family;
  Role r = effects_arg(c->cfg, op, m, i, &family);
  if (r == R_REOPEN)
    return;  // dup2's newfd: closed if open, then reused
  if (v.kind == V_ADDR) {
    int t = tix(c, v.var);
    const ModelArg *ma = m ? model_arg(m, i) : NULL;
    if (r == R_RELEASE && ma && ma->indirect) {  // globfree(&g): 'g' itself is the owner
      release(c, S, v.var, sp, at, r, family);
      return;
    }
    if (r == R_RELEASE || r == R_MOVE)
      release_addr(c, v.var, sp);
    else if ((r == R_OUT || r == R_INOUT) && t >= 0) {
      int o = c->op_out[at.ord];
      if (r == R_INOUT)  // getline may have released the old buffer: it is replaced
        FOR_HELD(c, row(c, S, t), old) if (old != o) obj_update(c, S, old, 0xff, 0);
      new_owner(c, S, t, o, o >= 0 && c->objs[o].fail != FAIL_NONE && r == R_OUT);
    } else if (r == R_ESCAPE && t >= 0)
      escape_row(c, S, row(c, S, t));
    return;
  }
  if (v.kind != V_VAR)
    return;
  int t = tix(c, v.var);
  const ModelArg *ma = m ? model_arg(m, i) : NULL;
  if (ma && ma->nonnull && r != R_RELEASE)
    null_deref(c, S, v.var, sp, op->sig->name);
  if (is_shared_borrow(v.var) && op->sig && i < op->sig->nparams && (op->sig->params[i].bits & ANN_MUT_BORROW))
    write_through_shared(c, v.var, sp, op->sig->name);
  switch (r) {
  case R_RELEASE:
  case R_MOVE:
    release(c, S, v.var, sp, at, r, family);
    break;
  case R_REALLOC:
    use_after(c, S, v.var, sp, at);
    if (t >= 0)
      FOR_HELD(c, row(c, S, t), o) {
        if (row(c, S, t)[o] & (S_OWNED | S_EXTERNAL)) {  // a caller's buffer too
          obj_update(c, S, o, S_OWNED, S_REALLOC);
          site(c, S)[2 * o + SITE_RELEASED] = mk_site(at.ord, -1);
        }
      }
    break;
  case R_ESCAPE:
    use_after(c, S, v.var, sp, at);
    if (t >= 0)
      escape_row(c, S, row(c, S, t));
    break;
  default:
    use_after(c, S, v.var, sp, at);
    break;
  }
}

static void call(Ctx *c, void *S, const Op *op, At at) {
  const Model *m = effects_model(c->cfg, op->sig);
  for (int i = 0; i < op->nargs; i++)
    call_arg(c, S, op, m, i, at);
  if (!op->dst)
    return;
  int t = tix(c, op->dst);
  if (t < 0)
    return;
  uint8_t *r = row(c, S, t);
  memset(r, 0, (size_t)c->nobjs);
  ResultEffect re = effects_result(c->cfg, op, m);
  if (re.kind == RES_ALIAS) {
    const Value *self = re.arg >= 0 && re.arg < op->nargs ? &op->args[re.arg] : NULL;
    if (self && self->kind == V_VAR && tix(c, self->var) >= 0)
      memcpy(r, row(c, S, tix(c, self->var)), (size_t)c->nobjs);
    return;
  }
  int o = c->op_obj[at.ord], out = c->op_out[at.ord];
  if (o >= 0 && !c->objs[o].external) {
    new_owner(c, S, t, o, c->objs[o].fail != FAIL_NONE);
  } else if (o >= 0) {
    age(c, S, o);
    r[o] = (uint8_t)(S_EXTERNAL | (c->objs[o].fail != FAIL_NONE ? S_NULL : 0));
  } else if (out >= 0 && effects_out_owned(m)) {
    r[out] = S_EXTERNAL | S_STATUS;  // the status result tells whether the out-parameter owns
  }
}

// ---- transfer: returns and kills ----

// An OWNED function returns an owner on every path: NULL only when it is NULLABLE
// (OWN012), never a value it does not own (OWN009).
static void ret_contract(Ctx *c, void *S, const Op *op) {
  const Ann *ra = &c->fn->sig->ret;
  if (!(ra->bits & ANN_OWNED) && !ra->owned_by)
    return;
  bool nullable = (ra->bits & ANN_NULLABLE) != 0;
  const char *fn = c->fn->name;
  if (op->src.kind == V_NULL && !nullable) {
    Diag *d = finding(c, OWN012, op->span, fn, "'%s' returns NULL, but its result is not NULLABLE", fn);
    if (d) {
      d->level = LVL_ERROR;
      d->label = "NULL returned here";
      diag_help(c->k->res, d, "declare '%s' NULLABLE (its callers must then check), or return an owner", fn);
    }
    return;
  }
  int t = op->src.kind == V_VAR ? tix(c, op->src.var) : -1;
  if (t < 0)
    return;
  const char *name = op->src.var->name;
  uint8_t *r = row(c, S, t);
  FOR_HELD(c, r, o) {
    if ((r[o] & S_NULL) && !nullable && !(r[o] & (S_EXTERNAL | S_STATUS)) && c->objs[o].origin) {
      Diag *d = finding(c, OWN012, op->span, name, "'%s' may return NULL here, but its result is not NULLABLE", fn);
      if (d) {
        d->label = arena_printf(c->k->res->arena, "'%s' is not checked for NULL", name);
        label_alloc(c, d, o);
        diag_help(c->k->res, d, "check '%s' before returning it, or declare '%s' NULLABLE", name, fn);
      }
    } else if ((r[o] & S_EXTERNAL) && !(r[o] & (S_OWNED | S_STATUS)) && r[o] != S_NULL) {
      Diag *d = finding(c, OWN009, op->span, name, "'%s' is returned as an owner, but this function does not own it",
                        name);
      if (d) {
        d->label = arena_printf(c->k->res->arena, "'%s' returns an OWNED result", fn);
        label_alloc(c, d, o);
        diag_help(c->k->res, d, "return an owned copy, or drop OWNED from '%s' if the caller must not release it", fn);
      }
    }
  }
}

static void ret(Ctx *c, void *S, const Op *op, At at) {
  Value v = op->src;
  bool local_array = v.kind == V_VAR && v.var->ty.kind == TY_ARRAY;  // decays to its address
  if ((v.kind == V_ADDR || local_array) && v.var->kind == VK_LOCAL && !v.var->is_static) {
    Diag *d = finding(c, OWN007, op->span, v.var->name, "returning the address of local variable '%s'", v.var->name);
    if (d) {
      d->label = "returns a pointer that dangles once the function returns";
      diag_label(c->k->res, d, v.var->decl, "'%s' is declared here and dies at the end of the function", v.var->name);
    }
    return;
  }
  ret_contract(c, S, op);
  if (v.kind != V_VAR)
    return;
  use_after(c, S, v.var, op->span, at);
  int t = tix(c, v.var);
  if (t < 0)
    return;
  FOR_HELD(c, row(c, S, t), o) {
    if (row(c, S, t)[o] & S_OWNED)
      obj_update(c, S, o, S_OWNED, S_ESCAPED);  // ownership goes to the caller
  }
}

static void op_transfer(Ctx *c, void *S, const Op *op, At at) {
  switch (op->kind) {
  case OP_DECL: {
    int t = tix(c, op->dst);
    if (t >= 0) {
      memset(row(c, S, t), 0, (size_t)c->nobjs);
      moved(c, S)[t] = 0;
    }
    if (op->dst->kind == VK_PARAM && t >= 0) {
      for (int o = 0; o < c->nobjs; o++)
        if (c->objs[o].param == op->dst) {
          uint8_t f = is_owner(op->dst) ? S_OWNED : S_EXTERNAL;
          row(c, S, t)[o] = (uint8_t)(f | (c->objs[o].nullable_ann ? S_NULL : 0));
        }
    }
    break;
  }
  case OP_ASSIGN: assign(c, S, op, at); break;
  case OP_CALL: call(c, S, op, at); break;
  case OP_USE: use_after(c, S, op->var, op->span, at); break;
  case OP_WRITE:
    if (is_shared_borrow(op->var))
      write_through_shared(c, op->var, op->span, NULL);
    /* fall through */
  case OP_DEREF:
    use_after(c, S, op->var, op->span, at);
    null_deref(c, S, op->var, op->span, NULL);
    break;
  case OP_RETURN: ret(c, S, op, at); break;
  case OP_KILL:
    for (int i = 0; i < op->nvars; i++)
      kill_var(c, S, op->vars[i], op->span, LEAK_SCOPE, NULL);
    break;
  }
}

// ---- edges ----

// Narrows the objects of the tested place on edge s1 (nonnull, valid, non-zero) or
// s2, in every place that holds them; false if that edge is infeasible. A status
// result (posix_memalign's 0 on success) decides for the out-parameter object it
// holds; realloc's result decides for the block passed to it.
static bool refine(Ctx *c, void *S, const Cond *cd, bool s1) {
  int t = cd->var ? tix(c, cd->var) : -1;
  if (cd->kind == C_NONE || t < 0)
    return true;
  if (cd->kind == C_ABOVE_STD) {  // 'if (fd > STDERR_FILENO) close(fd);' (daemonizing)
    uint8_t *r = row(c, S, t);
    FOR_HELD(c, r, o) {
      if ((r[o] & S_STATUS) || !c->objs[o].family || strcmp(c->objs[o].family, "close"))
        continue;
      if (s1)
        obj_update(c, S, o, S_NULL, 0);
      else  // a standard stream now: the process keeps it open
        obj_update(c, S, o, S_OWNED, S_EXTERNAL);
    }
    return true;
  }
  bool any = false, live = false, realloc_obj = false;
  uint8_t *r = row(c, S, t);
  FOR_HELD(c, r, o) {
    bool success = s1;
    if (cd->kind == C_NONZERO) {
      if (c->objs[o].fail != FAIL_NONZERO)
        continue;
      success = !s1;
    }
    any = true;
    // Already known valid (checked before: 'if (!fp) return; if (fp && ...)'): it
    // cannot take the failure edge, and it keeps its facts for the paths that can.
    if (!success && cd->kind == C_NONNULL && c->objs[o].fail != FAIL_NONE && !(r[o] & (S_NULL | S_STATUS)))
      continue;
    realloc_obj |= c->objs[o].from_realloc;
    int partner = c->objs[o].partner;
    if (success)
      obj_update(c, S, o, S_NULL, 0);
    else
      obj_update(c, S, o, 0xff, S_NULL);
    if (partner >= 0 && !success)
      obj_update(c, S, partner, 0xff, S_NULL);
    if (cd->kind == C_NONZERO && success)  // the out-parameter now owns its object
      obj_update(c, S, o, S_EXTERNAL, S_OWNED);
    live |= r[o] != 0;
  }
  if (realloc_obj) {
    for (int k = 0; k < c->ntracked; k++)
      for (int o = 0; o < c->nobjs; o++) {
        uint8_t *f = &row(c, S, k)[o];
        if (*f & S_REALLOC)  // on failure the caller's buffer is the caller's again
          *f = (uint8_t)(s1 ? S_RELEASED : (*f & ~S_REALLOC) | ((*f & S_EXTERNAL) ? 0 : S_OWNED));
      }
  }
  return !any || live;
}

// ---- the Domain ----
// A state is c->nslots slots; a slot is one flag valuation's state followed by its
// key. A slot is in use when its state is reached.

static uint8_t *slot_at(const Ctx *c, const void *S, int i) { return (uint8_t *)S + (size_t)i * c->slot; }

static void init_bottom(void *ctx, void *S) {
  Ctx *c = ctx;
  memset(S, 0, c->size);
}

static void init_entry(void *ctx, void *S) {
  Ctx *c = ctx;
  memset(S, 0, c->size);
  *reached(c, S) = true;  // slot 0, every flag unknown
}

// dst |= src for two reached states of one valuation; true if dst changed.
static bool join_state(const Ctx *c, void *dst, const void *src) {
  bool changed = c->nflags && join_guards(c, dst, src);
  uint8_t *d = dst;
  const uint8_t *s = src;
  for (size_t i = 0; i < (size_t)c->ntracked * (size_t)c->nobjs; i++) {
    changed |= (d[i] | s[i]) != d[i];
    d[i] |= s[i];
  }
  int32_t *dm = moved(c, dst), *sm = moved(c, (void *)src);
  for (int t = 0; t < c->ntracked; t++)
    if (sm[t] && (!dm[t] || sm[t] < dm[t])) {
      dm[t] = sm[t];
      changed = true;
    }
  int32_t *ds = site(c, dst), *ss = site(c, (void *)src);
  for (int k = 0; k < 2 * c->nobjs; k++)
    if (ss[k] > 0 && (ds[k] == 0 || ss[k] < ds[k])) {
      ds[k] = ss[k];
      changed = true;
    }
  return changed;
}

// Does valuation 'general' cover 'k' (equal, or unknown where they differ)?
static bool covers(const Ctx *c, const uint8_t *general, const uint8_t *k) {
  for (int f = 0; f < c->nflags; f++)
    if (general[f] != K_UNKNOWN && general[f] != k[f])
      return false;
  return true;
}

// In how many flags do two valuations differ?
static int distance(const Ctx *c, const uint8_t *a, const uint8_t *b) {
  int n = 0;
  for (int f = 0; f < c->nflags; f++)
    n += a[f] != b[f];
  return n;
}

// Slot 'd' takes in 'src': its key forgets the flags where they differ, then it takes
// in the other slots of S its key now covers.
static void merge_into(const Ctx *c, void *S, uint8_t *d, const uint8_t *src) {
  uint8_t *kd = key(c, d);
  const uint8_t *ks = key(c, (void *)src);
  for (int f = 0; f < c->nflags; f++)
    if (kd[f] != ks[f])
      kd[f] = K_UNKNOWN;
  join_state(c, d, src);
  for (int i = 0; i < c->nslots; i++) {
    uint8_t *o = slot_at(c, S, i);
    if (o != d && *reached(c, o) && covers(c, kd, key(c, o))) {
      join_state(c, d, o);
      *reached(c, o) = false;
    }
  }
}

// Joins one reached slot into state S: into a slot whose key covers it, or whose
// state is the same (then the flags they differ in tell nothing apart, and are
// forgotten), else into a free slot. When none is free, the two closest valuations
// among S's and the new one merge (forgetting the flags they differ in).
static bool join_slot(const Ctx *c, void *S, const uint8_t *src) {
  for (int i = 0; i < c->nslots; i++) {
    uint8_t *d = slot_at(c, S, i);
    if (*reached(c, d) && covers(c, key(c, d), key(c, (void *)src)))
      return join_state(c, d, src);
  }
  for (int i = 0; i < c->nslots; i++) {  // the same state: the flags that differ say nothing
    uint8_t *d = slot_at(c, S, i);
    if (*reached(c, d) && !memcmp(d, src, c->sub)) {
      merge_into(c, S, d, src);
      return true;
    }
  }
  for (int i = 0; i < c->nslots; i++) {
    uint8_t *d = slot_at(c, S, i);
    if (!*reached(c, d)) {
      memcpy(d, src, c->slot);
      return true;
    }
  }
  int bi = 0, bj = -1, best = c->nflags + 1;  // bj == -1: the new valuation
  for (int i = 0; i < c->nslots; i++) {
    const uint8_t *ki = key(c, slot_at(c, S, i));
    int dn = distance(c, ki, key(c, (void *)src));
    if (dn < best)
      best = dn, bi = i, bj = -1;
    for (int j = i + 1; j < c->nslots; j++) {
      int dij = distance(c, ki, key(c, slot_at(c, S, j)));
      if (dij < best)
        best = dij, bi = i, bj = j;
    }
  }
  uint8_t *d = slot_at(c, S, bi);
  if (bj < 0) {
    merge_into(c, S, d, src);
    return true;
  }
  uint8_t *other = slot_at(c, S, bj);
  merge_into(c, S, d, other);  // frees 'other' (its key is covered now)
  *reached(c, other) = false;
  return join_slot(c, S, src);
}

static bool join(void *ctx, void *dst, const void *src) {
  Ctx *c = ctx;
  bool changed = false;
  for (int i = 0; i < c->nslots; i++) {
    const uint8_t *sl = slot_at(c, src, i);
    if (*reached(c, (void *)sl))
      changed |= join_slot(c, dst, sl);
  }
  return changed;
}

static void transfer(void *ctx, const Block *b, const void *in, void *out1, void *out2) {
  Ctx *c = ctx;
  for (int i = 0; i < c->nslots; i++) {  // empty: join_slot copies whole slots in
    *reached(c, slot_at(c, out1, i)) = false;
    if (out2)
      *reached(c, slot_at(c, out2, i)) = false;
  }
  for (int i = 0; i < c->nslots; i++) {
    uint8_t *t1 = c->tmp1, *t2 = c->tmp2;
    memcpy(t1, slot_at(c, in, i), c->slot);
    if (!*reached(c, t1))
      continue;
    for (int k = 0; k < b->nops; k++) {
      At at = {b, &b->ops[k], ord_of(c, b, &b->ops[k]), -1};
      op_transfer(c, t1, &b->ops[k], at);
      if (c->nflags)
        flag_op(c, t1, &b->ops[k]);
    }
    if (b->noreturn_end)
      continue;
    if (!out2) {
      join_slot(c, out1, t1);
      continue;
    }
    memcpy(t2, t1, c->slot);
    if (refine(c, t1, &b->cond, true) && flag_edge(c, t1, &b->cond, true))
      join_slot(c, out1, t1);
    if (refine(c, t2, &b->cond, false) && flag_edge(c, t2, &b->cond, false))
      join_slot(c, out2, t2);
  }
}

// Does the function have annotated places (borrows: OWN008, OWN009, OWN011), or
// return or release the address of a variable (OWN007, OWN009)? Those checks need
// no objects, so a function without any is still checked for them.
static bool needs_check(const Ctx *c) {
  for (int i = 0; i < c->fn->nvars; i++)
    if (c->fn->vars[i]->ann.bits)
      return true;
  for (int k = 0; k < c->nops; k++) {
    const Op *op = c->ops[k];
    if (op->kind == OP_RETURN && (op->src.kind == V_ADDR || (op->src.kind == V_VAR && op->src.var->ty.kind == TY_ARRAY)))
      return true;
    for (int i = 0; op->kind == OP_CALL && i < op->nargs; i++)
      if (op->args[i].kind == V_ADDR)
        return true;
  }
  return false;
}

static void note_skipped(Sink *k, const Func *f, const char *why, Span at) {
  Diag *d = diag_tool(k->res, LVL_NOTE, at.line ? at : f->span, "function '%s' was not checked: %s", f->name, why);
  d->func = k->func;
  d->func_line = k->func_line;
}

void own_check(Sink *k, Arena *scratch, const Cfg *g) {
  Func *f = g->func;
  if (f->unchecked)
    return;
  if (g->skip) {
    note_skipped(k, f, g->skip, g->skip_at);
    return;
  }
  Ctx c = {0};
  c.k = k;
  c.cfg = k->cfg;
  c.a = scratch;
  c.g = g;
  c.fn = f;
  prepare(&c);
  if (c.nobjs == 0 && !needs_check(&c))
    return;  // nothing owned, no address taken: nothing to check
  // One state per block: keep fewer flag valuations (flags may cost a quarter of the
  // cap), then fail closed, rather than exhaust memory.
  double mb;
  while ((mb = (double)c.size * (g->nrpo + 3) / (1024.0 * 1024.0)) > MAX_STATE_MB / 4 && c.nslots > 1) {
    c.nslots /= 2;
    c.size = c.slot * (size_t)c.nslots;
  }
  Domain d = {c.size, false, init_entry, init_bottom, join, transfer, NULL};
  if (mb > MAX_STATE_MB) {  // one state per block: fail closed rather than exhaust memory
    note_skipped(k, f, arena_printf(scratch, "its analysis would need %.0f MB (%d places x %d objects x %d blocks)",
                                    mb, c.ntracked, c.nobjs, g->nrpo), f->span);
    return;
  }
  Limits lim = {k->cfg->opt.budget > 0 ? k->cfg->opt.budget : 200000, k->cfg->opt.time_limit};
  Solution sol = dataflow_run(scratch, g, &d, &c, lim);
  if (!sol.complete) {
    note_skipped(k, f, sol.out_of_time ? "its analysis ran out of time (raise --time-limit)"
                                       : "its analysis ran out of steps (raise --budget)", f->span);
    return;
  }
  c.report = true;
  void *o1 = arena_alloc(scratch, c.size), *o2 = arena_alloc(scratch, c.size);
  for (int i = 0; i < g->nrpo; i++) {
    const Block *b = g->rpo[i];
    transfer(&c, b, sol.state[b->id], o1, b->s2 ? o2 : NULL);
  }
}
