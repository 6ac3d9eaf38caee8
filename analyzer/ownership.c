// ownership.c: the transfer functions of the ownership lattice, and its checks.
//
// Takes one function's Cfg and reports OWN001 (use after move/release), OWN002
// (double release/move), OWN003 (leak), OWN007 (address of a local returned),
// OWN009 (releasing what is not owned), OWN010 (mismatched release), OWN011 (writing
// through a shared borrow) and OWN012 (NULL dereference) as Diags; borrow.c has
// OWN008 (a borrow stored where it outlives its place). objects.c prepares the function (objects,
// tracked places, flags); lattice.c holds the states and their join; dataflow.c
// finds the fixpoint with the transfer functions here, with no sink: nothing is
// reported while solving. Then one more pass over every reachable block, with the
// sink, emits the findings, so a finding always reflects the final (joined) state.
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
// an error while the object lives on in 'q'. What a call does to its arguments and
// result comes from effects.c.
#include <stdarg.h>
#include <string.h>

#include "analyzer.h"

#define MAX_STATE_MB 1024  // memory the analysis of one function may take

// The budget of one function: --budget steps (block transfers), but at least 20 per
// block, so a function large and straight is never cut short; --time-limit of CPU;
// MAX_STATE_MB of memory.
Limits own_limits(BORROWED const Config *cfg, BORROWED const Cfg *g) {
  long steps = cfg->opt.budget > 0 ? cfg->opt.budget : 200000;
  if (steps < 20L * g->nrpo)
    steps = 20L * g->nrpo;
  return (Limits){steps, cfg->opt.time_limit, (size_t)MAX_STATE_MB << 20};
}

// A working valuation of a transfer. Its arrays are its home ones (in the function's
// scratch, reused from one transfer to the next) until an edge's state takes them
// (flow_out); for the rest of that transfer it gets new ones from c->tmp.
typedef struct Work {
  Val v;
  Val home;             // the home arrays, with their capacities
  bool lent;            // an edge's state has them, until the next transfer
} Work;

struct Own {
  Sink *k;              // where findings go: NULL while solving
  const Config *cfg;
  Arena *a;
  const Cfg *g;
  Func *fn;
  Lattice L;            // the shape of the states (lattice.c)
  Prep P;               // ops, objects and their sites (objects.c)
  Work w1, w2;          // the working valuations of a transfer (work_copy)
  Arena *tmp;           // what one block's transfer allocates (snapshots, the states
                        // of its edges): reset at the next one
  int *child;           // per var id: its first tracked field place (a tracked index), or -1;
                        // a field hangs below its nearest tracked ancestor ('n->link.next'
                        // below n when n->link is not tracked)
  int *sibling;         // per tracked place: the next tracked field of its parent, or -1
  bool *arrow;          // per tracked field: reached through a pointer from that ancestor
  int *mem;             // the tracked fields in memory ('p->f': a field reached by an arrow)
  int nmem;
  const Op **def;       // per var id: the call a temporary holds the result of, or NULL
  int *globals;         // the tracked places that are globals or their fields (persists())
  int nglobals;
  int *indexed;         // per var id: the first tracked element place 'a[i]' it indexes, or -1
  int *next_indexed;    // per tracked place: the next one with the same index, or -1
  Diag *again;          // set by finding() when it declines a repeat: the earlier one
  const Block *cur;     // the block being transferred
  // summary mode (own_observe)
  Var *const *ghosts;   // per parameter: a place that holds its object from the entry on
  int *obj_param;       // per object: the parameter it stands for, or -1
  bool *tested;         // per object: tested for failure by this function (summary mode)
  Observed *obs;        // what the observing pass records (NULL while solving)
};

static int ord_of(const Own *c, const Block *b, const Op *op) { return c->P.block_base[b->id] + (int)(op - b->ops); }

// A site (where a value was moved or released) is stored as one int: the op's
// ordinal and the argument it happened to, so a note can point at the argument.
static int32_t mk_site(int ord, int arg) { return (int32_t)((ord + 1) * 256 + (arg + 1)); }
static int site_ord(int32_t x) { return x / 256 - 1; }

static const Op *site_op(const Own *c, int32_t x) {
  int ord = site_ord(x);
  return ord >= 0 && ord < c->P.nops ? c->P.ops[ord] : NULL;
}

static Span site_span(const Own *c, int32_t x) {
  const Op *op = site_op(c, x);
  int arg = x % 256 - 1;
  if (!op)
    return (Span){0};
  return arg >= 0 && arg < op->nargs && op->arg_spans ? op->arg_spans[arg] : op->span;
}

static const char *site_fn(const Own *c, int32_t x) {
  const Op *op = site_op(c, x);
  return op && op->kind == OP_CALL && op->sig ? op->sig->name : NULL;
}

// ---- annotations and models ----


// A BORROWED (shared) or MUT_BORROW (exclusive) place that is not also an owner.
static bool is_borrow(const Var *v) {
  return v && (v->ann.bits & (ANN_BORROWED | ANN_MUT_BORROW)) && !(v->ann.bits & ANN_OWNED) && !v->ann.owned_by;
}

static bool is_shared_borrow(const Var *v) { return is_borrow(v) && !(v->ann.bits & ANN_MUT_BORROW); }

// ---- findings ----

