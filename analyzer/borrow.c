// borrow.c: the borrow checker, on places (Rust's NLL rules, as C can state them).
//
// Takes one function's Cfg and reports OWN004-OWN007, OWN008, and OWN009/OWN011
// below the first level. The model:
//   - A loan is made at a site (one op, one argument) and lends a place (places.c)
//     shared or mutably: '&x', a pointer assigned into a BORROWED/MUT_BORROW place
//     (a loan of what it points to), an argument to a BORROWED/MUT_BORROW parameter
//     (for the call), a borrowed parameter itself (the caller's loan: escapes only).
//   - Holders: the places that may hold loans (a forward pass): copying a value copies
//     its loans (reborrows, chains, struct copies); a call whose result is BORROWED
//     (BORROWED_FROM(param), or elided: the only borrowed parameter) holds the loan of
//     that argument. Array elements are one holder (weak updates).
//   - A loan is live where a holder holding it is live (a backward pass over the
//     holders' root variables): non-lexical lifetimes, on dataflow.c.
//   - Only annotations make loans that count: a loan made into a plain place ('int
//     *p = &x') is checked only once an annotated holder holds it, so unannotated code
//     never gets these findings.
// Each access of an op is checked against the loans live there (and against the
// other arguments of its call):
//
//   access of place P            loan of Q live (overlapping P)   rule
//   read                         mutable                          OWN006 (E0503)
//   write (assign)               P a prefix of Q: any; else mut   OWN005 (E0506) / OWN006
//   borrow (shared or mutable)   either is mutable                OWN004 (E0499, E0502)
//   move, release                any                              OWN005 (E0505)
//   scope end of local x         Q rooted at x                    OWN007 (E0597)
//   return                       Q rooted at a local              OWN007 (E0515)
//   store into a global, '*out'  a local's or the caller's       OWN008 (E0521)
//   write through P              P below a BORROWED pointer       OWN011 (E0594)
//   release or move out of P     P below a BORROWED pointer       OWN009 (E0507)
//
// Re-pointing a borrow ('r = &y' with r BORROWED) is a shallow write: it conflicts
// with loans of r itself, not of what r points to. The first argument of a call is a
// two-phase borrow: while the later arguments are evaluated it may be read.
#include <string.h>

#include "analyzer.h"

typedef struct Loan {
  const Path *place;    // what it lends
  const char *name;     // how messages name it ('v' for a loan of '*v' made from 'v')
  bool mut;
  bool active;          // made by an annotation: checked in any holder
  bool param;           // the caller's loan behind a borrowed parameter
  bool derived;         // param: of a value loaded through the parameter ('p->name'),
                        // which lives as long as what the caller lent, not as the lend
  bool call;            // lent to a call's parameter (for the call, or its result)
  Span made;
  const Var *by;        // the annotated place it was made for, or NULL
  int ord;              // the op that made it
} Loan;

// A_SHALLOW: re-pointing a borrow ('r = &y'); A_PEEK: reading a pointer only to
// compute an address from it ('&p->f').
typedef enum AccKind { A_READ, A_PEEK, A_WRITE, A_SHALLOW, A_BORROW, A_MOVE, A_RELEASE } AccKind;

typedef struct Bx {
  Sink *k;
  Arena *a;
  const Cfg *g;
  const Config *cfg;
  const Op **ops;         // per ordinal
  int nops;
  int *base;              // per block id: ordinal of its first op
  int *first_loan;        // per ordinal: its first loan a place may hold, nops+1 entries
  int **arg_loan;         // per ordinal of a call: per argument, the loan lent to it, or -1
  Loan *loans;            // the loans places may hold [0, nheld), then those that live
  int nloans, caploans;   // only for their call
  int nheld;
  int W;                  // words per loan set
  uint64_t *active;       // loans checked in any holder
  uint64_t *param_mask;   // the caller's loans behind borrowed parameters
  int cur_ord;            // the op whose loans are being made
  uint64_t **through;     // per var id: the loans of places behind it ('*p', 'p->f'), or NULL
  // holders
  int *hix;               // per var id: holder index, or -1
  Var **hvar;             // per holder
  int nholders, caph;
  int **desc;             // per var id: the holders below it ('v.w', 'v->w')
  int *ndesc, *capdesc;
  int **parts;            // per var id: the holders that are parts of its value ('v.w')
  int *nparts, *capparts;
  // liveness, per root variable of a holder
  int *rix;               // per var id: root index, or -1
  int nroots;
  int WR;                 // words per root set
  int *hroot;             // per holder: its root index
  void **holds_in;        // per block id: holds at entry (forward)
  void **live_out;        // per block id: live roots at its end (backward)
  Var **drop_holders;     // holders whose follow-on OWN001 is dropped
  int ndrop, capdrop;
  Span *drop_after;
} Bx;

static const Var *root_of(const Var *v) {
  while (v->kind == VK_FIELD && v->parent)
    v = v->parent;
  return v;
}

static bool is_element(const Var *v) { return v && v->kind == VK_FIELD && v->field && v->field[0] == '['; }

// The place whose annotation 'v' has: an element place 'a[3]' has its array's.
static const Var *annotated(const Var *v) {
  while (is_element(v) && v->parent)
    v = v->parent;
  return v;
}

static bool ann_borrow(const Var *v) {
  v = annotated(v);
  return v && (v->ann.bits & (ANN_BORROWED | ANN_MUT_BORROW)) && !(v->ann.bits & ANN_OWNED) && !v->ann.owned_by;
}
static bool ann_mut(const Var *v) { return ann_borrow(v) && (annotated(v)->ann.bits & ANN_MUT_BORROW); }
static bool ann_shared(const Var *v) { return ann_borrow(v) && !(annotated(v)->ann.bits & ANN_MUT_BORROW); }
static bool is_ptrish(const Var *v) { return v->ty.kind == TY_POINTER || v->ty.kind == TY_ARRAY; }

static bool bit(const uint64_t *s, int i) { return (s[i / 64] >> (i % 64)) & 1; }
static void set_bit(uint64_t *s, int i) { s[i / 64] |= (uint64_t)1 << (i % 64); }
static void clr_bit(uint64_t *s, int i) { s[i / 64] &= ~((uint64_t)1 << (i % 64)); }

// ---- places of values ----

// The var a path names (a variable or a field place of it), or NULL.
static Var *var_at(const Path *p, int n) {
  Var *v = p->root;
  for (int i = 0; v && i < n; i++) {
    bool arrow = p->steps[i].kind == STEP_DEREF;
    if (arrow) {
      if (i + 1 >= n || p->steps[i + 1].kind != STEP_FIELD)
        return NULL;
      i++;
    } else if (p->steps[i].kind != STEP_FIELD) {
      return NULL;
    }
    Var *f = v->kind == VK_GLOBAL ? NULL : v->fields;
    while (f && !(f->arrow == arrow && !strcmp(f->field, p->steps[i].field)))
      f = f->next_field;
    v = f;
  }
  return v;
}

static Path *path_deref(Bx *bx, const Path *p) {
  return path_step(bx->a, p, (Step){STEP_DEREF, NULL, false}, p->span);
}

// The place an argument or source value reads ('v', 'p->f'), or NULL.
static const Path *value_place(Bx *bx, const Value *v, const Path *vp, Span sp) {
  if (vp)
    return vp;
  if (v->kind == V_VAR && v->var->kind != VK_TEMP)
    return path_of_var(bx->a, v->var, sp);
  return NULL;
}

// What a value lends when it is borrowed: the place itself for '&x' (and an array
// that decays), what it points to for a pointer ('*v' for 'v'); NULL for a temporary.
static const Path *lent_place(Bx *bx, const Value *v, const Path *vp, Span sp) {
  const Path *p = value_place(bx, v, vp, sp);
  if (!p)
    return NULL;
  if (p->addr)
    return p;
  return path_deref(bx, p);
}

// How messages name a place: a loan of '*v' is a loan of 'v'.
static const char *place_name(Bx *bx, const Path *p) {
  if (p->nsteps > 0 && p->steps[p->nsteps - 1].kind == STEP_DEREF) {
    Path q = *p;
    q.nsteps--;
    return path_name(bx->a, &q);
  }
  return path_name(bx->a, p);
}

// ---- loans, numbered by site ----

static int new_loan(Bx *bx, const Path *place, bool mut, bool active, Span made, const Var *by) {
  Loan l = {.place = place, .name = place_name(bx, place), .mut = mut, .active = active, .made = made, .by = by,
            .ord = bx->cur_ord};
  ARR_PUSH(bx->a, bx->loans, bx->nloans, bx->caploans, l);
  return bx->nloans - 1;
}

