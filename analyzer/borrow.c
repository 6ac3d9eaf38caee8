// borrow.c: borrow conflicts (OWN004, OWN005, OWN006) with non-lexical lifetimes.
//
// Takes one function's Cfg. A borrow is an annotated BORROWED or MUT_BORROW local
// 'b' whose every assignment lends the same place 'x' ('b = x' or 'b = &x'). As in
// Rust's NLL, the borrow is live wherever 'b' is live: from where it is made to its
// last use, found by a backward liveness pass over the borrows. Then, at each op:
//
//   op                                  while a borrow 'b' of 'x' is live after it
//   another borrow of 'x' is made       OWN004 if either borrow is MUT_BORROW
//   'x' is released, moved or assigned  OWN005
//   'x' is used                         OWN006 if 'b' is MUT_BORROW
//   f(&x, &x) / f(x, x)                 OWN004 if a parameter is MUT_BORROW (one call)
//
// Only code that declares borrows gets these findings; unannotated code never does.
#include <string.h>

#include "analyzer.h"

typedef struct Loan {
  Var *b;          // the borrowing local
  Var *x;          // what it borrows
  bool mut;        // MUT_BORROW
  Span made;       // where it is made (its first assignment)
} Loan;

typedef struct Bx {
  Sink *k;
  Arena *a;
  const Cfg *g;
  Loan *loans;
  int nloans, caploans;
  int words;              // uint64 words per liveness set (one bit per loan)
  uint64_t **live_out;    // per block id
} Bx;

static bool is_borrow_local(const Var *v) {
  return v->kind == VK_LOCAL && (v->ann.bits & (ANN_BORROWED | ANN_MUT_BORROW)) && !(v->ann.bits & ANN_OWNED)
         && !v->ann.owned_by;
}

static const Var *root(const Var *v) {
  while (v->kind == VK_FIELD)
    v = v->parent;
  return v;
}

static int loan_of(const Bx *bx, const Var *b) {
  for (int i = 0; i < bx->nloans; i++)
    if (bx->loans[i].b == b)
      return i;
  return -1;
}

// The place a borrow returned by a call lends: the argument of the parameter named
// by BORROWED_FROM, or (Rust's elision rule) of the only borrowed parameter.
static Var *lent_by_call(const Bx *bx, const Var *tmp) {
  for (int k = 0; k < bx->g->nblocks; k++)
    for (int j = 0; j < bx->g->blocks[k]->nops; j++) {
      const Op *op = &bx->g->blocks[k]->ops[j];
      if (op->kind != OP_CALL || op->dst != tmp || !op->sig)
        continue;
      const FnSig *sig = op->sig;
      int from = -1, nborrowed = 0;
      for (int i = 0; i < sig->nparams; i++) {
        if (sig->ret.borrowed_from && sig->param_names[i] && !strcmp(sig->param_names[i], sig->ret.borrowed_from))
          from = i;
        if (sig->params[i].bits & (ANN_BORROWED | ANN_MUT_BORROW))
          nborrowed++;
      }
      for (int i = 0; from < 0 && nborrowed == 1 && i < sig->nparams; i++)
        if (sig->params[i].bits & (ANN_BORROWED | ANN_MUT_BORROW))
          from = i;
      if (from < 0 || from >= op->nargs)
        return NULL;
      const Value *a = &op->args[from];
      return (a->kind == V_VAR || a->kind == V_ADDR) ? a->var : NULL;
    }
  return NULL;
}

// The loans: borrow locals all of whose assignments lend one and the same place.
static void fill_loans(Bx *bx) {
  const Cfg *f = bx->g;
  for (int i = 0; i < f->nvars; i++) {
    Var *b = f->vars[i];
    if (!is_borrow_local(b))
      continue;
    Var *x = NULL;
    Span made = {0};
    bool one = true;
    for (int k = 0; k < bx->g->nblocks && one; k++)
      for (int j = 0; j < bx->g->blocks[k]->nops && one; j++) {
        const Op *op = &bx->g->blocks[k]->ops[j];
        if (op->kind != OP_ASSIGN || op->dst != b)
          continue;
        Var *from = (op->src.kind == V_VAR || op->src.kind == V_ADDR) ? op->src.var : NULL;
        if (from && from->kind == VK_TEMP)
          from = lent_by_call(bx, from);  // b = slot(v, 0): a borrow of v
        if (!from || from->kind == VK_TEMP || is_borrow_local(from) || (x && x != from))
          one = false;
        else if (!x) {
          x = from;
          made = op->span;
        }
      }
    if (one && x) {
      Loan l = {b, x, (b->ann.bits & ANN_MUT_BORROW) != 0, made};
      ARR_PUSH(bx->a, bx->loans, bx->nloans, bx->caploans, l);
    }
  }
}