// A new finding, or NULL: when not reporting, or when the same rule was reported at
// the same place and position already (another path, another flag valuation), and
// then c->again is that earlier finding.
static Diag *finding(Own *c, Rule r, Span at, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static Diag *finding(Own *c, Rule r, Span at, const char *key, const char *fmt, ...) {
  c->again = NULL;
  if (!c->k)
    return NULL;
  va_list ap;
  va_start(ap, fmt);
  Diag *d = sink_addv(c->k, r, at, key, fmt, ap);
  va_end(ap);
  c->again = c->k->again;
  return d;
}

static void label_alloc(Own *c, Diag *d, int o) {
  const Obj *ob = &c->L.objs[o];
  if (ob->param && var_is_owner(ob->param))
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
static bool in_earlier_iteration(const Own *c, int32_t x, const Block *use_block, const Op *use) {
  int ord = site_ord(x);
  for (int i = 0; i < c->g->nblocks; i++) {
    const Block *b = c->g->blocks[i];
    if (ord >= c->P.block_base[i] && ord < c->P.block_base[i] + b->nops) {
      if (b != use_block)
        return b->rpo > use_block->rpo;
      return ord >= ord_of(c, use_block, use);
    }
  }
  return false;
}

static void moved_label(Own *c, Diag *d, int32_t x, const Block *b, const Op *use) {
  Span at = site_span(c, x);
  for (int i = 0; i < d->nlabels; i++)  // already there (from another flag valuation)
    if (d->labels[i].span.file == at.file && d->labels[i].span.line == at.line && d->labels[i].span.col == at.col)
      return;
  if (in_earlier_iteration(c, x, b, use))
    diag_label(c->k->res, d, site_span(c, x), "value moved here, in previous iteration of loop");
  else
    diag_label(c->k->res, d, site_span(c, x), "value moved here");
}

static void owner_label(Own *c, Diag *d, const Var *v) {
  if (var_is_owner(v) && v->decl.line)
    diag_label(c->k->res, d, v->decl, "move occurs because '%s' is an OWNED place", v->name);
}

// ---- checks on uses ----

typedef struct At {  // where the transfer is
  const Block *b;
  const Op *op;
  int ord;
  int arg;           // the call argument being transferred, or -1
} At;

static void use_after(Own *c, Val *S, Var *v, Span sp, At at) {
  int t = lat_tix(&c->L, v);
  if (t < 0 || v->kind == VK_TEMP)  // a temporary's source was reported where it was read
    return;
  int32_t mv = lat_moved_get(S, t);
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
  int n;
  const Fact *row = lat_row(S, t, &n);
  for (int i = 0; i < n; i++) {
    int o = row[i].o;
    FactSet f = row[i].f;
    if (f & S_STATUS)
      continue;
    if (f & S_MOVED) {
      Diag *d = finding(c, OWN001, sp, v->name, "use of moved value '%s'", v->name);
      if (d) {
        d->label = "value used here after move";
        owner_label(c, d, v);
        moved_label(c, d, lat_site_get(S, o, SITE_MOVED), at.b, at.op);
        diag_help(c->k->res, d, "if '%s' is still needed here, move it later or pass a BORROWED pointer instead", v->name);
      } else if (c->again) {
        moved_label(c, c->again, lat_site_get(S, o, SITE_MOVED), at.b, at.op);
      }
      return;
    }
    if (f & S_RELEASED) {
      int32_t rs = lat_site_get(S, o, SITE_RELEASED);
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
static void null_deref(Own *c, Val *S, Var *v, Span sp, const char *callee) {
  int t = lat_tix(&c->L, v);
  if (t < 0 || v->ty.kind == TY_ARRAY)  // 'fds[0]' reads the array: its descriptors are not pointers
    return;
  int n;
  const Fact *row = lat_row(S, t, &n);  // read only until lat_not_null
  for (int i = 0; i < n; i++) {
    int o = row[i].o;
    if (!(row[i].f & S_NULL) || (row[i].f & (S_RELEASED | S_MOVED)))
      continue;
    const Obj *ob = &c->L.objs[o];
    Diag *d;
    if (ob->nullable_ann) {
      d = finding(c, OWN012, sp, v->name, "dereference of NULLABLE '%s' without a NULL check", v->name);
      if (d)
        d->level = LVL_ERROR;
    } else if (ob->origin && !ob->external && !ob->quiet_null) {  // an allocator's result, not any pointer
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
  lat_not_null(&c->L, S, t);  // once dereferenced, assume it is not NULL
}

// ---- leaks ----

static bool leakable(const Own *c, FactSet f) {
  if (!(f & S_OWNED) || (f & (S_EXTERNAL | S_STATUS)))
    return false;
  return !(f & S_ESCAPED) || c->cfg->opt.strict;
}

typedef enum LeakHow { LEAK_SCOPE, LEAK_OVERWRITE, LEAK_DISCARD, LEAK_FIELD } LeakHow;

static void report_leak(Own *c, int o, Var *v, Span sp, LeakHow how, Var *parent) {
  if (how != LEAK_OVERWRITE && c->cur && c->cur->doomed)
    return;  // the process ends on every path from here, holding it: the system releases it
  const Obj *ob = &c->L.objs[o];
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
static void drop_objects(Own *c, Val *S, Var *v, const Held *old, Span sp, LeakHow how, Var *parent) {
  for (int i = 0; i < old->n; i++) {
    int o = old->o[i];
    if (!old->f[i] || (old->f[i] & S_LOAN) || lat_held_anywhere(S, o))
      continue;  // a borrow of it ending is no leak: its owner answers for it
    if (how == LEAK_OVERWRITE && (old->f[i] & S_REALLOC) && !(old->f[i] & S_EXTERNAL)) {
      Diag *d = finding(c, OWN003, sp, v->name, "leak: '%s' is overwritten before realloc's result is checked", v->name);
      if (d) {
        d->label = "if realloc failed, this loses the only pointer to the original block";
        label_alloc(c, d, o);
        diag_help(c->k->res, d, "check realloc's result for NULL before assigning it to '%s'", v->name);
      }
      continue;
    }
    if (!leakable(c, old->f[i]))
      continue;
    report_leak(c, o, v, sp, v->kind == VK_TEMP && how == LEAK_SCOPE ? LEAK_DISCARD : how, parent);
  }
}

static void kill_fields(Own *c, Val *S, Var *root, Span sp, bool released);

// Removes 'v' from the state (end of its lifetime), reporting what it leaks.
static void kill_var(Own *c, Val *S, Var *v, Span sp, LeakHow how, Var *parent) {
  int t = lat_tix(&c->L, v);
  kill_fields(c, S, v, sp, false);
  if (t < 0)
    return;
  Held old = lat_snap(&c->L, S, t);
  lat_clear_row(S, t);
  lat_moved_set(&c->L, S, t, 0);
  drop_objects(c, S, v, &old, sp, how, parent);
}

// Passed to a function that may keep it: still ours, but --strict alone reports
// it as a leak, since the callee may have stored it.
static void escape_row(Own *c, Val *S, const Held *r) {
  for (int i = 0; i < r->n; i++)
    if (r->f[i] && !(r->f[i] & S_LOAN)) {
      if (c->obs && c->obj_param[r->o[i]] >= 0)
        c->obs->params[c->obj_param[r->o[i]]].escaped = true;
      lat_obj_update(&c->L, S, r->o[i], 0, S_ESCAPED);
    }
}

// Stored where it outlives us (a global, a caller's struct, '*out'): its owner is
// now that place, so it is never our leak, not even with --strict.
static void transfer_row(Own *c, Val *S, const Held *r) {
  for (int i = 0; i < r->n; i++) {
    if (r->f[i] & S_LOAN)
      continue;  // a borrow given away hands nothing over
    if (c->obs && r->f[i] && c->obj_param[r->o[i]] >= 0)
      c->obs->params[c->obj_param[r->o[i]]].stored = true;
    if (r->f[i] & S_OWNED)
      lat_obj_update(&c->L, S, r->o[i], S_OWNED, S_ESCAPED);
  }
}

// Field places rooted at 'root' die with it ('s.f') or, for 's->f', when the struct
// 's' points to is released; otherwise what they hold has escaped into that struct.
static void kill_fields(Own *c, Val *S, Var *root, Span sp, bool released) {
  for (int t = root->id >= 0 ? c->child[root->id] : -1; t >= 0; t = c->sibling[t]) {
    Var *f = c->L.tvars[t];
    if (!c->arrow[t] || released) {
      kill_var(c, S, f, sp, released ? LEAK_FIELD : LEAK_SCOPE, root);
    } else {
      Held r = lat_snap(&c->L, S, t);
      transfer_row(c, S, &r);
      lat_clear_row(S, t);
    }
  }
}

// ---- transfer: assignments ----

// The facts of a pointer moved by 'off' from where 'r' says it points: past the start
// (inside), or anywhere, the start again included.
static void at_offset(Held *r, Off off) {
  for (int i = 0; i < r->n && off != OFF_START; i++)
    if (r->f[i] && r->f[i] != S_NULL && !(r->f[i] & S_STATUS))
      r->f[i] = (FactSet)(off == OFF_INSIDE ? r->f[i] | S_INTERIOR : r->f[i] & ~S_INTERIOR);
}

// A global or static (or a field of one, or memory one points to): it outlives the
// function. Fields reached through pointers ('s->f') are handled when 's' dies or is
// released.
static bool outlives_function(const Var *v) {
  while (v->kind == VK_FIELD)
    v = v->parent;
  return v->kind == VK_GLOBAL || v->is_static;
}

// A field reached through a pointer ('p->f', 'p->a.b'): memory, not a variable.
static bool in_memory(const Var *v) {
  for (; v->kind == VK_FIELD; v = v->parent)
    if (v->arrow)
      return true;
  return false;
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

// A global or static local itself, or a field of one ('g.f', not 'g->f'): a place
// that keeps what it holds when the function returns. What this function stores there
// is followed like a local's (freed twice, overwritten while it owns) until a call
// that may change it ('forget_globals'); it is never a leak at the return.
static bool persists(const Var *v) {
  for (; v->kind == VK_FIELD; v = v->parent)
    if (v->arrow)
      return false;
  return v->kind == VK_GLOBAL || v->is_static;
}

// Is object 'o' held by a named place other than 'v' (not a temporary)?
static bool held_elsewhere(const Own *c, const Val *S, int o, const Var *v) {
  for (int i = 0; i < S->nfacts; i++) {
    const Fact *e = &S->facts[i];
    const Var *x = c->L.tvars[e->t];
    if (e->o == o && x != v && x->kind != VK_TEMP && !(e->f & (S_STATUS | S_LOAN)))
      return true;
  }
  return false;
}

// Does something other than 'v' still hold what 'v' passed to realloc?
static bool old_block_kept(const Own *c, const Val *S, const Var *v) {
  int t = lat_tix(&c->L, v);
  if (t < 0)
    return false;
  int n;
  const Fact *row = lat_row(S, t, &n);
  for (int i = 0; i < n; i++)
    if (held_elsewhere(c, S, row[i].o, v))
      return true;
  return false;
}

// May 'v' hold a block passed to realloc: not known to be NULL ('d = NULL; d =
// realloc(d, n)' is malloc)?
static bool holds_realloced(const Own *c, const Val *S, const Var *v) {
  int t = lat_tix(&c->L, v), n;
  const Fact *row = t >= 0 ? lat_row(S, t, &n) : NULL;
  if (!row || !n)
    return true;  // nothing known
  for (int i = 0; i < n; i++)
    if (row[i].f & S_REALLOC)
      return true;
  return false;
}

// 'p = realloc(p, n)': on failure realloc returns NULL and the old block is lost,
// unless another place still holds it.
// Does the block being transferred end by testing 'v' for NULL, with the NULL edge
// going only to the end of the process ('if (!p) abort();', a fatal-error helper)?
static bool null_edge_ends_process(const Own *c, const Var *v) {
  const Block *b = c->cur;
  return b && b->s2 && b->cond.kind == C_NONNULL && b->cond.var == v && b->s2->doomed;
}

static void realloc_self(Own *c, Val *S, const Op *op) {
  const Var *t = op->src.kind == V_VAR ? op->src.var : NULL;
  if (!t || t->kind != VK_TEMP || !op->dst || null_edge_ends_process(c, op->dst))
    return;  // lost only on a path that ends the process: the system takes it back
  const Op *call = t->id >= 0 ? c->def[t->id] : NULL;
  if (call) {
    const Model *m = effects_model(c->cfg, call->sig);
    for (int i = 0; m && m->ret_fail != FAIL_NONE && i < call->nargs && i < m->nargs; i++)
      if (m->args[i].role == ROLE_RELEASE_ON_SUCCESS && m->ret_arg < 0 && call->args[i].kind == V_VAR
          && call->args[i].var == op->dst && holds_realloced(c, S, op->dst) && !old_block_kept(c, S, op->dst)) {
        const char *msg = arena_printf(c->a, "leak: '%s = %s(%s, ...)' loses the original block if it fails",
                                       op->dst->name, call->sig->name, op->dst->name);
        Diag *d = finding(c, OWN003, op->span, op->dst->name, "%s", msg);
        if (d) {
          d->label = "on failure this overwrites the only pointer to the block with NULL";
          diag_help(c->k->res, d, "assign the result to a temporary, check it for NULL, then assign it to '%s'",
                    op->dst->name);
        }
      }
  }
}

// A store to memory through a pointer ('*pp = x', or the field 'dst' reached through
// one): the fields in memory it may be (any, or those of the same name as dst) hold
// something nobody here knows ('*it->prev = it->next' unlinks 'head->first').
static void forget_memory(Own *c, Val *S, const Var *dst) {
  if (dst && !in_memory(dst))
    return;
  for (int i = 0; i < c->nmem; i++) {
    int t = c->mem[i];
    const Var *f = c->L.tvars[t];
    if (f == dst || (dst && strcmp(f->field, dst->field)))
      continue;
    Held r = lat_snap(&c->L, S, t);  // what it held stays in memory, someone's
    transfer_row(c, S, &r);
    lat_clear_row(S, t);
    lat_moved_set(&c->L, S, t, 0);
  }
}

static void assign(Own *c, Val *S, const Op *op, At at) {
  Var *dst = op->dst;
  Value src = op->src;
  Held from = {0};
  int st_src = src.kind == V_VAR ? lat_tix(&c->L, src.var) : -1;
  if (st_src >= 0 && dst && src.var->kind == VK_FIELD && member_base(src.var) == dst) {
    // 'n = n->next': what the node links to belongs to the list, and stays the
    // list's when 'n' moves on to it (its field dies with 'n' just after)
    Held linked = lat_snap(&c->L, S, st_src);
    transfer_row(c, S, &linked);
  }
  if (src.kind == V_VAR) {
    use_after(c, S, src.var, op->span, at);
    if (st_src >= 0)
      from = lat_snap(&c->L, S, st_src);
  } else if (src.kind == V_ADDR && src.into && lat_tix(&c->L, src.into) >= 0) {
    from = lat_snap(&c->L, S, lat_tix(&c->L, src.into));  // 'q = &p->f' points into p's object
  }
  at_offset(&from, src.off);
  if (!dst) {  // stored into an untracked location
    transfer_row(c, S, &from);
    if (st_src >= 0 && var_is_owner(src.var))
      lat_moved_set(&c->L, S, st_src, mk_site(at.ord, -1));
    if (!op->into_aggregate)
      forget_memory(c, S, NULL);  // '*it->prev = x' may write any field in memory
    return;
  }
  forget_memory(c, S, dst);
  int t = lat_tix(&c->L, dst);
  if (t < 0) {  // a global, or a place we do not follow: what goes there escapes
    transfer_row(c, S, &from);
    return;
  }
  if (c->k)
    realloc_self(c, S, op);
  int fresh = c->P.op_obj[at.ord];
  bool empty = true, maybe_null = false;
  for (int i = 0; i < from.n; i++) {
    // an OWNED place takes a value nobody owned (open_log()'s) as a new owner
    FactSet f = from.f[i];
    empty &= f == 0 || (var_is_owner(dst) && !(f & S_OWNED) && (f & S_EXTERNAL));
    maybe_null |= (f & S_NULL) != 0;
  }
  if (fresh >= 0 && empty && c->L.objs[fresh].external) {  // first load of a pointer from memory
    lat_age(&c->L, S, fresh);
    held_put(&c->L, &from, fresh, S_EXTERNAL);
    if (st_src >= 0)  // the field now holds what was loaded from it
      lat_put(&c->L, S, st_src, fresh, S_EXTERNAL);
  } else if (fresh >= 0 && empty) {  // an OWNED place initialised from an untracked value
    lat_age(&c->L, S, fresh);
    from = (Held){0};
    held_put(&c->L, &from, fresh, (FactSet)(S_OWNED | ((dst->ann.bits & ANN_NULLABLE) || maybe_null ? S_NULL : 0)));
  }
  if (src.kind == V_NULL && c->P.null_obj >= 0)  // known to be NULL (not just untracked)
    held_put(&c->L, &from, c->P.null_obj, S_NULL);
  Held old = lat_snap(&c->L, S, t);
  kill_fields(c, S, dst, op->span, false);
  lat_set_row(&c->L, S, t, &from);
  lat_moved_set(&c->L, S, t, 0);
  if (outlives_function(dst) && !persists(dst))
    transfer_row(c, S, &from);
  if (st_src >= 0 && st_src != t && var_is_owner(src.var) && (var_is_owner(dst) || outlives_function(dst))) {
    lat_moved_set(&c->L, S, st_src, mk_site(at.ord, -1));  // q = p between owners moves p
    lat_clear_row(S, st_src);
  }
  if (persists(dst))  // 'g = strdup(arg)' run again in a loop: the last one is kept on purpose
    for (int i = 0; i < from.n; i++)
      for (int k = 0; from.f[i] && k < old.n; k++)
        if (c->L.objs[from.o[i]].old == old.o[k])
          old.f[k] = 0;
  drop_objects(c, S, dst, &old, op->span, LEAK_OVERWRITE, NULL);
}

// OWN011: 'v' is a shared borrow, written through at 'sp' (or passed to 'callee',
// which needs an exclusive one).
static void write_through_shared(Own *c, Var *v, Span sp, const char *callee) {
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

// What the tracked fields of the struct 'v' hold (recursively: 'v.a.b') is passed on
// with 'v': to the caller (returned), or to a callee that may keep it.
static void pass_fields(Own *c, Val *S, const Var *v, bool to_caller, int depth) {
  for (int t = v->id >= 0 && depth < MAX_FIELD_DEPTH ? c->child[v->id] : -1; t >= 0; t = c->sibling[t]) {
    const Var *f = c->L.tvars[t];
    if (c->arrow[t])
      continue;
    Held r = lat_snap(&c->L, S, t);
    for (int i = 0; i < r.n; i++)
      if (to_caller && (r.f[i] & S_OWNED))
        lat_obj_update(&c->L, S, r.o[i], S_OWNED, S_ESCAPED);
    if (!to_caller)
      escape_row(c, S, &r);
    pass_fields(c, S, f, to_caller, depth + 1);
  }
}

// OWN009: 'name' points inside object 'o', past its start, and is released at 'sp'.
static void offset_release(Own *c, const char *name, Span sp, int o) {
  const Obj *ob = &c->L.objs[o];
  Diag *d = finding(c, OWN009, sp, name, "'%s' is released, but it does not point to the start of the block", name);
  if (!d)
    return;
  d->label = "released here, at an address inside the block";
  label_alloc(c, d, o);
  diag_help(c->k->res, d, "release the pointer %s returned; keep a copy of it before moving '%s' forward",
            ob->origin ? arena_printf(c->k->res->arena, "'%s'", ob->origin) : "the allocator", name);
}

// OWN009: 'name' borrows from object 'o' (strchr's result, a pool's block) and is
// released at 'sp': only what o's owner holds can be.
static void loan_release(Own *c, const char *name, Span sp, int o) {
  const Obj *ob = &c->L.objs[o];
  Diag *d = finding(c, OWN009, sp, name, "'%s' is released, but it points into a value it does not own", name);
  if (!d)
    return;
  d->label = "released here";
  label_alloc(c, d, o);
  diag_help(c->k->res, d, "release the value '%s' points into, once it is no longer used%s%s%s", name,
            ob->family ? " (with '" : "", ob->family ? ob->family : "", ob->family ? "')" : "");
}

// OWN009: storage nobody allocated is released at 'sp' by 'callee': through 'name',
// which points to 'ob', or (ob NULL) the value 'name' itself, which is 'what'.
static void nonheap_release(Own *c, const char *name, Span sp, const Obj *ob, const char *what, const char *callee,
                            const char *family) {
  const char *alloc = family && !strcmp(family, "free") ? "malloc" : "an allocator";
  Diag *d = ob ? finding(c, OWN009, sp, name, "'%s' is released, but it points to %s: it was not allocated with %s",
                         name, ob->nonheap, alloc)
               : finding(c, OWN009, sp, name, "%s() of %s: it was not allocated with %s", callee, what, alloc);
  if (!d)
    return;
  d->label = "released here";
  if (ob)
    diag_label(c->k->res, d, ob->at, "'%s' is set to point to it here", name);
  diag_help(c->k->res, d, "release only what an allocator returned; this storage is never released by hand");
}

// Summary mode: parameter object 'o' is released (or moved, or reallocated) with
// 'family' (NULL: any).
static void observe_release(Own *c, int o, const char *family) {
  if (!c->obs || c->obj_param[o] < 0)
    return;
  ParamObs *po = &c->obs->params[c->obj_param[o]];
  if (!family || po->family_mixed)
    po->family_mixed |= po->family != NULL || !family;
  else if (!po->family)
    po->family = family;
  else if (strcmp(po->family, family) != 0)
    po->family_mixed = true;
}

// The tracked field place 't' after a call touched it 'h': overwritten or released
// by the callee (what it held is no longer the caller's to leak), or maybe changed.
static void touch_row(Own *c, Val *S, int t, Touch h) {
  Held r = lat_snap(&c->L, S, t);
  if (h == TOUCH_YES) {
    transfer_row(c, S, &r);
    lat_clear_row(S, t);
    lat_moved_set(&c->L, S, t, 0);
  } else if (h == TOUCH_MAY) {
    escape_row(c, S, &r);
  }
}

// What 'op' does to the fields of the object argument 'i' points to: 'root' is the
// argument (a pointer: its fields 'p->f') or the struct whose address it is ('s.f').
// Fields the callee overwrites or releases (its summary says so) are no longer the
// caller's to leak; those an unknown callee may change have escaped.
static void touch_fields(Own *c, Val *S, const Op *op, const Model *m, int i, const Var *root, Touch how) {
  for (int t = root->id >= 0 ? c->child[root->id] : -1; t >= 0; t = c->sibling[t]) {
    Var *f = c->L.tvars[t];
    Touch h = how != TOUCH_NONE ? how : effects_touch(op, m, i, f->field);
    if (h == TOUCH_NONE)
      continue;
    touch_row(c, S, t, h);
    touch_fields(c, S, op, m, i, f, h);  // and everything below it
  }
}

// The same for a root that is no tracked place ('jobs[i]', read afresh at each use):
// its fields in memory ('jobs[i]->head') hang below a tracked ancestor, or none.
static void touch_fields_of_untracked(Own *c, Val *S, const Op *op, const Model *m, int i, const Var *root) {
  for (int k = 0; k < c->nmem; k++) {
    int t = c->mem[k];
    const Var *top = c->L.tvars[t];
    while (top->kind == VK_FIELD && top->parent && top->parent != root)
      top = top->parent;
    if (top->kind != VK_FIELD || top->parent != root)
      continue;
    touch_row(c, S, t, effects_touch(op, m, i, top->field));
  }
}

// '&p' given to a function whose summary says it overwrites '*&p' (a parser moving
// its cursor) or releases it too ('freep(&p)'): 'p' holds something unknown now, and
// what it held is not ours to leak if the callee may have released it.
static void addr_overwritten(Own *c, Val *S, const Op *op, int i, int t) {
  const Summary *s = effects_summary(op->sig);
  bool frees = s && i < s->nparams && s->params[i].frees_pointee;
  Held old = lat_snap(&c->L, S, t);
  for (int k = 0; frees && k < old.n; k++) {
    if (c->obs && c->obj_param[old.o[k]] >= 0)
      c->obs->params[c->obj_param[old.o[k]]].kept_maybe = true;
    if (old.f[k] & S_OWNED)
      lat_obj_update(&c->L, S, old.o[k], S_OWNED, S_ESCAPED);
  }
  lat_clear_row(S, t);
  lat_moved_set(&c->L, S, t, 0);
}

static void release(Own *c, Val *S, Var *v, Span sp, At at, Role r, const char *family) {
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
  int t = lat_tix(&c->L, v);
  if (t < 0)
    return;
  if (lat_moved_get(S, t) > 0) {
    Diag *d = finding(c, OWN002, sp, v->name, r == R_MOVE ? "double move of '%s'" : "release of moved value '%s'",
                      v->name);
    if (d) {
      d->label = r == R_MOVE ? "value moved again here" : "released here after it was moved";
      moved_label(c, d, lat_moved_get(S, t), at.b, at.op);
    }
    return;
  }
  Held rw = lat_snap(&c->L, S, t);
  for (int i = 0; i < rw.n; i++) {
    int o = rw.o[i];
    FactSet f = lat_get(S, t, o);
    if (!f)
      continue;
    const Obj *ob = &c->L.objs[o];
    if (ob->is_static && r == R_RELEASE) {
      if (ob->nonheap) {
        nonheap_release(c, v->name, sp, ob, NULL, NULL, family);
        continue;
      }
      Diag *d = finding(c, OWN009, sp, v->name, "'%s' is released, but it is not owned", v->name);
      if (d) {
        d->label = "released here";
        diag_label(c->k->res, d, ob->at, "'%s' returns storage the caller does not own", ob->origin);
      }
      continue;
    }
    if ((f & S_LOAN) && r == R_RELEASE && !(f & (S_RELEASED | S_MOVED))) {
      loan_release(c, v->name, sp, o);
      continue;
    }
    if ((f & S_INTERIOR) && r == R_RELEASE && !(f & (S_RELEASED | S_MOVED))) {
      offset_release(c, v->name, sp, o);
      continue;
    }
    if (f & (S_RELEASED | S_MOVED)) {
      bool was_moved = !(f & S_RELEASED);
      int32_t prev = lat_site_get(S, o, was_moved ? SITE_MOVED : SITE_RELEASED);
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
      FactSet now = r == R_MOVE ? S_MOVED : S_RELEASED;  // keep going as if it happened
      if (!(f & now))
        lat_site_set(&c->L, S, o, r == R_MOVE ? SITE_MOVED : SITE_RELEASED, mk_site(at.ord, r == R_MOVE ? at.arg : -1));
      lat_obj_update(&c->L, S, o, (FactSet)~S_NULL, now);
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
    observe_release(c, o, family);
    lat_obj_update(&c->L, S, o, (FactSet)~S_NULL, r == R_MOVE ? S_MOVED : S_RELEASED);
    lat_site_set(&c->L, S, o, r == R_MOVE ? SITE_MOVED : SITE_RELEASED, mk_site(at.ord, r == R_MOVE ? at.arg : -1));
  }
  if (r == R_RELEASE)
    kill_fields(c, S, v, sp, true);
}

static void release_addr(Own *c, Var *v, Span sp) {
  Diag *d = finding(c, OWN009, sp, v->name, "'&%s' is released, but it is not owned", v->name);
  if (d) {
    d->label = arena_printf(c->k->res->arena, "'%s' is a variable, not an allocation", v->name);
    diag_label(c->k->res, d, v->decl, "'%s' declared here", v->name);
  }
}

// Place 't' now holds only the new object 'o', an owner (maybe NULL).
static void new_owner(Own *c, Val *S, int t, int o, bool nullable) {
  if (t < 0 || o < 0)
    return;
  lat_age(&c->L, S, o);
  lat_clear_row(S, t);
  lat_put(&c->L, S, t, o, (FactSet)(S_OWNED | (nullable ? S_NULL : 0)));
  lat_site_set(&c->L, S, o, SITE_MOVED, 0);
  lat_site_set(&c->L, S, o, SITE_RELEASED, 0);
}

// OWN009 for each object 'v' holds, released through a pointer past its start.
static void offset_rows(Own *c, Val *S, Var *v, Span sp) {
  int t = lat_tix(&c->L, v);
  if (t < 0)
    return;
  int n;
  const Fact *row = lat_row(S, t, &n);
  for (int i = 0; i < n; i++)
    if (!(row[i].f & (S_RELEASED | S_MOVED | S_STATUS)) && row[i].f != S_NULL && !c->L.objs[row[i].o].nonheap)
      offset_release(c, arena_printf(c->a, "%s + ...", v->name), sp, row[i].o);
}

// The callee may give 'v' (and its fields) a new value: what it held may be
// anywhere now, and it holds something nobody here knows.
static void forget_place(Own *c, Val *S, const Var *v, int depth) {
  int t = lat_tix(&c->L, v);
  if (t >= 0) {
    Held r = lat_snap(&c->L, S, t);
    escape_row(c, S, &r);
    lat_clear_row(S, t);
    lat_moved_set(&c->L, S, t, 0);
  }
  for (int f = v->id >= 0 && depth < MAX_FIELD_DEPTH ? c->child[v->id] : -1; f >= 0; f = c->sibling[f])
    if (!c->arrow[f])
      forget_place(c, S, c->L.tvars[f], depth + 1);
}

// The callee gets 'p' and may write through it: the fields of what p points to ('p->fd')
// hold something nobody here knows; what they held is the callee's to deal with.
static void forget_pointee(Own *c, Val *S, const Var *p) {
  for (int t = p->id >= 0 ? c->child[p->id] : -1; t >= 0; t = c->sibling[t])
    if (c->arrow[t]) {
      Held r = lat_snap(&c->L, S, t);
      escape_row(c, S, &r);
      lat_clear_row(S, t);
      lat_moved_set(&c->L, S, t, 0);
    }
}

// realloc(p, 0), which releases p and returns NULL when the configuration says so
// (glibc): argument 'i' is realloc's block and another argument is a constant 0.
static bool realloc_to_zero(const Own *c, const Op *op, int i) {
  for (int j = 0; c->cfg->realloc_zero_frees && j < op->nargs; j++)
    if (j != i && op->args[j].konst == K_ZERO)
      return true;
  return false;
}

static void call_arg(Own *c, Val *S, const Op *op, const Model *m, int i, At at) {
  Value v = op->args[i];
  at.arg = i;
  Span sp = op->arg_spans ? op->arg_spans[i] : op->span;
  const char *family;
  Role r = effects_arg(c->cfg, op, m, i, &family);
  if (r == R_REOPEN)
    return;  // dup2's newfd: closed if open, then reused
  if (v.kind == V_ADDR && v.var->ty.kind == TY_ARRAY && r != R_RELEASE)
    v.kind = V_VAR;  // '&fds' is the array 'fds': what 'pipe(&fds)' writes are its elements
  if (r == R_RELEASE && !(m && model_arg(m, i) && model_arg(m, i)->indirect)) {
    const char *what = objects_nonheap(c->a, v);  // free(buf), free("x"), free(&x)
    if (what && v.kind != V_ADDR) {
      nonheap_release(c, v.var ? v.var->name : what, sp, NULL, what, op->sig ? op->sig->name : "release", family);
      return;
    }
    if (v.kind == V_ADDR && v.into && lat_tix(&c->L, v.into) >= 0) {  // free(&o->first), free(&o->later)
      if (v.off == OFF_START)
        release(c, S, v.into, sp, at, r, family);
      else if (v.off == OFF_INSIDE)
        offset_rows(c, S, v.into, sp);
      return;
    }
    if (v.kind == V_VAR && v.off == OFF_INSIDE) {  // free(p + 64)
      use_after(c, S, v.var, sp, at);
      offset_rows(c, S, v.var, sp);
      return;
    }
    int t = v.kind == V_VAR && v.off == OFF_ANY ? lat_tix(&c->L, v.var) : -1;
    if (t >= 0) {  // free(p - 1): maybe its start again
      Held r = lat_snap(&c->L, S, t);
      at_offset(&r, OFF_ANY);
      lat_set_row(&c->L, S, t, &r);
    }
  }
  if ((v.kind == V_VAR || v.kind == V_ADDR) && v.var->id >= 0 && c->child[v.var->id] >= 0)
    touch_fields(c, S, op, m, i, v.var, TOUCH_NONE);
  else if (v.kind == V_VAR && v.var->kind == VK_FIELD && lat_tix(&c->L, v.var) < 0)
    touch_fields_of_untracked(c, S, op, m, i, v.var);
  if (v.kind == V_ADDR) {
    int t = lat_tix(&c->L, v.var);
    const ModelArg *ma = m ? model_arg(m, i) : NULL;
    if (r == R_RELEASE && ma && ma->indirect) {  // globfree(&g): 'g' itself is the owner
      release(c, S, v.var, sp, at, r, family);
      return;
    }
    if (r == R_RELEASE || r == R_MOVE)
      release_addr(c, v.var, sp);
    else if ((r == R_OUT || r == R_INOUT) && t >= 0) {
      int o = c->P.op_out[at.ord];
      if (r == R_INOUT) {  // getline may have released the old buffer: it is replaced
        Held old = lat_snap(&c->L, S, t);
        for (int k = 0; k < old.n; k++)
          if (old.o[k] != o && lat_get(S, t, old.o[k]))
            lat_obj_update(&c->L, S, old.o[k], 0xffff, 0);
      }
      new_owner(c, S, t, o, o >= 0 && c->L.objs[o].fail != FAIL_NONE && r == R_OUT);
    } else if (r == R_ESCAPE || r == R_KEEP) {  // fill(&p): the callee may store a new value in p
      forget_place(c, S, v.var, 0);
      int ti = v.into ? lat_tix(&c->L, v.into) : -1;
      if (ti >= 0) {  // start(&pc->handle): the block goes with its member's address
        Held esc = lat_snap(&c->L, S, ti);
        if (r == R_KEEP)
          transfer_row(c, S, &esc);
        else
          escape_row(c, S, &esc);
        forget_pointee(c, S, v.into);
      }
    } else if (r == R_READ && t >= 0 && effects_touch(op, m, i, NULL) == TOUCH_YES) {
      addr_overwritten(c, S, op, i, t);
    }
    return;
  }
  if (v.kind != V_VAR)
    return;
  int t = lat_tix(&c->L, v.var);
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
    if (realloc_to_zero(c, op, i)) {  // realloc(p, 0) is free(p)
      release(c, S, v.var, sp, at, R_RELEASE, family);
      break;
    }
    use_after(c, S, v.var, sp, at);
    if (t >= 0) {
      Held re = lat_snap(&c->L, S, t);
      for (int k = 0; k < re.n; k++)
        if (lat_get(S, t, re.o[k]) & (S_OWNED | S_EXTERNAL)) {  // a caller's buffer too
          observe_release(c, re.o[k], family);
          lat_obj_update(&c->L, S, re.o[k], S_OWNED, S_REALLOC);
          lat_site_set(&c->L, S, re.o[k], SITE_RELEASED, mk_site(at.ord, -1));
        }
    }
    break;
  case R_ESCAPE:
    use_after(c, S, v.var, sp, at);
    if (t >= 0) {
      Held esc = lat_snap(&c->L, S, t);
      escape_row(c, S, &esc);
    }
    if (v.var->ty.kind == TY_RECORD)  // a struct by value: its fields go with it
      pass_fields(c, S, v.var, false, 0);
    else
      forget_pointee(c, S, v.var);
    break;
  case R_KEEP:  // kept by the callee, or released on some of its paths: not ours to leak
    use_after(c, S, v.var, sp, at);
    if (t >= 0) {
      Held kept = lat_snap(&c->L, S, t);
      transfer_row(c, S, &kept);
    }
    break;
  default:
    use_after(c, S, v.var, sp, at);
    break;
  }
}

// The bytes of struct 'src' are copied into struct 'dst' (memcpy(&dst, &src, n)): each
// tracked field of dst holds what src's field of that name holds; what src's fields
// hold that dst has no place for is in memory we do not follow.
static void copy_fields(Own *c, Val *S, const Var *dst, const Var *src, Span sp, int depth) {
  for (int t = src->id >= 0 && depth < MAX_FIELD_DEPTH ? c->child[src->id] : -1; t >= 0; t = c->sibling[t]) {
    const Var *f = c->L.tvars[t];
    if (c->arrow[t] || f->parent != src)
      continue;
    int tt = dst && dst->id >= 0 ? c->child[dst->id] : -1;  // its tracked twin in dst, if any
    while (tt >= 0 && (c->arrow[tt] || c->L.tvars[tt]->parent != dst || strcmp(c->L.tvars[tt]->field, f->field)))
      tt = c->sibling[tt];
    Var *twin = tt >= 0 ? c->L.tvars[tt] : NULL;
    Held r = lat_snap(&c->L, S, t);
    if (tt >= 0) {
      Held old = lat_snap(&c->L, S, tt);
      lat_set_row(&c->L, S, tt, &r);
      drop_objects(c, S, twin, &old, sp, LEAK_OVERWRITE, NULL);
    } else {
      escape_row(c, S, &r);
    }
    if (f->ty.kind == TY_RECORD)  // 'a.in.p': through the twin of 'a.in'
      copy_fields(c, S, dst ? cfg_field(c->g, dst, f->field) : NULL, f, sp, depth + 1);
  }
}

// A call to code that may change the globals ('op' is neither a model's nor in a
// system header): what they held is theirs now, whatever happens to it.
static void forget_globals(Own *c, Val *S, const Op *op, const Model *m) {
  if (m || (op->sig && op->sig->system))
    return;
  for (int i = 0; i < c->nglobals; i++) {
    Held r = lat_snap(&c->L, S, c->globals[i]);
    transfer_row(c, S, &r);
    lat_clear_row(S, c->globals[i]);
    lat_moved_set(&c->L, S, c->globals[i], 0);
  }
}

static void call(Own *c, Val *S, const Op *op, At at) {
  const Model *m = effects_model(c->cfg, op->sig);
  for (int i = 0; i < op->nargs; i++)
    call_arg(c, S, op, m, i, at);
  forget_globals(c, S, op, m);
  for (int i = 0; m && i < op->nargs && i < m->nargs; i++) {  // memcpy(&b, &a, sizeof a)
    int j = m->args[i].copy_of;
    Value d = op->args[i], s = j >= 0 && j < op->nargs ? op->args[j] : (Value){.kind = V_NONE};
    if (s.kind == V_ADDR && !s.into && s.var->ty.kind == TY_RECORD)
      copy_fields(c, S, d.kind == V_ADDR && !d.into && d.var->ty.kind == TY_RECORD ? d.var : NULL, s.var, op->span, 0);
    int ts = s.kind == V_ADDR && !s.into && s.var->ty.kind == TY_POINTER ? lat_tix(&c->L, s.var) : -1;
    if (ts >= 0 && !(d.kind == V_ADDR && lat_tix(&c->L, d.var) >= 0)) {
      Held r = lat_snap(&c->L, S, ts);  // 'memcpy(slot, &p, sizeof p)': a container keeps 'p'
      escape_row(c, S, &r);
    }
    if (j >= 0 && s.kind == V_VAR && s.var->ty.kind == TY_ARRAY)
      pass_fields(c, S, s.var, false, 0);  // 'memcpy(job->argv, argv, n * sizeof *argv)': its elements go along
    int td = j >= 0 && d.kind == V_ADDR && !d.into && d.var->ty.kind == TY_POINTER ? lat_tix(&c->L, d.var) : -1;
    if (td >= 0) {  // 'memcpy(&h, cp, sizeof h)' is 'h = *cp' (or 'h = p' from '&p'): a new value
      Held old = lat_snap(&c->L, S, td);
      if (ts >= 0) {
        Held r = lat_snap(&c->L, S, ts);
        lat_set_row(&c->L, S, td, &r);
      } else {
        lat_clear_row(S, td);
      }
      lat_moved_set(&c->L, S, td, 0);
      drop_objects(c, S, d.var, &old, op->span, LEAK_OVERWRITE, NULL);
    }
  }
  if (!op->dst)
    return;
  int t = lat_tix(&c->L, op->dst);
  if (t < 0)
    return;
  lat_clear_row(S, t);
  ResultEffect re = effects_result(c->cfg, op, m);
  if (re.kind == RES_ALIAS || (re.kind == RES_BORROW && m)) {  // a summary's borrow is a field's value
    const Value *self = re.arg >= 0 && re.arg < op->nargs ? &op->args[re.arg] : NULL;
    if (self && self->kind == V_VAR && lat_tix(&c->L, self->var) >= 0) {
      Held r = lat_snap(&c->L, S, lat_tix(&c->L, self->var));
      for (int i = 0; re.kind == RES_BORROW && i < r.n; i++)  // strchr(s, c), a pool's block:
        if (r.f[i] && r.f[i] != S_NULL && !(r.f[i] & S_STATUS))  // inside that object, dead with it
          r.f[i] = (FactSet)(r.f[i] | S_INTERIOR | S_LOAN);
      lat_set_row(&c->L, S, t, &r);
    }
    return;
  }
  int o = c->P.op_obj[at.ord], out = c->P.op_out[at.ord];
  bool to_zero = false;  // realloc(p, 0): NULL
  for (int i = 0; o >= 0 && i < op->nargs; i++) {
    const char *family;
    to_zero |= effects_arg(c->cfg, op, m, i, &family) == R_REALLOC && realloc_to_zero(c, op, i);
  }
  if (to_zero) {
    lat_age(&c->L, S, o);
    lat_put(&c->L, S, t, o, S_NULL);
  } else if (o >= 0 && !c->L.objs[o].external) {
    new_owner(c, S, t, o, c->L.objs[o].fail != FAIL_NONE);
  } else if (o >= 0) {
    lat_age(&c->L, S, o);
    lat_put(&c->L, S, t, o, (FactSet)(S_EXTERNAL | (c->L.objs[o].fail != FAIL_NONE ? S_NULL : 0)));
  } else if (out >= 0 && effects_out_owned(m)) {
    lat_put(&c->L, S, t, out, S_EXTERNAL | S_STATUS);  // the status result tells whether the out-parameter owns
  }
}

// ---- transfer: returns and kills ----

// An OWNED function returns an owner on every path: NULL only when it is NULLABLE
// (OWN012), never a value it does not own (OWN009).
static void ret_contract(Own *c, Val *S, const Op *op) {
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
  int t = op->src.kind == V_VAR ? lat_tix(&c->L, op->src.var) : -1;
  if (t < 0)
    return;
  const char *name = op->src.var->name;
  int n;
  const Fact *row = lat_row(S, t, &n);
  for (int i = 0; i < n; i++) {
    int o = row[i].o;
    FactSet f = row[i].f;
    if ((f & S_NULL) && !nullable && !(f & (S_EXTERNAL | S_STATUS)) && c->L.objs[o].origin) {
      Diag *d = finding(c, OWN012, op->span, name, "'%s' may return NULL here, but its result is not NULLABLE", fn);
      if (d) {
        d->label = arena_printf(c->k->res->arena, "'%s' is not checked for NULL", name);
        label_alloc(c, d, o);
        diag_help(c->k->res, d, "check '%s' before returning it, or declare '%s' NULLABLE", name, fn);
      }
    } else if ((f & S_EXTERNAL) && !(f & (S_OWNED | S_STATUS)) && f != S_NULL) {
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

// Summary mode: the parameter whose field place 'v' is, through a pointer ('p->f',
// 'p->f.g'), or -1.
static int field_of_param(const Own *c, const Var *v) {
  bool arrow = false;
  for (; v && v->kind == VK_FIELD; v = v->parent)
    arrow |= v->arrow;
  for (int k = 0; arrow && v && k < c->fn->nparams; k++)
    if (c->fn->params[k] == v)
      return k;
  return -1;
}

static int join_index(int a, int b) { return a == -1 || a == b ? b : -2; }

// Is object 'o' also held by a place the caller can reach ('p->next', a global, a
// global's field): stored away, not handed over?
static bool held_beyond_call(const Own *c, const Val *S, int o) {
  for (int i = 0; i < S->nfacts; i++)
    if (S->facts[i].o == o && stores_beyond_call(c->L.tvars[S->facts[i].t]))
      return true;
  return false;
}

static void observe_fail(Observed *ob, FailKind f) {
  ob->ret_fail = ob->ret_fail == FAIL_NONE || ob->ret_fail == f ? f : FAIL_NULL;
}

// Has an allocation failed on this valuation: some place holds one of this
// function's allocations as NULL and nothing else?
static bool alloc_failed(const Own *c, const Val *S) {
  for (int i = 0; i < S->nfacts; i++) {
    const Obj *ob = &c->L.objs[S->facts[i].o];
    if (S->facts[i].f == S_NULL && ob->origin && !ob->external && !ob->is_static && !ob->quiet_null)
      return true;
  }
  return false;
}

// An allocation's failure is returned on this valuation: what each int parameter
// that is a flag is known to be there ('trymalloc' non-zero, for _sdsnewlen).
static void observe_null_keys(const Own *c, const Val *S) {
  for (int k = 0; k < c->fn->nparams; k++) {
    int f = lat_flag_find(&c->L, c->fn->params[k], 0, false);
    c->obs->null_keys[k] |= (uint8_t)(1u << (f >= 0 ? S->key[f] : K_UNKNOWN));
  }
}

// Summary mode: what 'return v' gives the caller on this valuation: NULL, a new
// owner made here (by an allocator, a summarised function), a parameter's object, a
// field of a parameter, or anything else. What a recursion's function not summarised
// yet returns is left out: the iteration starts from "nothing".
static void observe_return(Own *c, Val *S, const Op *op) {
  Observed *ob = c->obs;
  Value v = op->src;
  bool handle = c->fn->sig->ret_ty.kind != TY_POINTER;
  if (v.kind == V_NONE)
    return;
  if (v.kind == V_NULL && !alloc_failed(c, S)) {
    ob->ret_null_input = true;  // 'if (len == 0) return NULL;': the caller's input
    return;
  }
  if (v.kind == V_NULL) {
    ob->ret_null = true;
    observe_fail(ob, handle ? FAIL_NEGATIVE : FAIL_NULL);
    observe_null_keys(c, S);
    return;
  }
  int field = v.kind == V_VAR || v.kind == V_ADDR ? field_of_param(c, v.var) : -1;
  int t = v.kind == V_VAR ? lat_tix(&c->L, v.var) : -1;
  int n = 0;
  const Fact *row = t >= 0 ? lat_row(S, t, &n) : NULL;
  if (!n && field >= 0) {
    ob->ret_field = join_index(ob->ret_field, field);
    return;
  }
  if (!n) {
    ob->ret_other = true;
    return;
  }
  for (int i = 0; i < n; i++) {
    int o = row[i].o;
    FactSet f = row[i].f;
    const Obj *obj = &c->L.objs[o];
    if (f & S_STATUS)
      continue;
    if ((f & S_NULL) && c->tested[o] && obj->origin && !obj->external)
      f = (FactSet)(f & ~S_NULL);  // tested, and returned anyway: failure was handled ('if (!p) oom();')
    if (!f)
      continue;
    if (!(f & ~S_NULL)) {
      bool failed = obj->origin && !obj->external && !obj->is_static && !obj->quiet_null;
      ob->ret_null |= failed;
      ob->ret_null_input |= !failed;
      if (failed) {
        observe_fail(ob, handle ? FAIL_NEGATIVE : FAIL_NULL);
        observe_null_keys(c, S);
      }
    } else if (c->obj_param[o] >= 0 && !(f & (S_RELEASED | S_MOVED))) {
      ob->ret_param = join_index(ob->ret_param, c->obj_param[o]);
    } else if (obj->external && obj->sig && obj->sig->sum && obj->sig->sum->bottom) {
      continue;  // the result of a recursive call, not known yet
    } else if (!obj->external && obj->origin && !obj->is_static && (f & S_OWNED)
               && !(f & (S_ESCAPED | S_RELEASED | S_MOVED | S_REALLOC)) && !held_beyond_call(c, S, o)) {
      ob->ret_fresh = true;
      if (!ob->ret_family_mixed && ob->ret_family && (!obj->family || strcmp(ob->ret_family, obj->family)))
        ob->ret_family_mixed = true;
      else if (!ob->ret_family && !ob->ret_family_mixed)
        ob->ret_family_mixed = !obj->family, ob->ret_family = obj->family;
      ob->ret_realloc |= obj->from_realloc;
      ob->ret_null_input |= obj->quiet_null && (f & S_NULL);
      if ((f & S_NULL) && !obj->quiet_null) {
        observe_null_keys(c, S);
        ob->ret_null = true;
        observe_fail(ob, obj->fail == FAIL_NONE ? (handle ? FAIL_NEGATIVE : FAIL_NULL) : obj->fail);
      }
    } else {
      ob->ret_other = true;
    }
  }
}

static void ret(Own *c, Val *S, const Op *op, At at) {
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
  if (v.kind == V_ADDR && v.into)  // 'return &o->base': o's object goes to the caller
    v = (Value){.kind = V_VAR, .var = v.into};
  if (v.kind == V_VAR && v.var->ty.kind == TY_RECORD)  // 'return r': with its fields
    pass_fields(c, S, v.var, true, 0);
  if (c->obs)
    observe_return(c, S, op);
  if (v.kind != V_VAR)
    return;
  use_after(c, S, v.var, op->span, at);
  int t = lat_tix(&c->L, v.var);
  if (t < 0)
    return;
  Held r = lat_snap(&c->L, S, t);
  for (int i = 0; i < r.n; i++)
    if (lat_get(S, t, r.o[i]) & S_OWNED)
      lat_obj_update(&c->L, S, r.o[i], S_OWNED, S_ESCAPED);  // ownership goes to the caller
}

// 'v' gets a new value: the elements 'a[v]' are other elements now. What they held
// is in elements we do not follow (never reported, like memory behind a pointer).
static void new_index(Own *c, Val *S, const Var *v) {
  for (int t = v && v->id >= 0 ? c->indexed[v->id] : -1; t >= 0; t = c->next_indexed[t]) {
    Held r = lat_snap(&c->L, S, t);
    escape_row(c, S, &r);
    lat_clear_row(S, t);
    lat_moved_set(&c->L, S, t, 0);
  }
}

static void op_transfer(Own *c, Val *S, const Op *op, At at) {
  if (op->kind == OP_ASSIGN || op->kind == OP_CALL || op->kind == OP_DECL)
    new_index(c, S, op->dst);
  for (int i = 0; op->kind == OP_KILL && i < op->nvars; i++)
    new_index(c, S, op->vars[i]);
  switch (op->kind) {
  case OP_DECL: {
    int t = lat_tix(&c->L, op->dst);
    if (t >= 0) {
      lat_clear_row(S, t);
      lat_moved_set(&c->L, S, t, 0);
    }
    if (op->dst->kind == VK_PARAM) {  // its object, or those of its fields ('struct pair p')
      for (int o = 0; o < c->L.nobjs; o++) {
        const Var *p = c->L.objs[o].param, *root = p;
        while (root && root->kind == VK_FIELD)
          root = root->parent;
        int tp = root == op->dst ? lat_tix(&c->L, p) : -1;
        if (tp < 0)
          continue;
        FactSet f = var_is_owner(p) ? S_OWNED : S_EXTERNAL;
        f = (FactSet)(f | (c->L.objs[o].nullable_ann ? S_NULL : 0));
        lat_put(&c->L, S, tp, o, f);
        int k = c->obj_param ? c->obj_param[o] : -1;
        if (k >= 0 && c->ghosts[k] && lat_tix(&c->L, c->ghosts[k]) >= 0)
          lat_put(&c->L, S, lat_tix(&c->L, c->ghosts[k]), o, f);
      }
    }
    break;
  }
  case OP_ASSIGN: assign(c, S, op, at); break;
  case OP_CALL: call(c, S, op, at); break;
  case OP_USE: use_after(c, S, op->var, op->span, at); break;
  case OP_WRITE:
    if (is_shared_borrow(op->var) && op->var->ty.kind != TY_ARRAY)  // not an array of borrows
      write_through_shared(c, op->var, op->span, NULL);
    /* fall through */
  case OP_DEREF:
    use_after(c, S, op->var, op->span, at);
    null_deref(c, S, op->var, op->span, NULL);
    break;
  case OP_RETURN: ret(c, S, op, at); break;
  case OP_ADVANCE: {  // 'p++': p points elsewhere in what it points into
    int t = lat_tix(&c->L, op->var);
    if (t >= 0) {
      Held r = lat_snap(&c->L, S, t);
      at_offset(&r, op->off);
      lat_set_row(&c->L, S, t, &r);
    }
    break;
  }
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
// The variable whose storage 'v' points to in 'S', if that is all it may point to
// (an array named directly, or a pointer set only to one storage): else NULL.
static const Var *storage_of(const Own *c, const Val *S, const Var *v) {
  if (v->ty.kind == TY_ARRAY)
    return objects_nonheap(c->a, (Value){.kind = V_VAR, .var = (Var *)v}) ? v : NULL;
  int t = lat_tix(&c->L, v), n;
  if (t < 0)
    return NULL;
  const Fact *row = lat_row(S, t, &n);
  const Var *x = NULL;
  for (int i = 0; i < n; i++) {
    const Var *st = c->L.objs[row[i].o].storage;
    if (row[i].f == S_NULL)
      continue;
    if (!st || (x && st != x))
      return NULL;
    x = st;
  }
  return x;
}

// 'p == buf' (s2) or 'p != buf' (s1), buf some storage: p points to buf's storage only
// on s2, so what else p holds is not there (an allocation that did not happen on that
// path: the small-buffer idiom 'if (p != stackbuf) free(p)'), and not on s1.
static void refine_same(Own *c, Val *S, const Cond *cd, bool s1) {
  int t = lat_tix(&c->L, cd->var);
  const Var *x = t >= 0 ? storage_of(c, S, cd->other) : NULL;
  if (!x)
    return;
  Held r = lat_snap(&c->L, S, t);
  for (int i = 0; i < r.n; i++) {
    const Obj *ob = &c->L.objs[r.o[i]];
    bool is_x = ob->storage == x;
    bool not_x = ob->storage ? !is_x : !ob->external;  // another storage, or an allocation
    if ((s1 && is_x) || (!s1 && not_x))
      lat_put(&c->L, S, t, r.o[i], 0);
  }
}

// Is 'v' the result of a call that returns one of its arguments, or fails
// ('fgets(buf, n, f)': buf or NULL)? Its NULL says the call failed, not that the
// argument is NULL.
static bool alias_or_failure(const Own *c, const Var *v) {
  const Op *call = v->kind == VK_TEMP && v->id >= 0 ? c->def[v->id] : NULL;
  if (!call)
    return false;
  ResultEffect re = effects_result(c->cfg, call, effects_model(c->cfg, call->sig));
  return re.kind == RES_ALIAS && re.fail != FAIL_NONE;
}

static bool refine(Own *c, Val *S, const Cond *cd, bool s1) {
  if (cd->kind == C_SAME) {
    refine_same(c, S, cd, s1);
    return true;
  }
  int t = cd->var ? lat_tix(&c->L, cd->var) : -1;
  if (cd->kind == C_NONE || cd->kind == C_GT || t < 0 || (cd->kind == C_NONZERO && cd->k != 0))
    return true;
  if (!s1 && cd->kind == C_NONNULL && alias_or_failure(c, cd->var))
    return true;  // the call failed: its argument is what it was
  Held r = lat_snap(&c->L, S, t);
  if (cd->kind == C_ABOVE_STD) {  // 'if (fd > STDERR_FILENO) close(fd);' (daemonizing)
    for (int i = 0; i < r.n; i++) {
      int o = r.o[i];
      FactSet f = lat_get(S, t, o);
      if (!f || (f & S_STATUS) || !c->L.objs[o].family || strcmp(c->L.objs[o].family, "close"))
        continue;
      if (s1)
        lat_obj_update(&c->L, S, o, S_NULL, 0);
      else  // a standard stream now: the process keeps it open
        lat_obj_update(&c->L, S, o, S_OWNED, S_EXTERNAL);
    }
    return true;
  }
  bool any = false, live = false, realloc_obj = false;
  for (int i = 0; i < r.n; i++) {
    int o = r.o[i];
    FactSet f = lat_get(S, t, o);
    if (!f)
      continue;
    if ((f & S_INTERIOR) && cd->kind == C_NONNULL) {  // 'e = readdir(d)': a NULL e says nothing of d
      if (!s1)
        lat_put(&c->L, S, t, o, 0);
      continue;
    }
    bool success = s1;
    if (cd->kind == C_NONZERO) {  // a status: 0 on success ('if (pipe(fds))' too: -1 or 0)
      bool status_neg = (f & S_STATUS) && c->L.objs[o].fail == FAIL_NEGATIVE;
      if (c->L.objs[o].fail != FAIL_NONZERO && !status_neg)
        continue;
      success = !s1;
    }
    any = true;
    if (c->tested)
      c->tested[o] = true;
    // Already known valid (checked before: 'if (!fp) return; if (fp && ...)'), or
    // made by an allocator that never fails (xmalloc, a wrapper that aborts): it
    // cannot take the failure edge. If the edge is feasible (the place may also hold
    // NULL), the place does not hold it there; elsewhere it keeps its facts.
    const Obj *ob = &c->L.objs[o];
    bool never_fails = ob->fail == FAIL_NONE && ob->origin && !ob->external && !ob->is_static;
    if (!success && cd->kind == C_NONNULL && (ob->fail != FAIL_NONE || never_fails) && !(f & (S_NULL | S_STATUS))) {
      lat_put(&c->L, S, t, o, 0);
      continue;
    }
    realloc_obj |= c->L.objs[o].from_realloc;
    int partner = c->L.objs[o].partner;
    if (success)
      lat_obj_update(&c->L, S, o, S_NULL, 0);
    else
      lat_obj_update(&c->L, S, o, 0xffff, S_NULL);
    if (partner >= 0 && !success)
      lat_obj_update(&c->L, S, partner, 0xffff, S_NULL);
    if (cd->kind == C_NONZERO && success)  // the out-parameter now owns its object
      lat_obj_update(&c->L, S, o, S_EXTERNAL, S_OWNED);
    live |= lat_get(S, t, o) != 0;
  }
  if (realloc_obj) {
    for (int k = 0; k < S->nfacts; k++) {
      FactSet *f = &S->facts[k].f;
      if (*f & S_REALLOC)  // on failure the caller's buffer is the caller's again
        *f = (FactSet)(s1 ? S_RELEASED : (*f & ~S_REALLOC) | ((*f & S_EXTERNAL) ? 0 : S_OWNED));
    }
  }
  return !any || live;
}

// Summary mode: a branch narrows the objects its tested place holds in every place,
// ghosts included; but a valuation joins paths, and a parameter's object that the
// tested place holds on one path may have been released on another. So what the
// ghosts knew released or moved before the branch stays so after it. (As ghost
// indices and objects, packed: o * ntracked + t.)
static Held ghost_gone(const Own *c, const Val *v) {
  Held h = {0, arena_alloc(c->tmp, sizeof(int32_t) * (size_t)(v->nfacts + 1)), arena_alloc(c->tmp, (size_t)v->nfacts + 1)};
  for (int i = 0; i < v->nfacts; i++) {
    const Fact *e = &v->facts[i];
    if (e->f & (S_RELEASED | S_MOVED) && c->L.tvars[e->t]->kind == VK_TEMP && c->obj_param[e->o] >= 0
        && c->ghosts[c->obj_param[e->o]] == c->L.tvars[e->t]) {
      h.o[h.n] = e->o * c->L.ntracked + e->t;
      h.f[h.n++] = e->f & (S_RELEASED | S_MOVED);
    }
  }
  return h;
}

static void ghost_keep(Own *c, Val *v, const Held *gone) {
  for (int i = 0; i < gone->n; i++) {
    int o = gone->o[i] / c->L.ntracked, t = gone->o[i] % c->L.ntracked;
    lat_put(&c->L, v, t, o, (FactSet)(lat_get(v, t, o) | gone->f[i]));
  }
}

// Joins the working valuation 'w' into the edge's state 'out', which may take its
// arrays rather than copy them: the state lives until the next transfer, and so do
// they.
static void flow_out(Own *c, void *out, Work *w) {
  lat_tidy(&c->L, &w->v);
  if (lat_join_slot(&c->L, out, &w->v)) {
    w->lent |= w->v.facts == w->home.facts || w->v.recs == w->home.recs || w->v.moved == w->home.moved;
    w->v = (Val){0};
  }
}

// Copies 'src' into the working valuation 'w': into its home arrays (grown in c->a
// when too small, with twice the room: the ops add to it) or, while an edge's state
// has those, into arrays in c->tmp. An op that outgrows them regrows them in c->tmp.
static void work_copy(Own *c, Work *w, const Val *src) {
  Val *dst = &w->v;
  if (!w->lent) {
    dst->facts = w->home.facts, dst->capfacts = w->home.capfacts;
    dst->recs = w->home.recs, dst->caprecs = w->home.caprecs;
    dst->moved = w->home.moved, dst->capmoved = w->home.capmoved;
  }
  Arena *in = w->lent ? c->tmp : c->a;
#define ROOM(arr, cap, n)                                                     \
  if ((cap) < (n)) {                                                          \
    (cap) = 2 * (n);                                                          \
    (arr) = arena_alloc_raw(in, sizeof *(arr) * (size_t)(cap));               \
  }
  ROOM(dst->facts, dst->capfacts, src->nfacts)
  ROOM(dst->recs, dst->caprecs, src->nrecs)
  ROOM(dst->moved, dst->capmoved, src->nmoved)
#undef ROOM
  if (!w->lent)
    w->home = *dst;
  lat_copy_val(&c->L, dst, src);  // in place: the arrays have room
}

// A block transfers only its fresh valuations: an unchanged one gives what it gave,
// and that is in the successors' states already. The passes that report and observe
// make every valuation fresh first (lat_refresh).
static void transfer_in(Own *c, const Block *b, void *in, void *out1, void *out2) {
  lat_init_bottom(&c->L, out1);  // empty: join_slot stores copies
  if (out2)
    lat_init_bottom(&c->L, out2);
  c->cur = b;
  Work *w1 = &c->w1, *w2 = &c->w2;
  w1->lent = w2->lent = false;  // what had their arrays is gone
  for (int i = 0; i < c->L.nslots; i++) {
    Val *t1 = &w1->v, *t2 = &w2->v;
    Val *from = &((Val *)in)[i];
    if (!from->reached || !from->fresh)
      continue;
    from->fresh = false;
    work_copy(c, w1, from);
    bool goes_on = true;
    for (int k = 0; k < b->nops && goes_on; k++) {
      At at = {b, &b->ops[k], ord_of(c, b, &b->ops[k]), -1};
      op_transfer(c, t1, &b->ops[k], at);
      if (c->L.nflags)
        goes_on = lat_flag_op(&c->L, t1, &b->ops[k]);
    }
    if (b->noreturn_end || !goes_on)
      continue;
    if (!out2) {
      lat_flag_forget(&c->L, t1, b->s1);
      flow_out(c, out1, w1);
      continue;
    }
    work_copy(c, w2, t1);
    Held gone = c->ghosts ? ghost_gone(c, t1) : (Held){0};
    if (refine(c, t1, &b->cond, true) && lat_flag_edge(&c->L, t1, b, true)) {
      lat_flag_forget(&c->L, t1, b->s1);
      ghost_keep(c, t1, &gone);
      flow_out(c, out1, w1);
    }
    if (refine(c, t2, &b->cond, false) && lat_flag_edge(&c->L, t2, b, false)) {
      lat_flag_forget(&c->L, t2, b->s2);
      ghost_keep(c, t2, &gone);
      flow_out(c, out2, w2);
    }
  }
}

// A block's transfer allocates from c->tmp (but for the working valuations' arrays,
// work_copy), so its memory is given back when the next one starts: the solver joins
// the edges' states into the blocks' states, which keep copies in the function's
// scratch, before that.
static void transfer(void *ctx, const Block *b, void *in, void *out1, void *out2) {
  Own *c = ctx;
  arena_reset(c->tmp);
  Arena *keep = c->L.a;
  c->L.a = c->tmp;
  transfer_in(c, b, in, out1, out2);
  c->L.a = keep;
}

// Does the function have annotated places (borrows: OWN008, OWN009, OWN011), or
// return or release the address of a variable (OWN007, OWN009)? Those checks need
// no objects, so a function without any is still checked for them.
static bool needs_check(const Own *c) {
  for (int i = 0; i < c->fn->nvars; i++)
    if (c->fn->vars[i]->ann.bits)
      return true;
  for (int k = 0; k < c->P.nops; k++) {
    const Op *op = c->P.ops[k];
    if (op->kind == OP_RETURN && (op->src.kind == V_ADDR || (op->src.kind == V_VAR && op->src.var->ty.kind == TY_ARRAY)))
      return true;
    for (int i = 0; op->kind == OP_CALL && i < op->nargs; i++) {
      Value v = op->args[i];  // '&x', 'buf', "literal", 'p + 1'
      if (v.kind == V_ADDR || v.kind == V_STORAGE || (v.kind == V_VAR && (v.var->ty.kind == TY_ARRAY || v.off)))
        return true;
    }
  }
  return false;
}

static void note_skipped(Sink *k, const Func *f, const char *why, Span at) {
  Diag *d = diag_tool(k->res, LVL_NOTE, at.line ? at : f->span, "function '%s' was not checked: %s", f->name, why);
  d->func = k->func;
  d->func_line = k->func_line;
  d->skipped = true;
}

// ---- the Domain ----

static void init_bottom(void *ctx, void *S) { lat_init_bottom(&((Own *)ctx)->L, S); }
static void init_entry(void *ctx, void *S) { lat_init_entry(&((Own *)ctx)->L, S); }
static bool join(void *ctx, void *dst, const void *src) { return lat_join(&((Own *)ctx)->L, dst, src); }
static bool widen(void *ctx, void *dst, const void *src) { return lat_join_wide(&((Own *)ctx)->L, dst, src); }

// The tracked field places of each variable (kill_fields walks them), and the call
// each temporary holds the result of (realloc_self looks it up).
static void fill_indexes(Own *c) {
  const Cfg *g = c->g;
  c->child = arena_alloc(c->a, sizeof(int) * (size_t)(g->nvars + 1));
  c->sibling = arena_alloc(c->a, sizeof(int) * (size_t)(c->L.ntracked + 1));
  int *last = arena_alloc(c->a, sizeof(int) * (size_t)(g->nvars + 1));
  for (int i = 0; i < g->nvars; i++)
    c->child[i] = last[i] = -1;
  c->arrow = arena_alloc(c->a, (size_t)c->L.ntracked + 1);
  for (int t = 0; t < c->L.ntracked; t++) {  // in tracked order, as the checks expect
    c->sibling[t] = -1;
    const Var *f = c->L.tvars[t], *a = f->parent;
    if (f->kind != VK_FIELD || !a)
      continue;
    bool arrow = f->arrow;  // 'n->link.next' hangs below n (n->link is no place of its own)
    for (; a->kind == VK_FIELD && a->parent && lat_tix(&c->L, a) < 0; a = a->parent)
      arrow |= a->arrow;
    if (a->id < 0)
      continue;
    c->arrow[t] = arrow;
    int p = a->id;
    if (last[p] < 0)
      c->child[p] = t;
    else
      c->sibling[last[p]] = t;
    last[p] = t;
  }
  c->mem = arena_alloc(c->a, sizeof(int) * (size_t)(c->L.ntracked + 1));
  for (int t = 0; t < c->L.ntracked; t++) {
    const Var *f = c->L.tvars[t];
    if (in_memory(f))
      c->mem[c->nmem++] = t;
  }
  c->globals = arena_alloc(c->a, sizeof(int) * (size_t)(c->L.ntracked + 1));
  for (int t = 0; t < c->L.ntracked; t++) {
    const Var *r = c->L.tvars[t];
    while (r->kind == VK_FIELD)
      r = r->parent;
    if (r->kind == VK_GLOBAL && persists(c->L.tvars[t]))
      c->globals[c->nglobals++] = t;
  }
  c->indexed = arena_alloc(c->a, sizeof(int) * (size_t)(g->nvars + 1));
  c->next_indexed = arena_alloc(c->a, sizeof(int) * (size_t)(c->L.ntracked + 1));
  for (int i = 0; i < g->nvars; i++)
    c->indexed[i] = -1;
  for (int t = 0; t < c->L.ntracked; t++) {
    const Var *x = c->L.tvars[t]->kind == VK_FIELD ? c->L.tvars[t]->index : NULL;
    c->next_indexed[t] = x && x->id >= 0 ? c->indexed[x->id] : -1;
    if (x && x->id >= 0)
      c->indexed[x->id] = t;
  }
  c->def = arena_alloc(c->a, sizeof(Op *) * (size_t)(g->nvars + 1));
  for (int k = 0; k < c->P.nops; k++) {
    const Op *op = c->P.ops[k];
    if (op->kind == OP_CALL && op->dst && op->dst->kind == VK_TEMP && op->dst->id >= 0 && !c->def[op->dst->id])
      c->def[op->dst->id] = op;
  }
}

static Own *prepare(Arena *scratch, const Cfg *g, const Config *cfg, Var *const *ghosts) {
  Own *c = arena_alloc(scratch, sizeof *c);
  c->cfg = cfg;
  c->a = scratch;
  c->g = g;
  c->fn = g->func;
  c->ghosts = ghosts;
  objects_prepare(&c->L, &c->P, scratch, g, cfg, ghosts);
  fill_indexes(c);
  c->tmp = arena_child(scratch);
  return c;
}

Own *own_prepare(MUT_BORROW Arena *scratch, BORROWED const Cfg *g, BORROWED const Config *cfg) {
  return prepare(scratch, g, cfg, NULL);
}

Domain own_domain(BORROWED const Own *c) {
  return (Domain){c->L.size, false, init_entry, init_bottom, join, transfer, NULL, widen};
}

const Lattice *own_lattice(BORROWED const Own *c) {
  return &c->L;
}

void own_check(Sink *k, Arena *scratch, const Cfg *g) {
  Func *f = g->func;
  if (f->unchecked)
    return;
  if (g->skip) {
    note_skipped(k, f, g->skip, g->skip_at);
    return;
  }
  Own *c = own_prepare(scratch, g, k->cfg);
  if (c->L.nobjs == 0 && !needs_check(c))
    return;  // nothing owned, no address taken: nothing to check
  Domain d = own_domain(c);
  Solution sol = dataflow_run(scratch, g, &d, c, own_limits(k->cfg, g));
  if (!sol.complete) {
    note_skipped(k, f, sol.out_of_memory ? arena_printf(scratch, "its analysis needed more than %d MB (%d blocks)",
                                                        MAX_STATE_MB, g->nrpo)
                       : sol.out_of_time ? "its analysis ran out of time (raise --time-limit)"
                                         : "its analysis ran out of steps (raise --budget)", f->span);
    return;
  }
  c->k = k;  // the findings pass: the one place anything is reported
  void *o1 = arena_alloc(scratch, c->L.size), *o2 = arena_alloc(scratch, c->L.size);
  for (int i = 0; i < g->nrpo; i++) {
    const Block *b = g->rpo[i];
    lat_refresh(&c->L, sol.state[b->id]);
    transfer(c, b, sol.state[b->id], o1, b->s2 ? o2 : NULL);
  }
}

// ---- summary mode ----

// What the ghosts hold at the end, over every valuation that reaches it: whether
// each parameter's object is released (or moved) there on every path, on some.
static void observe_exit(Own *c, const Val *S) {
  Observed *ob = c->obs;
  bool *seen = arena_alloc(c->a, (size_t)c->fn->nparams + 1);
  for (int i = 0; i < c->L.nslots; i++) {
    const Val *v = &S[i];
    if (!v->reached)
      continue;
    ob->returns = true;
    for (int o = 0; o < c->L.nobjs; o++) {
      int k = c->obj_param[o];
      int t = k >= 0 && c->ghosts[k] ? lat_tix(&c->L, c->ghosts[k]) : -1;
      if (t < 0)
        continue;
      ParamObs *po = &ob->params[k];
      FactSet f = lat_get(v, t, o);
      FactSet gone = f & (S_RELEASED | S_MOVED);
      bool alive = (f & ~(S_RELEASED | S_MOVED | S_NULL)) != 0;
      po->released_some |= gone != 0;
      po->moved |= (f & S_MOVED) != 0;
      po->realloc_some |= (f & S_REALLOC) != 0;
      po->stored |= alive && held_beyond_call(c, v, o);  // 'g_last = p': a global keeps it
      if (!gone && !alive)
        continue;  // NULL on every path of this valuation: nothing to release
      po->released_all = (seen[k] ? po->released_all : true) && gone && !alive;
      seen[k] = true;
    }
  }
}

Observed own_observe(MUT_BORROW Arena *scratch, MUT_BORROW Cfg *g, BORROWED const Config *cfg) {
  Func *f = g->func;
  Observed ob = {0};
  ob.ret_param = ob.ret_field = -1;
  ob.params = arena_alloc(scratch, sizeof(ParamObs) * (size_t)(f->nparams + 1));
  ob.null_keys = arena_alloc(scratch, (size_t)f->nparams + 1);
  if (g->skip)
    return ob;
  Var **ghosts = arena_alloc(scratch, sizeof(Var *) * (size_t)(f->nparams + 1));
  for (int i = 0; i < f->nparams; i++)
    if (f->params[i]->ty.kind == TY_POINTER || f->params[i]->ty.kind == TY_INT)
      ghosts[i] = cfg_new_temp(scratch, g, f->params[i]->ty);
  Own *c = prepare(scratch, g, cfg, ghosts);
  c->obj_param = arena_alloc(scratch, sizeof(int) * (size_t)(c->L.nobjs + 1));
  c->tested = arena_alloc(scratch, (size_t)c->L.nobjs + 1);
  for (int o = 0; o < c->L.nobjs; o++) {
    c->obj_param[o] = -1;
    for (int k = 0; c->L.objs[o].param && k < f->nparams; k++)
      if (c->L.objs[o].param == f->params[k])
        c->obj_param[o] = k, ob.params[k].tracked = true;
  }
  Domain d = own_domain(c);
  Solution sol = dataflow_run(scratch, g, &d, c, own_limits(cfg, g));
  if (!sol.complete)
    return ob;
  ob.complete = true;
  c->obs = &ob;  // the observing pass: one more transfer of every block, as the checks do
  void *o1 = arena_alloc(scratch, c->L.size), *o2 = arena_alloc(scratch, c->L.size);
  for (int i = 0; i < g->nrpo; i++) {
    const Block *b = g->rpo[i];
    lat_refresh(&c->L, sol.state[b->id]);
    transfer(c, b, sol.state[b->id], o1, b->s2 ? o2 : NULL);
  }
  if (sol.state[g->exit->id])
    observe_exit(c, sol.state[g->exit->id]);
  for (int k = 0; k < f->nparams; k++)
    if (ob.params[k].family_mixed)
      ob.params[k].family = NULL;
  if (ob.ret_family_mixed)
    ob.ret_family = NULL;
  return ob;
}