// The parameter a call's borrowed result borrows from (BORROWED_FROM, or the only
// borrowed parameter), or -1.
static int result_from(const Op *op) {
  const FnSig *sig = op->sig;
  if (!sig || !(sig->ret.bits & (ANN_BORROWED | ANN_MUT_BORROW)) || (sig->ret.bits & ANN_OWNED))
    if (!sig || !sig->ret.borrowed_from)
      return -1;
  int from = -1, nborrowed = 0, last = -1;
  for (int i = 0; i < sig->nparams; i++) {
    if (sig->ret.borrowed_from && sig->param_names[i] && !strcmp(sig->param_names[i], sig->ret.borrowed_from))
      from = i;
    if (sig->params[i].bits & (ANN_BORROWED | ANN_MUT_BORROW)) {
      nborrowed++;
      last = i;
    }
  }
  if (from < 0 && !sig->ret.borrowed_from && nborrowed == 1)
    from = last;
  return from < op->nargs ? from : -1;
}

static unsigned param_bits(const Op *op, int i) {
  return op->sig && i < op->sig->nparams ? op->sig->params[i].bits : 0;
}

// Makes the loans of op 'op' (in ordinal order: the loan of a site is found again by
// counting from first_loan[ord]).
static void loans_of_op(Bx *bx, const Op *op, bool held) {
  if (!held && op->kind != OP_CALL)
    return;
  switch (op->kind) {
  case OP_DECL:
    if (op->dst->kind == VK_PARAM && ann_borrow(op->dst) && op->dst->ty.kind == TY_POINTER) {
      for (int k = 0; k < 2; k++) {  // the lend, and what is loaded through it
        int l = new_loan(bx, path_deref(bx, path_of_var(bx->a, op->dst, op->dst->decl)), ann_mut(op->dst), false,
                         op->dst->decl, op->dst);
        bx->loans[l].param = true;
        bx->loans[l].derived = k == 1;
        bx->loans[l].name = op->dst->name;
      }
    }
    break;
  case OP_ASSIGN: {
    const Var *h = op->dst;
    bool arr = !h && op->path && op->path->nsteps && op->path->steps[op->path->nsteps - 1].kind == STEP_INDEX;
    if (arr)
      h = var_at(op->path, op->path->nsteps - 1);
    if (op->src_path && op->src_path->addr)
      new_loan(bx, op->src_path, ann_mut(h), ann_borrow(h), op->span, ann_borrow(h) ? h : NULL);
    else if (ann_borrow(h) && op->src.kind == V_VAR && op->src.var->kind != VK_TEMP && is_ptrish(op->src.var))
      new_loan(bx, lent_place(bx, &op->src, op->src_path, op->span), ann_mut(h), true, op->span, h);
    else if (ann_borrow(h) && op->src.kind == V_LOAD && op->src_path)
      new_loan(bx, path_deref(bx, op->src_path), ann_mut(h), true, op->span, h);
    break;
  }
  case OP_CALL: {
    int from = result_from(op);
    int **al = &bx->arg_loan[bx->cur_ord];
    for (int i = 0; i < op->nargs; i++) {
      unsigned pb = param_bits(op, i);
      if (!(pb & (ANN_BORROWED | ANN_MUT_BORROW)) || (pb & ANN_OWNED) || (from == i) != held)
        continue;  // the result's argument in the first pass, the others in the second
      Span sp = op->arg_spans ? op->arg_spans[i] : op->span;
      const Path *p = lent_place(bx, &op->args[i], op->arg_paths ? op->arg_paths[i] : NULL, sp);
      if (!p)
        continue;
      int l = new_loan(bx, p, (pb & ANN_MUT_BORROW) != 0, true, sp, NULL);
      bx->loans[l].call = true;
      if (from == i && (op->sig->ret.bits & ANN_MUT_BORROW))
        bx->loans[l].mut = true;
      if (!*al) {
        *al = arena_alloc(bx->a, sizeof(int) * (size_t)op->nargs);
        for (int k = 0; k < op->nargs; k++)
          (*al)[k] = -1;
      }
      (*al)[i] = l;
    }
    break;
  }
  default: break;
  }
}

// The loan op 'ord' made for argument 'arg' (-1: the one an assignment made), or -1.
static int loan_made(const Bx *bx, int ord, int arg) {
  if (arg >= 0)
    return bx->arg_loan[ord] ? bx->arg_loan[ord][arg] : -1;
  return bx->first_loan[ord] < bx->first_loan[ord + 1] ? bx->first_loan[ord] : -1;
}

// ---- holders ----

static int holder(Bx *bx, Var *v) {
  if (!v || v->id < 0 || v->id >= bx->g->nvars)
    return -1;
  if (bx->hix[v->id] >= 0)
    return bx->hix[v->id];
  int h = bx->nholders;
  ARR_PUSH(bx->a, bx->hvar, bx->nholders, bx->caph, v);
  bx->hix[v->id] = h;
  bool part = true;
  for (const Var *c = v; c->kind == VK_FIELD && c->parent; c = c->parent) {
    part &= !c->arrow;
    const Var *p = c->parent;
    if (p->id < 0)
      continue;
    ARR_PUSH(bx->a, bx->desc[p->id], bx->ndesc[p->id], bx->capdesc[p->id], h);
    if (part)
      ARR_PUSH(bx->a, bx->parts[p->id], bx->nparts[p->id], bx->capparts[p->id], h);
  }
  return h;
}

// The holder a store into 'op''s destination goes to, and whether it replaces what
// was there (a strong update) or adds to it (an array element).
static int store_holder(const Bx *bx, const Op *op, bool *strong) {
  *strong = op->dst != NULL && !is_element(op->dst);
  if (op->dst) {  // an element place stores into its array, which it does not replace
    const Var *h = annotated(op->dst);
    return h->id >= 0 ? bx->hix[h->id] : -1;
  }
  if (!op->path || op->path->nsteps == 0 || op->path->steps[op->path->nsteps - 1].kind != STEP_INDEX)
    return -1;
  Var *v = var_at(op->path, op->path->nsteps - 1);
  return v && v->id >= 0 ? bx->hix[v->id] : -1;
}

// Every place that can hold a loan: destinations of pointer and struct values,
// borrowed parameters, call results.
static void fill_holders(Bx *bx) {
  for (int k = 0; k < bx->nops; k++) {
    const Op *op = bx->ops[k];
    if (op->kind == OP_DECL && op->dst->kind == VK_PARAM && ann_borrow(op->dst))
      holder(bx, op->dst);
    else if (op->kind == OP_CALL && op->dst && result_from(op) >= 0)
      holder(bx, op->dst);
    else if (op->kind == OP_ASSIGN && op->dst && op->dst->ty.kind != TY_INT && op->dst->ty.kind != TY_FLOAT)
      holder(bx, (Var *)annotated(op->dst));
    else if (op->kind == OP_ASSIGN && !op->dst && op->path && op->path->nsteps
             && op->path->steps[op->path->nsteps - 1].kind == STEP_INDEX)
      holder(bx, var_at(op->path, op->path->nsteps - 1));
  }
  bx->rix = arena_alloc(bx->a, sizeof(int) * (size_t)(bx->g->nvars + 1));
  for (int i = 0; i < bx->g->nvars; i++)
    bx->rix[i] = -1;
  bx->hroot = arena_alloc(bx->a, sizeof(int) * (size_t)(bx->nholders + 1));
  for (int h = 0; h < bx->nholders; h++) {
    const Var *r = root_of(bx->hvar[h]);
    if (r->id < 0) {
      bx->hroot[h] = -1;
      continue;
    }
    if (bx->rix[r->id] < 0)
      bx->rix[r->id] = bx->nroots++;
    bx->hroot[h] = bx->rix[r->id];
  }
  bx->WR = (bx->nroots + 63) / 64;
}

static uint64_t *row(const Bx *bx, void *S, int h) { return (uint64_t *)S + (size_t)h * (size_t)bx->W; }

static void row_clear(const Bx *bx, void *S, int h) { memset(row(bx, S, h), 0, sizeof(uint64_t) * (size_t)bx->W); }

static void row_or(const Bx *bx, uint64_t *dst, const uint64_t *src) {
  for (int w = 0; w < bx->W; w++)
    dst[w] |= src[w];
}

// The loans of holder 'h' that count: all of them in an annotated borrow, the
// active ones elsewhere.
static void counted(const Bx *bx, void *S, int h, uint64_t *out) {
  const uint64_t *r = row(bx, S, h);
  bool all = ann_borrow(bx->hvar[h]);
  for (int w = 0; w < bx->W; w++)
    out[w] |= all ? r[w] : (r[w] & bx->active[w]);
}