// ---- liveness of the borrowing locals ----

static bool uses(const Op *op, const Var *v) {
  switch (op->kind) {
  case OP_USE:
  case OP_DEREF:
  case OP_WRITE: return root(op->var) == v;
  case OP_ASSIGN:
  case OP_RETURN: return op->src.kind == V_VAR && root(op->src.var) == v;
  case OP_CALL:
    for (int i = 0; i < op->nargs; i++)
      if (op->args[i].kind == V_VAR && root(op->args[i].var) == v)
        return true;
    return false;
  default: return false;
  }
}

static bool defines(const Op *op, const Var *v) {
  if ((op->kind == OP_ASSIGN || op->kind == OP_DECL) && op->dst == v)
    return true;
  for (int i = 0; op->kind == OP_KILL && i < op->nvars; i++)
    if (op->vars[i] == v)
      return true;
  return false;
}

// live := live before 'op', given 'live' after it.
static void step_back(const Bx *bx, const Op *op, uint64_t *live) {
  for (int i = 0; i < bx->nloans; i++) {
    const Var *b = bx->loans[i].b;
    if (defines(op, b))
      live[i / 64] &= ~((uint64_t)1 << (i % 64));
    if (uses(op, b))
      live[i / 64] |= (uint64_t)1 << (i % 64);
  }
}

// ---- the liveness Domain (backward, on dataflow.c): a bit per loan ----

static void live_none(void *ctx, void *st) {
  const Bx *bx = ctx;
  memset(st, 0, sizeof(uint64_t) * (size_t)bx->words);
}

static bool live_join(void *ctx, void *dst, const void *src) {
  const Bx *bx = ctx;
  uint64_t *d = dst;
  const uint64_t *s = src;
  bool changed = false;
  for (int w = 0; w < bx->words; w++) {
    changed |= (d[w] | s[w]) != d[w];
    d[w] |= s[w];
  }
  return changed;
}

static void live_back(void *ctx, const Block *b, const void *out, void *in) {
  const Bx *bx = ctx;
  memcpy(in, out, sizeof(uint64_t) * (size_t)bx->words);
  for (int j = b->nops - 1; j >= 0; j--)
    step_back(bx, &b->ops[j], in);
}

// The loans live at the end of each block; false if the budget ran out.
static bool fill_liveness(Bx *bx) {
  Domain d = {sizeof(uint64_t) * (size_t)bx->words, true, live_none, live_none, live_join, NULL, live_back};
  Solution sol = dataflow_run(bx->a, bx->g, &d, bx, own_limits(bx->k->cfg, bx->g));
  bx->live_out = (uint64_t **)sol.state;
  if (sol.complete)
    return true;
  const Func *f = bx->g->func;
  Diag *n = diag_tool(bx->k->res, LVL_NOTE, f->span, "function '%s' was not checked: %s", f->name,
                      sol.out_of_time ? "its analysis ran out of time (raise --time-limit)"
                                      : "its analysis ran out of steps (raise --budget)");
  n->func = bx->k->func;
  n->func_line = bx->k->func_line;
  n->skipped = true;
  return false;
}

// ---- checks ----

// A finding about place 'x' at 'at' with message 'msg', once per place and line
// ('n = v->len' is one access).
static Diag *finding(Bx *bx, Rule r, Span at, const char *x, const char *msg) {
  return sink_add(bx->k, r, at, x, "%s", msg);
}

static void borrow_labels(Bx *bx, Diag *d, const Loan *l) {
  diag_label(bx->k->res, d, l->made, "%s borrow of '%s' occurs here ('%s')", l->mut ? "mutable" : "immutable",
             l->x->name, l->b->name);
  diag_help(bx->k->res, d, "finish using '%s' before this point, or borrow '%s' later", l->b->name, l->x->name);
}

// Does 'op' release or move 'x' (free(x), take(OWNED x))?
static bool releases(const Bx *bx, const Op *op, const Var *x) {
  if (op->kind != OP_CALL || !op->sig)
    return false;
  const Config *cfg = bx->k->cfg;
  const Model *m = effects_model(cfg, op->sig);
  for (int i = 0; i < op->nargs; i++) {
    if (op->args[i].kind != V_VAR || op->args[i].var != x)
      continue;
    const char *family;
    Role r = effects_arg(cfg, op, m, i, &family);
    if (r == R_RELEASE || r == R_MOVE)
      return true;
  }
  return false;
}