// Everything 'v' and the places below it hold.
static void holds_of_var(const Bx *bx, void *S, const Var *v, uint64_t *out) {
  if (!v || v->id < 0)
    return;
  if (bx->hix[v->id] >= 0)
    row_or(bx, out, row(bx, S, bx->hix[v->id]));
  for (int i = 0; i < bx->nparts[v->id]; i++)
    row_or(bx, out, row(bx, S, bx->parts[v->id][i]));
}

// The loans flowing out of a read of place 'p' (or its address): those of every
// holder on its path ('b->f' carries b's loans).
static void holds_on_path(const Bx *bx, void *S, const Path *p, uint64_t *out) {
  for (int n = 0; n <= p->nsteps; n++) {
    const Var *v = var_at(p, n);
    if (!v || v->id < 0 || bx->hix[v->id] < 0)
      continue;
    const uint64_t *rw = row(bx, S, bx->hix[v->id]);
    bool through = !p->addr && path_derefs(p, p->nsteps) > path_derefs(p, n);
    if (!through) {
      row_or(bx, out, rw);
      continue;
    }
    // a value loaded through a borrowed parameter lives as long as the caller's
    // data, not as the lend: the derived twin of the parameter's loan
    for (int w = 0; w < bx->W; w++)
      out[w] |= rw[w] & ~bx->param_mask[w];
    for (int l = 0; l < bx->nheld; l++)
      if (bx->loans[l].param && !bx->loans[l].derived && bit(rw, l))
        set_bit(out, l + 1);
  }
  if (!p->addr) {  // a struct read whole carries its fields' loans
    const Var *v = var_at(p, p->nsteps);
    if (v && v->id >= 0)
      for (int i = 0; i < bx->nparts[v->id]; i++)
        row_or(bx, out, row(bx, S, bx->parts[v->id][i]));
  }
}

// The loans the value of 'op''s source carries (and those the op makes for it).
static bool scalar(const Var *v) { return v && (v->ty.kind == TY_INT || v->ty.kind == TY_FLOAT); }

static bool is_owner_place(const Var *v) { return v && ((v->ann.bits & ANN_OWNED) || v->ann.owned_by); }

static void flowing(Bx *bx, void *S, const Op *op, int ord, uint64_t *out) {
  memset(out, 0, sizeof(uint64_t) * (size_t)bx->W);
  for (int l = bx->first_loan[ord]; l < bx->first_loan[ord + 1]; l++)
    set_bit(out, l);
  const Var *arr = !op->dst && op->path && op->path->nsteps && op->path->steps[op->path->nsteps - 1].kind == STEP_INDEX
                       ? var_at(op->path, op->path->nsteps - 1)
                       : NULL;
  if (scalar(op->dst) || (op->src.kind == V_VAR && scalar(op->src.var)) || is_owner_place(op->dst)
      || (arr && arr->ty.kind == TY_ARRAY && !arr->elem_pointer))
    return;  // a number, or an owner: no borrow in it
  if (op->src.kind == V_VAR && is_owner_place(op->src.var))
    return;  // an owner's value read through a borrow is that owner, not a borrow
  if (op->src.kind == V_VAR)
    holds_of_var(bx, S, op->src.var, out);
  if (op->src_path)
    holds_on_path(bx, S, op->src_path, out);
}

// 'v' gets a new value: the loans of places reached through it ('&p->value' before
// 'p = p->next') now lend something else, and end (NLL kills them).
static void kill_through(Bx *bx, void *S, const Var *v) {
  const uint64_t *m = v && v->id >= 0 ? bx->through[v->id] : NULL;
  if (!m)
    return;
  for (int h = 0; h < bx->nholders; h++) {
    uint64_t *rw = row(bx, S, h);
    for (int w = 0; w < bx->W; w++)
      rw[w] &= ~m[w];
  }
}

static void kill_holders(Bx *bx, void *S, const Var *v) {
  if (!v || v->id < 0)
    return;
  if (bx->hix[v->id] >= 0)
    row_clear(bx, S, bx->hix[v->id]);
  for (int i = 0; i < bx->ndesc[v->id]; i++)
    row_clear(bx, S, bx->desc[v->id][i]);
}

// ---- the holds Domain (forward) ----

static void step(Bx *bx, void *S, const Op *op, int ord, uint64_t *tmp) {
  switch (op->kind) {
  case OP_DECL:
    kill_holders(bx, S, op->dst);
    if (bx->first_loan[ord] < bx->first_loan[ord + 1] && bx->hix[op->dst->id] >= 0)
      set_bit(row(bx, S, bx->hix[op->dst->id]), bx->first_loan[ord]);
    break;
  case OP_KILL:
    for (int i = 0; i < op->nvars; i++)
      kill_holders(bx, S, op->vars[i]);
    break;
  case OP_ASSIGN: {
    bool strong;
    int h = store_holder(bx, op, &strong);
    if (h >= 0) {
      flowing(bx, S, op, ord, tmp);
      if (strong)
        kill_holders(bx, S, bx->hvar[h]);
      row_or(bx, row(bx, S, h), tmp);
    }
    if (op->dst && op->dst->kind != VK_FIELD)
      kill_through(bx, S, op->dst);
    break;
  }
  case OP_CALL: {
    if (!op->dst || op->dst->id < 0 || bx->hix[op->dst->id] < 0)
      break;
    int h = bx->hix[op->dst->id];
    row_clear(bx, S, h);
    int from = result_from(op);
    if (from < 0)
      break;
    memset(tmp, 0, sizeof(uint64_t) * (size_t)bx->W);
    int l = loan_made(bx, ord, from);
    if (l >= 0)
      set_bit(tmp, l);
    const Value *v = &op->args[from];
    if (v->kind == V_VAR)
      holds_of_var(bx, S, v->var, tmp);
    if (op->arg_paths && op->arg_paths[from])
      holds_on_path(bx, S, op->arg_paths[from], tmp);
    row_or(bx, row(bx, S, h), tmp);
    break;
  }
  default: break;
  }
}

static void holds_none(void *ctx, void *S) {
  const Bx *bx = ctx;
  memset(S, 0, sizeof(uint64_t) * (size_t)bx->W * (size_t)(bx->nholders + 1));
}

static bool or_join(size_t words, void *dst, const void *src) {
  uint64_t *d = dst;
  const uint64_t *s = src;
  bool changed = false;
  for (size_t w = 0; w < words; w++) {
    changed |= (d[w] | s[w]) != d[w];
    d[w] |= s[w];
  }
  return changed;
}

static bool holds_join(void *ctx, void *dst, const void *src) {
  const Bx *bx = ctx;
  return or_join((size_t)bx->W * (size_t)(bx->nholders + 1), dst, src);
}

static size_t holds_size(const Bx *bx) { return sizeof(uint64_t) * (size_t)bx->W * (size_t)(bx->nholders + 1); }

static void holds_transfer(void *ctx, const Block *b, void *in, void *out1, void *out2) {
  Bx *bx = ctx;
  memcpy(out1, in, holds_size(bx));
  uint64_t *tmp = row(bx, out1, bx->nholders);  // the spare row
  for (int j = 0; j < b->nops; j++)
    step(bx, out1, &b->ops[j], bx->base[b->id] + j, tmp);
  memset(tmp, 0, sizeof(uint64_t) * (size_t)bx->W);
  if (out2)
    memcpy(out2, out1, holds_size(bx));
}

// ---- liveness of the holders' roots (backward) ----

typedef void (*RootFn)(Bx *bx, const Var *root, void *ctx);

static void each_root_of_path(Bx *bx, const Path *p, RootFn fn, void *ctx) {
  if (p)
    fn(bx, p->root, ctx);
}

// Calls 'fn' for the root of every place 'op' reads (a use, for liveness).
static void each_use(Bx *bx, const Op *op, RootFn fn, void *ctx) {
  switch (op->kind) {
  case OP_USE:
  case OP_DEREF:
  case OP_WRITE:
    fn(bx, root_of(op->var), ctx);
    break;
  case OP_ASSIGN:
  case OP_RETURN:
    if (op->src.kind == V_VAR || op->src.kind == V_ADDR)
      fn(bx, root_of(op->src.var), ctx);
    each_root_of_path(bx, op->src_path, fn, ctx);
    if (op->kind == OP_ASSIGN && op->path && path_derefs(op->path, op->path->nsteps) > 0)
      fn(bx, op->path->root, ctx);
    break;
  case OP_CALL:
    for (int i = 0; i < op->nargs; i++) {
      if (op->args[i].kind == V_VAR || op->args[i].kind == V_ADDR)
        fn(bx, root_of(op->args[i].var), ctx);
      if (op->arg_paths)
        each_root_of_path(bx, op->arg_paths[i], fn, ctx);
    }
    break;
  default: break;
  }
}

// The root op 'op' gives a whole new value (or ends), or NULL; 'n' more in 'op->vars'.
static bool defines(const Op *op, const Var *r) {
  if ((op->kind == OP_ASSIGN || op->kind == OP_DECL || op->kind == OP_CALL) && op->dst == r)
    return r->ty.kind != TY_ARRAY;
  for (int i = 0; op->kind == OP_KILL && i < op->nvars; i++)
    if (op->vars[i] == r)
      return true;
  return false;
}

static void mark_live(Bx *bx, const Var *r, void *live) {
  if (r && r->id >= 0 && bx->rix[r->id] >= 0)
    set_bit(live, bx->rix[r->id]);
}

static void live_before(Bx *bx, const Op *op, uint64_t *live) {
  if (op->kind == OP_KILL) {
    for (int i = 0; i < op->nvars; i++)
      if (op->vars[i]->id >= 0 && bx->rix[op->vars[i]->id] >= 0)
        clr_bit(live, bx->rix[op->vars[i]->id]);
  } else if (op->dst && op->kind != OP_ASSIGN) {
    if (op->dst->id >= 0 && bx->rix[op->dst->id] >= 0 && defines(op, op->dst))
      clr_bit(live, bx->rix[op->dst->id]);
  } else if (op->kind == OP_ASSIGN && op->dst && op->dst->kind != VK_FIELD) {
    if (op->dst->id >= 0 && bx->rix[op->dst->id] >= 0 && defines(op, op->dst))
      clr_bit(live, bx->rix[op->dst->id]);
  }
  each_use(bx, op, (RootFn)mark_live, live);
}

static void live_none(void *ctx, void *st) {
  const Bx *bx = ctx;
  memset(st, 0, sizeof(uint64_t) * (size_t)(bx->WR + 1));
}

static bool live_join(void *ctx, void *dst, const void *src) {
  const Bx *bx = ctx;
  return or_join((size_t)bx->WR + 1, dst, src);
}

static void cond_use(Bx *bx, const Block *b, uint64_t *live) {
  if (b->s2 && b->cond.var)
    mark_live(bx, root_of(b->cond.var), live);
}

static void live_back(void *ctx, const Block *b, const void *out, void *in) {
  Bx *bx = ctx;
  memcpy(in, out, sizeof(uint64_t) * (size_t)(bx->WR + 1));
  cond_use(bx, b, in);
  for (int j = b->nops - 1; j >= 0; j--)
    live_before(bx, &b->ops[j], in);
}

static void note_unchecked(Bx *bx, Solution *sol) {
  const Func *f = bx->g->func;
  Diag *n = diag_tool(bx->k->res, LVL_NOTE, f->span, "function '%s' was not checked: %s", f->name,
                      sol->out_of_time ? "its analysis ran out of time (raise --time-limit)"
                                       : "its analysis ran out of steps (raise --budget)");
  n->func = bx->k->func;
  n->func_line = bx->k->func_line;
  n->skipped = true;
}

static bool solve(Bx *bx) {
  Limits lim = own_limits(bx->cfg, bx->g);
  Domain fwd = {holds_size(bx), false, holds_none, holds_none, holds_join, holds_transfer, NULL, NULL};
  Solution s1 = dataflow_run(bx->a, bx->g, &fwd, bx, lim);
  if (!s1.complete) {
    note_unchecked(bx, &s1);
    return false;
  }
  bx->holds_in = s1.state;
  Domain back = {sizeof(uint64_t) * (size_t)(bx->WR + 1), true, live_none, live_none, live_join, NULL, live_back, NULL};
  Solution s2 = dataflow_run(bx->a, bx->g, &back, bx, lim);
  if (!s2.complete) {
    note_unchecked(bx, &s2);
    return false;
  }
  bx->live_out = s2.state;
  return true;
}

// ---- the checks ----

typedef struct At {
  const Block *b;
  int j;                   // op index in the block
  int ord;
  void *S;                 // holds before the op
  const uint64_t *live;    // roots live after the op
  uint64_t *used;          // roots the op uses
  uint64_t *loans;         // the loans live at the op (scratch)
} At;

static void mark_used(Bx *bx, const Var *r, void *used) { mark_live(bx, r, used); }

// The loans live at op 'at': held by a holder whose root the op uses or is live after
// it, minus the caller's loans (they cannot conflict with this function's accesses).
static void live_loans(Bx *bx, At *at, const Op *op) {
  memset(at->loans, 0, sizeof(uint64_t) * (size_t)bx->W);
  for (int h = 0; h < bx->nholders; h++) {
    int r = bx->hroot[h];
    if (r < 0 || !(bit(at->live, r) || bit(at->used, r)))
      continue;
    if (op && !bit(at->used, r) && defines(op, root_of(bx->hvar[h])))
      continue;  // its old value dies here
    counted(bx, at->S, h, at->loans);
  }
  for (int w = 0; w < bx->W; w++)
    at->loans[w] &= ~bx->param_mask[w];
}

// A live holder of loan 'l' at 'at' (for "borrow later used here"), or -1.
static int holder_of(Bx *bx, const At *at, int l) {
  for (int h = 0; h < bx->nholders; h++) {
    int r = bx->hroot[h];
    if (r < 0 || !(bit(at->live, r) || bit(at->used, r)))
      continue;
    const uint64_t *rw = row(bx, at->S, h);
    if (!bit(rw, l) || (!ann_borrow(bx->hvar[h]) && !bit(bx->active, l)))
      continue;
    return h;
  }
  return -1;
}

typedef struct Find {
  const Var *root;
  bool found;
} Find;

static void find_root(Bx *bx, const Var *r, void *ctx) {
  (void)bx;
  Find *f = ctx;
  if (r == f->root)
    f->found = true;
}

static bool op_uses(Bx *bx, const Op *op, const Var *root) {
  Find f = {root, false};
  each_use(bx, op, find_root, &f);
  return f.found;
}

// Where 'root' is next used after op 'at' (the "borrow later used here" of rustc): a
// breadth-first walk of the blocks that follow; {0} if nowhere.
static Span next_use(Bx *bx, const At *at, const Var *root) {
  const Block *b = at->b;
  for (int j = at->j + 1; j < b->nops; j++)
    if (op_uses(bx, &b->ops[j], root))
      return b->ops[j].span;
  if (b->s2 && b->cond.var && root_of(b->cond.var) == root)
    return b->term;
  int n = bx->g->nblocks;
  const Block **queue = arena_alloc(bx->a, sizeof(Block *) * (size_t)(n + 1));
  char *seen = arena_alloc(bx->a, (size_t)n + 1);
  int qh = 0, qt = 0;
  const Block *succ[2] = {b->s1, b->s2};
  for (int i = 0; i < 2; i++)
    if (succ[i] && !seen[succ[i]->id]) {
      seen[succ[i]->id] = 1;
      queue[qt++] = succ[i];
    }
  while (qh < qt) {
    const Block *c = queue[qh++];
    for (int j = 0; j < c->nops; j++) {
      if (op_uses(bx, &c->ops[j], root))
        return c->ops[j].span;
      if (defines(&c->ops[j], root))
        goto next;
    }
    if (c->s2 && c->cond.var && root_of(c->cond.var) == root)
      return c->term;
    const Block *cs[2] = {c->s1, c->s2};
    for (int i = 0; i < 2; i++)
      if (cs[i] && !seen[cs[i]->id]) {
        seen[cs[i]->id] = 1;
        queue[qt++] = cs[i];
      }
  next:;
  }
  return (Span){0};
}

// Is the loan 'l' (made at ordinal 'made') reached from 'at' only through a back edge?
static bool from_previous_iteration(Bx *bx, const At *at, const Loan *l) {
  for (int i = 0; i < bx->g->nblocks; i++) {
    const Block *b = bx->g->blocks[i];
    if (l->ord >= bx->base[b->id] && l->ord < bx->base[b->id] + b->nops)
      return b->rpo > at->b->rpo || (b == at->b && l->ord >= at->ord);
  }
  return false;
}