static void check_op(Bx *bx, const Op *op, const uint64_t *live_after) {
  for (int i = 0; i < bx->nloans; i++) {
    if (!((live_after[i / 64] >> (i % 64)) & 1))
      continue;
    const Loan *l = &bx->loans[i];
    const Var *x = l->x;
    bool makes_other = op->kind == OP_ASSIGN && op->dst != l->b && loan_of(bx, op->dst) >= 0
                       && bx->loans[loan_of(bx, op->dst)].x == x;
    Diag *d = NULL;
    if (makes_other) {
      const Loan *l2 = &bx->loans[loan_of(bx, op->dst)];
      if (l->mut || l2->mut)
        d = finding(bx, OWN004, op->span, x->name,
                    arena_printf(bx->a, "cannot borrow '%s' as %s because it is also borrowed as %s (by '%s')",
                                 x->name, l2->mut ? "mutable" : "immutable", l->mut ? "mutable" : "immutable",
                                 l->b->name));
    } else if (releases(bx, op, x)) {
      d = finding(bx, OWN005, op->span, x->name,
                  arena_printf(bx->a, "cannot release or move '%s' while it is borrowed by '%s'", x->name, l->b->name));
    } else if (op->kind == OP_ASSIGN && op->dst == x) {
      d = finding(bx, OWN005, op->span, x->name,
                  arena_printf(bx->a, "cannot assign to '%s' while it is borrowed by '%s'", x->name, l->b->name));
    } else if (l->mut && uses(op, x) && !(op->kind == OP_ASSIGN && op->dst == l->b)) {
      d = finding(bx, OWN006, op->span, x->name,
                  arena_printf(bx->a, "cannot use '%s' while it is mutably borrowed by '%s'", x->name, l->b->name));
    }
    if (d) {
      d->label = "conflicting access here, while the borrow is still used later";
      borrow_labels(bx, d, l);
    }
  }
}

// f(x, x) where one parameter is MUT_BORROW: two overlapping borrows in one call.
static void check_call_aliasing(Bx *bx, const Op *op) {
  const FnSig *sig = op->sig;
  if (op->kind != OP_CALL || !sig)
    return;
  for (int i = 0; i < op->nargs && i < sig->nparams; i++)
    for (int j = i + 1; j < op->nargs && j < sig->nparams; j++) {
      const Value *a = &op->args[i], *b = &op->args[j];
      unsigned ai = sig->params[i].bits, bj = sig->params[j].bits;
      if (a->kind == V_NONE || a->kind != b->kind || (a->kind != V_VAR && a->kind != V_ADDR) || a->var != b->var)
        continue;
      if (!((ai | bj) & ANN_MUT_BORROW) || !((ai & (ANN_BORROWED | ANN_MUT_BORROW)) && (bj & (ANN_BORROWED | ANN_MUT_BORROW))))
        continue;
      Diag *d = finding(bx, OWN004, op->arg_spans ? op->arg_spans[j] : op->span, a->var->name,
                        arena_printf(bx->a, "'%s' is passed twice to '%s' while one of the borrows is MUT_BORROW",
                                     a->var->name, sig->name));
      if (d) {
        d->label = "second borrow here";
        diag_label(bx->k->res, d, op->arg_spans ? op->arg_spans[i] : op->span, "first borrow here");
        diag_help(bx->k->res, d, "a MUT_BORROW parameter must be the only access to '%s' during the call", a->var->name);
      }
    }
}

void borrow_check(Sink *k, Arena *scratch, const Cfg *g) {
  if (g->skip || g->func->unchecked)
    return;
  Bx bx = {0};
  bx.k = k;
  bx.a = scratch;
  bx.g = g;
  for (int r = 0; r < g->nrpo; r++)
    for (int j = 0; j < g->rpo[r]->nops; j++)
      check_call_aliasing(&bx, &g->rpo[r]->ops[j]);
  fill_loans(&bx);
  if (bx.nloans == 0)
    return;
  bx.words = (bx.nloans + 63) / 64;
  if (!fill_liveness(&bx))
    return;
  uint64_t *live = arena_alloc(scratch, sizeof(uint64_t) * (size_t)bx.words);
  for (int r = 0; r < g->nrpo; r++) {
    const Block *b = g->rpo[r];
    memcpy(live, bx.live_out[b->id], sizeof(uint64_t) * (size_t)bx.words);
    for (int j = b->nops - 1; j >= 0; j--) {
      check_op(&bx, &b->ops[j], live);
      step_back(&bx, &b->ops[j], live);
    }
  }
}