// The three points of a borrow finding: where the loan was made, the conflicting
// access (primary), where the borrow is used later.
static void loan_labels(Bx *bx, Diag *d, const At *at, int l, int h) {
  const Loan *ln = &bx->loans[l];
  const char *kind = ln->mut ? "mutable" : "immutable";
  if (from_previous_iteration(bx, at, ln))
    diag_label(bx->k->res, d, ln->made, "%s borrow of '%s' occurs here, in the previous iteration of the loop", kind,
               ln->name);
  else if (ln->by)
    diag_label(bx->k->res, d, ln->made, "%s borrow of '%s' occurs here ('%s')", kind, ln->name, ln->by->name);
  else
    diag_label(bx->k->res, d, ln->made, "%s borrow of '%s' occurs here", kind, ln->name);
  if (h >= 0) {
    Span later = next_use(bx, at, root_of(bx->hvar[h]));
    if (later.line)
      diag_label(bx->k->res, d, later, "borrow later used here, by '%s'", bx->hvar[h]->name);
  }
}

static const char *holder_name(Bx *bx, int h, int l) {
  if (h >= 0)
    return bx->hvar[h]->kind == VK_TEMP ? "a call's result" : bx->hvar[h]->name;
  return bx->loans[l].by ? bx->loans[l].by->name : "a borrow";
}

typedef struct Access {
  AccKind kind;
  const Path *place;
  bool mut;              // A_BORROW
  Span at;
  int self;              // a loan this access made (never conflicts with itself), or -1
  bool two_phase;        // A_BORROW of a call's first argument
} Access;

// Does access 'x' touch the place of loan 'l'?
static bool touches(const Access *x, const Loan *l) {
  if (x->kind != A_SHALLOW && x->kind != A_PEEK)
    return place_overlaps(x->place, l->place);
  // re-pointing a borrow: the loan's place is it or a part of it, not behind it
  if (place_prefix(l->place, x->place))
    return true;
  return place_prefix(x->place, l->place) && path_derefs(l->place, l->place->nsteps) == path_derefs(x->place, x->place->nsteps);
}

static void drop_follow_ons(Bx *bx, int h, Span after) {
  if (h < 0)
    return;
  ARR_PUSH(bx->a, bx->drop_holders, bx->ndrop, bx->capdrop, bx->hvar[h]);
  bx->drop_after = arena_realloc(bx->a, bx->drop_after, sizeof(Span) * (size_t)(bx->ndrop - 1),
                                 sizeof(Span) * (size_t)bx->ndrop);
  bx->drop_after[bx->ndrop - 1] = after;
}

// Reports access 'x' if it conflicts with loan 'l'; true if it did.
static bool conflict(Bx *bx, const At *at, const Access *x, int l) {
  const Loan *ln = &bx->loans[l];
  if (!touches(x, ln))
    return false;
  const char *pn = place_name(bx, x->place);
  int h = holder_of(bx, at, l);
  const char *by = holder_name(bx, h, l);
  Diag *d = NULL;
  switch (x->kind) {
  case A_READ:
  case A_PEEK:
    if (!ln->mut)
      return false;
    d = sink_add(bx->k, OWN006, x->at, ln->name, "cannot use '%s' while it is mutably borrowed by '%s'", pn, by);
    if (d)
      d->label = "use of mutably borrowed place";
    break;
  case A_WRITE:
  case A_SHALLOW:
    if (place_prefix(x->place, ln->place) || !ln->mut) {
      d = sink_add(bx->k, OWN005, x->at, ln->name, "cannot assign to '%s' while it is borrowed by '%s'", pn, by);
      if (d)
        d->label = "assignment to borrowed place occurs here";
    } else {
      d = sink_add(bx->k, OWN006, x->at, ln->name, "cannot use '%s' while it is mutably borrowed by '%s'", pn, by);
      if (d)
        d->label = "write to mutably borrowed place";
    }
    break;
  case A_BORROW:
    if (!x->mut && !ln->mut)
      return false;
    d = sink_add(bx->k, OWN004, x->at, ln->name,
                 "cannot borrow '%s' as %s because it is also borrowed as %s (by '%s')", pn,
                 x->mut ? "mutable" : "immutable", ln->mut ? "mutable" : "immutable", by);
    if (d)
      d->label = arena_printf(bx->k->res->arena, "%s borrow occurs here", x->mut ? "mutable" : "immutable");
    break;
  case A_MOVE:
  case A_RELEASE:
    d = sink_add(bx->k, OWN005, x->at, ln->name, "cannot %s '%s' while it is borrowed by '%s'",
                 x->kind == A_MOVE ? "move" : "release or move", pn, by);
    if (d) {
      d->label = x->kind == A_MOVE ? "move out of borrowed place occurs here" : "released while borrowed";
      drop_follow_ons(bx, h, x->at);
    }
    break;
  }
  if (d) {
    loan_labels(bx, d, at, l, h);
    diag_help(bx->k->res, d, "finish using '%s' before this point, or borrow '%s' later", by, ln->name);
  }
  return true;
}

static void check_access(Bx *bx, const At *at, const Access *x) {
  if (!x->place)
    return;
  for (int w = 0; w < bx->W; w++)
    for (uint64_t m = at->loans[w]; m; m &= m - 1) {
      int l = w * 64 + __builtin_ctzll(m);
      if (conflict(bx, at, x, l))
        return;  // one finding per access
    }
}

// ---- OWN009, OWN011: through a borrow ----

// Is the pointer at 'p' a shared borrow: declared BORROWED, or a plain variable that
// holds a shared loan ('alias = c' with c BORROWED)? With 'any', a mutable one too.
static bool via_borrow(Bx *bx, const At *at, const Path *p, int n, bool any) {
  const Var *v = var_at(p, n);
  if (!v && n > 0 && p->steps[n - 1].kind == STEP_INDEX)
    v = var_at(p, n - 1);  // an element of an array of borrows is one
  if (v && ann_borrow(v))
    return any || ann_shared(v);
  if (is_owner_place(v))
    return false;
  if (!v || n > 0 || v->id < 0 || bx->hix[v->id] < 0)
    return false;
  const uint64_t *rw = row(bx, at->S, bx->hix[v->id]);
  for (int l = 0; l < bx->nheld; l++)
    if (bit(rw, l) && (bx->loans[l].active || bx->loans[l].param) && (any || !bx->loans[l].mut))
      return true;
  return false;
}

// Is what the first 'n' steps of 'p' reach behind a shared borrow: the length of the
// path of the BORROWED pointer it is behind, or -1. Below a BORROWED pointer
// everything is shared (an OWNED or MUT_BORROW field too, as in Rust), but for what
// an unannotated pointer field points to: C's const is shallow, and such a pointer is
// a raw one ('*s->pointer += 1' with s BORROWED and 'int *pointer').
static int shared_deref(Bx *bx, const At *at, const Path *p, int n) {
  int shared = -1;
  for (int i = 0; i < n; i++) {
    if (p->steps[i].kind != STEP_DEREF)
      continue;
    const Var *v = var_at(p, i);
    if (!v && i > 0 && p->steps[i - 1].kind == STEP_INDEX)
      v = var_at(p, i - 1);
    if (via_borrow(bx, at, p, i, false))
      shared = i;
    else if (v && v->kind == VK_FIELD && !ann_borrow(v) && !is_owner_place(v))
      shared = -1;  // a raw pointer
  }
  return shared;
}

static const char *prefix_name(Bx *bx, const Path *p, int n) {
  Path q = *p;
  q.nsteps = n;
  return path_name(bx->a, &q);
}

// OWN011: a write to 'p' (at 'sp'), or with 'callee' a MUT_BORROW of it for a call.
static void write_through(Bx *bx, const At *at, const Path *p, Span sp, const char *callee) {
  int i = shared_deref(bx, at, p, p->nsteps);
  if (i < 0)
    return;
  const char *b = prefix_name(bx, p, i);
  const Var *bv = var_at(p, i);
  Diag *d = callee ? sink_add(bx->k, OWN011, sp, b, "'%s' is BORROWED (shared), but it is passed as MUT_BORROW", b)
                   : sink_add(bx->k, OWN011, sp, b, "cannot write through '%s': it is a BORROWED (shared) pointer", b);
  if (!d)
    return;
  d->label = callee ? arena_printf(bx->k->res->arena, "'%s' may write through it", callee) : "written through here";
  if (bv && ann_shared(bv))
    diag_label(bx->k->res, d, bv->decl, "'%s' is declared BORROWED here", bv->name);
  diag_help(bx->k->res, d, "declare '%s' MUT_BORROW if this function must modify what it points to", b);
}

// OWN009: the value read from 'p' is released or moved out ('free(s->buf)' with s
// BORROWED, 'free(alias)' with alias a copy of a borrow).
static void out_of_borrow(Bx *bx, const At *at, const Path *p, Span sp, bool move) {
  const Var *whole = var_at(p, p->nsteps);
  if (whole && ann_borrow(whole))
    return;  // ownership.c reports a borrow released itself
  int i = shared_deref(bx, at, p, p->nsteps);
  if (i >= 0 && whole && whole->kind == VK_FIELD && !is_owner_place(whole))
    i = -1;  // what a raw pointer field points to is not the borrowed struct's
  if (i < 0 && !(p->nsteps == 0 && via_borrow(bx, at, p, 0, true)))
    return;
  const char *pn = path_name(bx->a, p);
  Diag *d = sink_add(bx->k, OWN009, sp, pn,
                     move ? "cannot move out of '%s': it is only borrowed" : "cannot release '%s': it is only borrowed", pn);
  if (!d)
    return;
  d->label = move ? "moved here through a borrow" : "released here through a borrow";
  const Var *bv = var_at(p, i >= 0 ? i : 0);
  if (bv && ann_borrow(bv))
    diag_label(bx->k->res, d, bv->decl, "'%s' is declared %s here", bv->name,
               ann_mut(bv) ? "MUT_BORROW" : "BORROWED");
  diag_help(bx->k->res, d, "leave the release to the owner, or take an owned copy");
}

// ---- OWN007, OWN008 ----

// Is loan 'l' of storage that dies with the function (a local, a parameter's own
// storage), and whose?
static const Var *dies_with_frame(const Loan *l) {
  const Var *r = l->place->root;
  if (l->param || path_derefs(l->place, l->place->nsteps) > 0)
    return NULL;
  if ((r->kind == VK_LOCAL && !r->is_static) || r->kind == VK_PARAM)
    return r;
  return NULL;
}

static void returns_local(Bx *bx, const At *at, const Op *op, const uint64_t *carried) {
  for (int l = 0; l < bx->nheld; l++) {
    const Var *x = bit(carried, l) ? dies_with_frame(&bx->loans[l]) : NULL;
    if (!x)
      continue;
    const Path *sp = op->src_path;
    if (sp && sp->addr && sp->nsteps == 0 && x->kind == VK_LOCAL)
      return;  // 'return &x': ownership.c reports it
    Diag *d = sink_add(bx->k, OWN007, op->span, x->name, "returning a borrow of %s '%s'",
                       x->kind == VK_PARAM ? "parameter" : "local variable", x->name);
    if (d) {
      d->label = "returns a borrow that dangles once the function returns";
      diag_label(bx->k->res, d, bx->loans[l].made, "'%s' is borrowed here", bx->loans[l].name);
      diag_label(bx->k->res, d, x->decl, "'%s' is declared here and dies at the end of the function", x->name);
    }
    (void)at;
    return;
  }
}

// Does a store to 'p' outlive this call: a global or static, or memory a parameter
// points to ('*out', 'r->vals[i]')?
static bool outlives_call(const Path *p) {
  const Var *r = p->root;
  if (r->kind == VK_GLOBAL || r->is_static)
    return true;
  return r->kind == VK_PARAM && path_derefs(p, p->nsteps) > 0;
}

// Does loan 'l' lend storage the caller's borrow or this frame owns, and which
// variable names it?
static const Var *escapes(const Loan *l, const Path *dst) {
  const Var *r = l->place->root;
  if (l->param && l->derived)
    return dst->root->kind == VK_GLOBAL || dst->root->is_static ? r : NULL;  // 'g = item->name'
  if (l->param)
    return r;
  if (r->kind == VK_PARAM && ann_borrow(r) && path_derefs(l->place, l->place->nsteps) > 0)
    return r;
  return dies_with_frame(l);
}

static void store_escape(Bx *bx, const Op *op, const uint64_t *carried) {
  const Path *dst = op->path;
  if (!dst || !outlives_call(dst))
    return;
  for (int l = 0; l < bx->nheld; l++) {
    const Var *x = bit(carried, l) ? escapes(&bx->loans[l], dst) : NULL;
    if (!x || (!bx->loans[l].active && !bx->loans[l].param && !(x->kind == VK_PARAM && ann_borrow(x))))
      continue;  // '&local' stored by unannotated code: not a borrow
    const char *dn = op->dst ? op->dst->name : path_name(bx->a, dst);
    Diag *d;
    if (x->kind == VK_PARAM && ann_borrow(x)) {
      d = sink_add(bx->k, OWN008, op->span, x->name, "borrowed '%s' escapes: it is stored where it outlives the call",
                   x->name);
      if (d) {
        d->label = op->dst ? arena_printf(bx->k->res->arena, "stored into '%s' here", dn) : "stored through a pointer here";
        diag_label(bx->k->res, d, x->decl, "'%s' is only borrowed for the duration of the call", x->name);
        diag_help(bx->k->res, d, "store an owned copy instead, or declare '%s' OWNED to take it over", x->name);
      }
    } else {
      d = sink_add(bx->k, OWN008, op->span, x->name, "a borrow of local '%s' escapes: it is stored where it outlives '%s'",
                   x->name, x->name);
      if (d) {
        d->label = arena_printf(bx->k->res->arena, "stored into '%s' here", dn);
        diag_label(bx->k->res, d, bx->loans[l].made, "'%s' is borrowed here", bx->loans[l].name);
        diag_label(bx->k->res, d, x->decl, "'%s' dies when the function returns", x->name);
        diag_help(bx->k->res, d, "store a copy of the value, or keep the borrow local");
      }
    }
    return;
  }
}

// A scope ends: a loan of one of its locals that a live holder still holds dangles.
static void scope_end(Bx *bx, const At *at, const Op *op) {
  for (int i = 0; i < op->nvars; i++) {
    const Var *x = op->vars[i];
    if (x->kind == VK_TEMP || x->is_static)
      continue;
    for (int l = 0; l < bx->nheld; l++) {
      if (!bit(at->loans, l) || bx->loans[l].place->root != x || path_derefs(bx->loans[l].place, bx->loans[l].place->nsteps) > 0)
        continue;
      int h = holder_of(bx, at, l);
      if (h < 0)
        continue;
      const Var *hr = root_of(bx->hvar[h]);
      bool dies_too = false;
      for (int k = 0; k < op->nvars; k++)
        dies_too |= op->vars[k] == hr;
      if (dies_too)
        continue;
      Diag *d = sink_add(bx->k, OWN007, op->span, x->name, "'%s' does not live long enough", x->name);
      if (d) {
        d->label = arena_printf(bx->k->res->arena, "'%s' dropped here while still borrowed", x->name);
        loan_labels(bx, d, at, l, h);
        diag_help(bx->k->res, d, "declare '%s' in an outer scope, or finish using '%s' inside this one", x->name,
                  bx->hvar[h]->name);
      }
      break;
    }
  }
}

// ---- the accesses of one op ----

static void check_assign(Bx *bx, At *at, const Op *op, uint64_t *tmp) {
  const Path *src = value_place(bx, &op->src, op->src_path, op->span);
  bool moves = src && !src->addr && is_owner_place(op->dst) && (op->src.kind == V_VAR || op->src.kind == V_LOAD);
  if (src && src->addr) {
    int l = loan_made(bx, at->ord, -1);
    if (l >= 0 && bx->loans[l].active) {
      Access x = {A_BORROW, src, bx->loans[l].mut, op->span, l, false};
      check_access(bx, at, &x);
    }
  } else if (src && moves) {
    Access x = {A_MOVE, src, false, op->span, -1, false};
    check_access(bx, at, &x);
    out_of_borrow(bx, at, src, op->span, true);
  } else if (src) {
    int l = loan_made(bx, at->ord, -1);
    Access x = {l >= 0 ? A_BORROW : A_READ, l >= 0 ? bx->loans[l].place : src, l >= 0 && bx->loans[l].mut, op->span,
                l, false};
    check_access(bx, at, &x);
  }
  if (op->dst && op->path && path_derefs(op->path, op->path->nsteps) == 0) {
    bool shallow = ann_borrow(op->dst) && op->path->nsteps == 0;
    Access x = {shallow ? A_SHALLOW : A_WRITE, op->path, false, op->span, -1, false};
    check_access(bx, at, &x);
  } else if (op->path && !op->into_aggregate) {
    Access x = {A_WRITE, op->path, false, op->path->span, -1, false};
    check_access(bx, at, &x);
    write_through(bx, at, op->path, op->path->span, NULL);
  }
  if (op->path && !op->into_aggregate) {
    flowing(bx, at->S, op, at->ord, tmp);
    // only the loans that count
    uint64_t *cnt = tmp + bx->W;
    memset(cnt, 0, sizeof(uint64_t) * (size_t)bx->W);
    for (int l = 0; l < bx->nheld; l++)
      if (bit(tmp, l) && (bx->loans[l].active || bx->loans[l].param || bx->loans[l].ord == at->ord))
        set_bit(cnt, l);
    if (op->src.kind == V_VAR && op->src.var->id >= 0 && bx->hix[op->src.var->id] >= 0
        && ann_borrow(op->src.var))
      row_or(bx, cnt, row(bx, at->S, bx->hix[op->src.var->id]));
    store_escape(bx, op, cnt);
  }
}

static void check_call(Bx *bx, At *at, const Op *op) {
  const Model *m = effects_model(bx->cfg, op->sig);
  Access *xs = arena_alloc(bx->a, sizeof(Access) * (size_t)(op->nargs + 1));
  for (int i = 0; i < op->nargs; i++) {
    Span sp = op->arg_spans ? op->arg_spans[i] : op->span;
    const Path *vp = op->arg_paths ? op->arg_paths[i] : NULL;
    const Path *pl = value_place(bx, &op->args[i], vp, sp);
    unsigned pb = param_bits(op, i);
    const char *family;
    Role r = effects_arg(bx->cfg, op, m, i, &family);
    Access x = {A_READ, pl, false, sp, -1, false};
    if ((pb & (ANN_BORROWED | ANN_MUT_BORROW)) && !(pb & ANN_OWNED)) {
      int l = loan_made(bx, at->ord, i);
      x = (Access){A_BORROW, l >= 0 ? bx->loans[l].place : NULL, (pb & ANN_MUT_BORROW) != 0, sp, l, i == 0};
      if ((pb & ANN_MUT_BORROW) && x.place)
        write_through(bx, at, x.place, sp, op->sig->name);
    } else if (pl && !pl->addr && (r == R_MOVE || r == R_RELEASE)) {
      x.kind = r == R_MOVE ? A_MOVE : A_RELEASE;
      out_of_borrow(bx, at, pl, sp, r == R_MOVE);
    }
    xs[i] = x;
    check_access(bx, at, &x);
  }
  // the arguments of one call against each other: all live during the call
  for (int i = 0; i < op->nargs; i++) {
    if (xs[i].kind != A_BORROW || xs[i].self < 0)
      continue;
    for (int j = i + 1; j < op->nargs; j++) {
      Access x = xs[j];
      if (!x.place || x.kind == A_READ)
        continue;
      const Loan *li = &bx->loans[xs[i].self];
      bool hit = touches(&x, li) && (x.kind != A_BORROW || x.mut || li->mut);
      if (!hit)
        continue;
      Diag *d;
      if (x.kind == A_BORROW)
        d = sink_add(bx->k, OWN004, x.at, li->name, "'%s' is passed twice to '%s' while one of the borrows is MUT_BORROW",
                     li->name, op->sig ? op->sig->name : "the function");
      else
        d = sink_add(bx->k, OWN005, x.at, li->name, "cannot move '%s' into '%s' while it is also borrowed by the call",
                     li->name, op->sig ? op->sig->name : "the function");
      if (d) {
        d->label = x.kind == A_BORROW ? "second borrow here" : "moved here";
        diag_label(bx->k->res, d, li->made, "first borrow here");
        diag_help(bx->k->res, d, "a MUT_BORROW parameter must be the only access to '%s' during the call", li->name);
      }
    }
  }
}

// The arguments still being evaluated: a call's earlier argument lent to a borrowed
// parameter stays lent while its later arguments are evaluated ('add(&a,
// rewrite(&a))'); the first one only reserved (two-phase: it may be read).
typedef struct Pending {
  int loan;
  int from, to;   // op indices in the block
  bool reserved;
} Pending;

static void pending_of_block(Bx *bx, const Block *b, Pending **out, int *n) {
  int cap = 0;
  *out = NULL;
  *n = 0;
  for (int j = 0; j < b->nops; j++) {
    const Op *op = &b->ops[j];
    if (op->kind != OP_CALL || !op->args_at)
      continue;
    for (int i = 0; i + 1 < op->nargs; i++) {
      int l = loan_made(bx, bx->base[b->id] + j, i);
      if (l < 0 || op->args_at[i + 1] < 0 || op->args_at[i + 1] >= j)
        continue;
      Pending p = {l, op->args_at[i + 1], j, i == 0};
      ARR_PUSH(bx->a, *out, *n, cap, p);
    }
  }
}

static void check_pending(Bx *bx, const At *at, const Op *op, const Pending *pd, int npd) {
  if (op->kind != OP_CALL)
    return;
  for (int p = 0; p < npd; p++) {
    if (at->j < pd[p].from || at->j >= pd[p].to)
      continue;
    const Loan *ln = &bx->loans[pd[p].loan];
    for (int i = 0; i < op->nargs; i++) {
      unsigned pb = param_bits(op, i);
      if (!(pb & (ANN_BORROWED | ANN_MUT_BORROW)))
        continue;
      int l = loan_made(bx, at->ord, i);
      if (l < 0)
        continue;
      bool mut = (pb & ANN_MUT_BORROW) != 0;
      Access x = {A_BORROW, bx->loans[l].place, mut, op->arg_spans ? op->arg_spans[i] : op->span, l, false};
      if (!touches(&x, ln) || !(mut || ln->mut) || (pd[p].reserved && !mut))
        continue;
      Diag *d = sink_add(bx->k, OWN004, x.at, ln->name,
                         "cannot borrow '%s' as %s because it is also borrowed as %s (by an argument of the same call)",
                         place_name(bx, x.place), mut ? "mutable" : "immutable", ln->mut ? "mutable" : "immutable");
      if (d) {
        d->label = arena_printf(bx->k->res->arena, "%s borrow occurs here", mut ? "mutable" : "immutable");
        diag_label(bx->k->res, d, ln->made, "%s borrow of '%s' for the enclosing call occurs here",
                   ln->mut ? "mutable" : "immutable", ln->name);
        diag_help(bx->k->res, d, "compute this argument into a variable before the call");
      }
    }
  }
}

static void check_op(Bx *bx, At *at, const Op *op, uint64_t *tmp) {
  switch (op->kind) {
  case OP_USE:
  case OP_DEREF: {
    if (op->in_address && op->var->ty.kind == TY_ARRAY)
      break;  // '&a[i]' reads nothing
    Access x = {A_READ, op->path ? op->path : path_of_var(bx->a, op->var, op->span), false, op->span, -1, false};
    if (op->in_address)
      x = (Access){A_PEEK, path_of_var(bx->a, op->var, op->span), false, op->span, -1, false};
    check_access(bx, at, &x);
    break;
  }
  case OP_WRITE:
    if (op->path) {
      Access x = {A_WRITE, op->path, false, op->span, -1, false};
      check_access(bx, at, &x);
      write_through(bx, at, op->path, op->span, NULL);
    }
    break;
  case OP_ASSIGN:
    check_assign(bx, at, op, tmp);
    break;
  case OP_CALL:
    check_call(bx, at, op);
    break;
  case OP_RETURN: {
    const Path *src = value_place(bx, &op->src, op->src_path, op->span);
    if (src && !src->addr) {
      Access x = {A_READ, src, false, op->span, -1, false};
      check_access(bx, at, &x);
      const Ann *ra = &bx->g->func->sig->ret;
      if ((ra->bits & ANN_OWNED) || ra->owned_by)
        out_of_borrow(bx, at, src, op->span, true);
    }
    memset(tmp, 0, sizeof(uint64_t) * (size_t)bx->W);
    TyKind rt = bx->g->func->sig->ret_ty.kind;
    if (rt != TY_POINTER && rt != TY_RECORD && rt != TY_OTHER)
      break;  // a number carries no borrow
    if (op->src.kind == V_VAR)
      holds_of_var(bx, at->S, op->src.var, tmp);
    if (op->src_path)
      holds_on_path(bx, at->S, op->src_path, tmp);
    uint64_t *cnt = tmp + bx->W;
    memset(cnt, 0, sizeof(uint64_t) * (size_t)bx->W);
    for (int l = 0; l < bx->nheld; l++)
      if (bit(tmp, l) && bx->loans[l].active)
        set_bit(cnt, l);
    if (op->src.kind == V_VAR && op->src.var->id >= 0 && bx->hix[op->src.var->id] >= 0 && ann_borrow(op->src.var))
      row_or(bx, cnt, row(bx, at->S, bx->hix[op->src.var->id]));
    if (op->src_path && op->src_path->addr) {  // 'return &p.y', 'return &buf[i]'
      const Var *r = op->src_path->root;
      if (path_derefs(op->src_path, op->src_path->nsteps) == 0 && ((r->kind == VK_LOCAL && !r->is_static) || r->kind == VK_PARAM)
          && !(op->src_path->nsteps == 0 && r->kind == VK_LOCAL)) {
        Diag *d = sink_add(bx->k, OWN007, op->span, r->name, "returning a borrow of %s '%s'",
                           r->kind == VK_PARAM ? "parameter" : "local variable", r->name);
        if (d) {
          d->label = "returns a pointer that dangles once the function returns";
          diag_label(bx->k->res, d, r->decl, "'%s' is declared here and dies at the end of the function", r->name);
        }
        break;
      }
    }
    returns_local(bx, at, op, cnt);
    break;
  }
  case OP_KILL:
    scope_end(bx, at, op);
    break;
  default: break;
  }
}

static void check_block(Bx *bx, const Block *b, uint64_t *tmp) {
  void *S = arena_alloc(bx->a, holds_size(bx));
  memcpy(S, bx->holds_in[b->id], holds_size(bx));
  // roots live after each op, from the end of the block backwards
  size_t wr = (size_t)bx->WR + 1;
  uint64_t *lives = arena_alloc(bx->a, sizeof(uint64_t) * wr * (size_t)(b->nops + 1));
  memcpy(&lives[wr * (size_t)b->nops], bx->live_out[b->id], sizeof(uint64_t) * wr);
  cond_use(bx, b, &lives[wr * (size_t)b->nops]);
  for (int j = b->nops - 1; j >= 0; j--) {
    memcpy(&lives[wr * (size_t)j], &lives[wr * (size_t)(j + 1)], sizeof(uint64_t) * wr);
    live_before(bx, &b->ops[j], &lives[wr * (size_t)j]);
  }
  Pending *pd;
  int npd;
  pending_of_block(bx, b, &pd, &npd);
  At at = {b, 0, 0, S, NULL, arena_alloc(bx->a, sizeof(uint64_t) * wr), arena_alloc(bx->a, sizeof(uint64_t) * (size_t)bx->W)};
  for (int j = 0; j < b->nops; j++) {
    const Op *op = &b->ops[j];
    at.j = j;
    at.ord = bx->base[b->id] + j;
    at.live = &lives[wr * (size_t)(j + 1)];
    memset(at.used, 0, sizeof(uint64_t) * wr);
    each_use(bx, op, (RootFn)mark_used, at.used);
    live_loans(bx, &at, op);
    check_op(bx, &at, op, tmp);
    check_pending(bx, &at, op, pd, npd);
    step(bx, S, op, at.ord, tmp);
  }
  if (b->s2 && b->cond.var && b->cond.var->kind != VK_TEMP) {  // the branch reads its condition
    at.j = b->nops;
    at.live = &lives[wr * (size_t)b->nops];
    memset(at.used, 0, sizeof(uint64_t) * wr);
    mark_used(bx, root_of(b->cond.var), at.used);
    live_loans(bx, &at, NULL);
    Access x = {A_READ, path_of_var(bx->a, b->cond.var, b->term), false, b->term, -1, false};
    check_access(bx, &at, &x);
  }
}

// Drops the OWN001 that follows an OWN005 about the same borrow: the use of 'r' after
// 'free(v)' while 'r' borrowed 'v' is the borrow's "later used here", not news.
static void drop_follow_on(Bx *bx) {
  for (int i = 0; i < sink_count(bx->k); i++) {
    Diag *d = sink_nth(bx->k, i);
    if (!d || d->rule != OWN001 || !d->place)
      continue;
    for (int k = 0; k < bx->ndrop; k++)
      if (!strcmp(d->place, bx->drop_holders[k]->name) && span_cmp(&bx->drop_after[k], &d->span) < 0) {
        sink_drop(bx->k, d);
        break;
      }
  }
}

// Could the function have any finding of this pass: does it declare or call something
// annotated as a borrow, or return an address?
static bool relevant(const Bx *bx) {
  const Func *f = bx->g->func;
  for (int i = 0; i < f->nvars; i++)
    if (ann_borrow(f->vars[i]))
      return true;
  for (int k = 0; k < bx->nops; k++) {
    const Op *op = bx->ops[k];
    if (op->kind == OP_CALL && op->sig) {
      if (op->sig->ret.bits & (ANN_BORROWED | ANN_MUT_BORROW))
        return true;
      for (int i = 0; i < op->sig->nparams; i++)
        if (op->sig->params[i].bits & (ANN_BORROWED | ANN_MUT_BORROW))
          return true;
    }
    if (op->kind == OP_RETURN && op->src_path && op->src_path->addr)
      return true;
  }
  return false;
}

static void number_ops(Bx *bx) {
  const Cfg *g = bx->g;
  bx->base = arena_alloc(bx->a, sizeof(int) * (size_t)(g->nblocks + 1));
  for (int i = 0; i < g->nblocks; i++) {
    bx->base[i] = bx->nops;
    bx->nops += g->blocks[i]->nops;
  }
  bx->ops = arena_alloc(bx->a, sizeof(Op *) * (size_t)(bx->nops + 1));
  for (int i = 0, k = 0; i < g->nblocks; i++)
    for (int j = 0; j < g->blocks[i]->nops; j++)
      bx->ops[k++] = &g->blocks[i]->ops[j];
}

void borrow_check(Sink *k, Arena *scratch, const Cfg *g) {
  if (g->skip || g->func->unchecked)
    return;
  Bx bx = {0};
  bx.k = k;
  bx.a = scratch;
  bx.g = g;
  bx.cfg = k->cfg;
  number_ops(&bx);
  if (!relevant(&bx))
    return;
  bx.first_loan = arena_alloc(scratch, sizeof(int) * (size_t)(bx.nops + 2));
  bx.arg_loan = arena_alloc(scratch, sizeof(int *) * (size_t)(bx.nops + 1));
  for (int o = 0; o < bx.nops; o++) {  // the loans places may hold: the states' bits
    bx.first_loan[o] = bx.nloans;
    bx.cur_ord = o;
    loans_of_op(&bx, bx.ops[o], true);
  }
  bx.first_loan[bx.nops] = bx.first_loan[bx.nops + 1] = bx.nheld = bx.nloans;
  for (int o = 0; o < bx.nops; o++) {  // the loans of a call's arguments, for the call
    bx.cur_ord = o;
    loans_of_op(&bx, bx.ops[o], false);
  }
  bx.W = (bx.nheld + 63) / 64 + 1;
  bx.active = arena_alloc(scratch, sizeof(uint64_t) * (size_t)bx.W);
  bx.param_mask = arena_alloc(scratch, sizeof(uint64_t) * (size_t)bx.W);
  bx.through = arena_alloc(scratch, sizeof(uint64_t *) * (size_t)(g->nvars + 1));
  for (int l = 0; l < bx.nheld; l++) {
    const Path *p = bx.loans[l].place;
    int id = p->root->id;
    if (bx.loans[l].param || id < 0 || path_derefs(p, p->nsteps) == 0)
      continue;
    if (!bx.through[id])
      bx.through[id] = arena_alloc(scratch, sizeof(uint64_t) * (size_t)bx.W);
    set_bit(bx.through[id], l);
  }
  for (int l = 0; l < bx.nheld; l++) {
    if (bx.loans[l].active)
      set_bit(bx.active, l);
    if (bx.loans[l].param)
      set_bit(bx.param_mask, l);
  }
  int nv = g->nvars + 1;
  bx.hix = arena_alloc(scratch, sizeof(int) * (size_t)nv);
  for (int i = 0; i < nv; i++)
    bx.hix[i] = -1;
  bx.desc = arena_alloc(scratch, sizeof(int *) * (size_t)nv);
  bx.ndesc = arena_alloc(scratch, sizeof(int) * (size_t)nv);
  bx.capdesc = arena_alloc(scratch, sizeof(int) * (size_t)nv);
  bx.parts = arena_alloc(scratch, sizeof(int *) * (size_t)nv);
  bx.nparts = arena_alloc(scratch, sizeof(int) * (size_t)nv);
  bx.capparts = arena_alloc(scratch, sizeof(int) * (size_t)nv);
  fill_holders(&bx);
  if (!solve(&bx))
    return;
  uint64_t *tmp = arena_alloc(scratch, sizeof(uint64_t) * (size_t)bx.W * 2);
  for (int r = 0; r < g->nrpo; r++)
    check_block(&bx, g->rpo[r], tmp);
  if (bx.ndrop)
    drop_follow_on(&bx);
}
