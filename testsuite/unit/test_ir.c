// test_ir.c: the analysis after the front end, on IR built by hand (no libclang).
//
// This program links the analyzer without libclang (the ownck_ir library), so it
// proves that everything after parse.c stands on its own. It builds small functions
// as Node trees with the ir.c constructors, then proves:
//  - the CFG-to-dataflow path: cfg_build and the checks find a double free, a leak on
//    one path and a use after free, and nothing in the correct twin;
//  - a Func can be checked twice across a scratch reset with the same findings (the
//    temporaries belong to the Cfg, not to the Func);
//  - the precedence of effects.c: annotation > model > default;
//  - the lattice laws: the join of valuations is commutative, associative and
//    idempotent; the join of states is idempotent and an upper bound, and a plain
//    (commutative, associative) union while nothing has to merge; the transfer is
//    monotone;
//  - the solver widens a state that keeps changing, and settles; the widening join
//    is an upper bound that adds no valuation.
#define _POSIX_C_SOURCE 200809L

#include <check.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "analyzer.h"

static Arena *A;            // the IR of each test
static const Config *cfg;   // built-in models and rules
static int line;            // each new node gets the next line

static void setup(void) {
  A = arena_new();
  line = 1;
}

static void teardown(void) {
  arena_free(A);
}

// ---- building IR by hand ----

static Span at(int l) { return (Span){0, l, 1, l, 2}; }

static Ty ty(TyKind k) { return (Ty){k, false, false}; }

// A callee's signature: 'name' with 'n' parameters of types 'pt', result 'rt'.
static FnSig *sig(const char *name, TyKind rt, int n, const TyKind *pt, bool system) {
  FnSig *s = arena_alloc(A, sizeof *s);
  s->name = name;
  s->ret_ty = ty(rt);
  s->nparams = n;
  s->params = arena_alloc(A, sizeof(Ann) * (size_t)(n + 1));
  s->param_ty = arena_alloc(A, sizeof(Ty) * (size_t)(n + 1));
  s->param_names = arena_alloc(A, sizeof(char *) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) {
    s->param_ty[i] = ty(pt[i]);
    s->param_names[i] = arena_printf(A, "a%d", i);
  }
  s->system = system;
  return s;
}

static FnSig *sig_malloc(void) { return sig("malloc", TY_POINTER, 1, (TyKind[]){TY_INT}, true); }
static FnSig *sig_free(void) { return sig("free", TY_VOID, 1, (TyKind[]){TY_POINTER}, true); }
// use(const char *): reads its argument, keeps nothing
static FnSig *sig_use(void) {
  FnSig *s = sig("use", TY_VOID, 1, (TyKind[]){TY_POINTER}, false);
  s->param_ty[0].pointee_const = true;
  return s;
}

static Node *node(NodeKind k) {
  Node *n = arena_alloc(A, sizeof *n);
  n->kind = k;
  n->span = at(line++);
  return n;
}

static Node *var(Var *v) {
  Node *n = node(N_VAR);
  n->var = v;
  n->span.line--;  // an operand: on the line of what uses it
  line--;
  return n;
}

static Node *num(long long v) {
  Node *n = node(N_NUM);
  n->num = v;
  line--;
  n->span.line--;
  return n;
}

// A call statement 'fn(arg)' or expression, on a line of its own.
static Node *call(FnSig *fn, Node *arg) {
  Node *n = node(N_CALL);
  n->sig = fn;
  n->kids = arena_alloc(A, sizeof(Node *));
  n->kids[0] = arg;
  n->nkids = 1;
  arg->span = n->span;
  return n;
}

static Node *stmt(Node *e) {
  Node *n = arena_alloc(A, sizeof *n);
  n->kind = N_EXPR_STMT;
  n->span = e->span;
  n->lhs = e;
  return n;
}

static Node *decl(Var *v, Node *init) {
  Node *n = arena_alloc(A, sizeof *n);
  n->kind = N_DECL;
  n->var = v;
  n->rhs = init;
  n->span = init ? init->span : at(line++);
  v->decl = n->span;
  return n;
}

static Node *if_(Node *cond, Node *then) {
  Node *n = arena_alloc(A, sizeof *n);
  n->kind = N_IF;
  n->cond = cond;
  n->then = then;
  n->span = cond->span;
  return n;
}

// A block of 'n' statements declaring the locals 'scope[0..nscope)'.
static Node *block(Var **scope, int nscope, Node **kids, int n) {
  Node *b = node(N_BLOCK);
  b->kids = kids;
  b->nkids = n;
  b->scope = arena_alloc(A, sizeof *b->scope * (size_t)(nscope + 1));  // NULL-terminated
  for (int i = 0; i < nscope; i++)
    b->scope[i] = scope[i];
  b->span.end_line = line;
  return b;
}

static Func *func(const char *name) {
  Func *f = arena_alloc(A, sizeof *f);
  f->name = name;
  f->span = at(line++);
  f->sig = sig(name, TY_VOID, 0, NULL, false);
  return f;
}

static Var *param(Func *f, const char *name, TyKind k) {
  Var *v = func_new_var(A, f, VK_PARAM, name);
  v->ty = ty(k);
  v->decl = f->span;
  f->params = arena_realloc(A, f->params, sizeof(Var *) * (size_t)f->nparams, sizeof(Var *) * (size_t)(f->nparams + 1));
  f->params[f->nparams++] = v;
  return v;
}

static Var *local(Func *f, const char *name, TyKind k) {
  Var *v = func_new_var(A, f, VK_LOCAL, name);
  v->ty = ty(k);
  return v;
}

static void finish(Func *f, Node *body) {
  f->body = body;
  f->end = at(line++);
}

// ---- the functions under test ----

// void f(int c) { char *p = malloc(1); if (c) free(p); free(p); }: a double free on
// the path where c != 0, and (when 'leak') no second free: a leak where c == 0.
static Func *free_if(bool leak) {
  Func *f = func("free_if");
  Var *c = param(f, "c", TY_INT);
  Var *p = local(f, "p", TY_POINTER);
  Var **scope = arena_alloc(A, sizeof(Var *));
  scope[0] = p;
  Node **kids = arena_alloc(A, sizeof(Node *) * 3);
  kids[0] = decl(p, call(sig_malloc(), num(1)));
  kids[1] = if_(var(c), stmt(call(sig_free(), var(p))));
  kids[1]->span = kids[1]->then->span;
  kids[2] = leak ? stmt(call(sig_use(), var(p))) : stmt(call(sig_free(), var(p)));
  finish(f, block(scope, 1, kids, 3));
  return f;
}

// The findings of checking 'f' as ownck does, as "RULE:line" words.
static char *check(Func *f, Arena *scratch) {
  Results *r = results_new();
  Sink k = sink_new(r, cfg, f->name, f->span.line, scratch);
  func_check(&k, scratch, f, NULL);
  diag_sort(r, NULL);
  char *out = arena_alloc(A, 256);
  for (int i = 0; i < r->ndiags; i++) {
    const Diag *d = r->diags[i];
    size_t n = strlen(out);
    snprintf(out + n, 256 - n, "%sOWN%03d:%d", n ? " " : "", (int)d->rule, d->span.line);
  }
  results_free(r);
  return out;
}

START_TEST(test_cfg_to_dataflow) {
  Arena *scratch = arena_new();
  // f: line 1; c, p declared; malloc at 2; if/free at 3; the second free at 4.
  ck_assert_str_eq(check(free_if(false), scratch), "OWN002:4");
  arena_reset(scratch);
  line = 1;
  // The use after the conditional free is OWN001; where c == 0 the block leaks at the
  // end of the body (the block's last line, 6).
  ck_assert_str_eq(check(free_if(true), scratch), "OWN001:4 OWN003:6");
  arena_free(scratch);
}
END_TEST

// The same Func, checked twice with the scratch arena reset in between, gives the
// same findings: nothing of one run stays in the Func.
START_TEST(test_check_twice) {
  Arena *scratch = arena_new();
  Func *f = free_if(true);
  int nvars = f->nvars;
  char *first = check(f, scratch);
  arena_reset(scratch);
  char *again = check(f, scratch);
  ck_assert_str_eq(first, again);
  ck_assert_int_eq(f->nvars, nvars);  // the CFG's temporaries are not in the Func
  arena_free(scratch);
}
END_TEST

// ---- effects ----

static Role role(FnSig *s, int i, const char **family) {
  Op op = {0};
  op.kind = OP_CALL;
  op.sig = s;
  Value args[2] = {{.kind = V_VAR}, {.kind = V_VAR}};
  op.args = args;
  op.nargs = s->nparams;
  return effects_arg(cfg, &op, effects_model(cfg, s), i, family);
}

START_TEST(test_effects_precedence) {
  const char *family;
  // model: free releases, family "free"
  ck_assert_int_eq(role(sig_free(), 0, &family), R_RELEASE);
  ck_assert_str_eq(family, "free");
  // an annotation on the declaration beats the model: a BORROWED free() only reads
  FnSig *annotated = sig_free();
  annotated->params[0].bits = ANN_BORROWED;
  ck_assert_ptr_null(effects_model(cfg, annotated));
  ck_assert_int_eq(role(annotated, 0, &family), R_READ);
  // OWNED_BY(free) on an unknown function: a move whose family the model of free names
  FnSig *take = sig("take", TY_VOID, 1, (TyKind[]){TY_POINTER}, false);
  take->params[0].bits = ANN_OWNED;
  take->params[0].owned_by = "free";
  ck_assert_int_eq(role(take, 0, &family), R_MOVE);
  ck_assert_str_eq(family, "free");
  // defaults: an unknown non-const pointer escapes, a const one is read, and a system
  // header's unknown function only reads
  FnSig *keeper = sig_use();
  keeper->param_ty[0].pointee_const = false;
  ck_assert_int_eq(role(keeper, 0, &family), R_ESCAPE);
  ck_assert_int_eq(role(sig_use(), 0, &family), R_READ);
  FnSig *libc = sig("strlen_like", TY_INT, 1, (TyKind[]){TY_POINTER}, true);
  ck_assert_int_eq(role(libc, 0, &family), R_READ);
  // results: malloc's is a new owner that may be NULL; an unknown pointer result is
  // someone else's; an annotated OWNED one is ours
  Op op = {0};
  op.kind = OP_CALL;
  op.sig = sig_malloc();
  ResultEffect re = effects_result(cfg, &op, effects_model(cfg, op.sig));
  ck_assert_int_eq(re.kind, RES_OWNED);
  ck_assert_int_eq(re.fail, FAIL_NULL);
  op.sig = sig("lookup", TY_POINTER, 0, NULL, false);
  ck_assert_int_eq(effects_result(cfg, &op, NULL).kind, RES_UNKNOWN);
  op.sig->ret.bits = ANN_OWNED;
  ck_assert_int_eq(effects_result(cfg, &op, NULL).kind, RES_OWNED);
}
END_TEST

// ---- lattice laws ----

// void flags(int a, int b) { char *p = malloc(1); char *q = malloc(2);
//   if (a) free(p); if (b) free(q); if (a) use(p); free(q); }
// Two flags, two objects: the states along the way have several valuations.
static Func *two_flags(void) {
  Func *f = func("flags");
  Var *a = param(f, "a", TY_INT), *b = param(f, "b", TY_INT);
  Var *p = local(f, "p", TY_POINTER), *q = local(f, "q", TY_POINTER);
  Var **scope = arena_alloc(A, sizeof(Var *) * 2);
  scope[0] = p;
  scope[1] = q;
  Node **kids = arena_alloc(A, sizeof(Node *) * 6);
  kids[0] = decl(p, call(sig_malloc(), num(1)));
  kids[1] = decl(q, call(sig_malloc(), num(2)));
  kids[2] = if_(var(a), stmt(call(sig_free(), var(p))));
  kids[3] = if_(var(b), stmt(call(sig_free(), var(q))));
  kids[4] = if_(var(a), stmt(call(sig_use(), var(p))));
  kids[5] = stmt(call(sig_free(), var(q)));
  finish(f, block(scope, 2, kids, 6));
  return f;
}

// A copy of state 's' with arrays of its own.
static void *copy(Arena *scratch, const Lattice *L, const void *s) {
  void *c = arena_alloc(scratch, L->size);
  lat_copy_state(L, c, s);
  return c;
}

typedef struct Pool {
  void **s;
  int n;
} Pool;

// Every state the solver reaches in 'g', and what each block's transfer makes of it.
static Pool reachable(Arena *scratch, const Cfg *g, const Domain *d, Own *own) {
  Limits lim = {100000, 0, 0};
  Solution sol = dataflow_run(scratch, g, d, own, lim);
  ck_assert(sol.complete);
  Pool p = {arena_alloc(scratch, sizeof(void *) * (size_t)(3 * g->nrpo + 1)), 0};
  for (int i = 0; i < g->nrpo; i++) {
    const Block *b = g->rpo[i];
    p.s[p.n++] = sol.state[b->id];
    void *o1 = arena_alloc(scratch, d->size), *o2 = arena_alloc(scratch, d->size);
    lat_refresh(own_lattice(own), sol.state[b->id]);
    d->transfer(own, b, sol.state[b->id], o1, b->s2 ? o2 : NULL);
    p.s[p.n++] = copy(scratch, own_lattice(own), o1);  // what they hold lives until the next transfer
    if (b->s2)
      p.s[p.n++] = copy(scratch, own_lattice(own), o2);
  }
  return p;
}

// two_flags(), analysed: its CFG, its lattice and domain, and every state the solver
// reaches (the lattice tests' material).
typedef struct Fixture {
  Cfg *g;
  Own *own;
  const Lattice *L;
  Domain d;
  Pool p;
} Fixture;

static Fixture two_flags_states(Arena *scratch) {
  Fixture x = {0};
  x.g = cfg_build(scratch, two_flags());
  x.own = own_prepare(scratch, x.g, cfg);
  x.L = own_lattice(x.own);
  x.d = own_domain(x.own);
  x.p = reachable(scratch, x.g, &x.d, x.own);
  return x;
}

// Do 'x' and 'y' hold the same valuations (in any slot order)?
static bool same(const Lattice *L, const void *x, const void *y) {
  return lat_leq(L, x, y) && lat_leq(L, y, x);
}

static int nreached(const Lattice *L, const void *x) {
  int n = 0;
  for (int i = 0; i < L->nslots; i++)
    n += ((const Val *)x)[i].reached;
  return n;
}

static Val val_copy(const Lattice *L, const Val *v) {
  Val c = {0};
  lat_copy_val(L, &c, v);
  return c;
}

START_TEST(test_lattice_laws) {
  Arena *scratch = arena_new();
  Fixture fx = two_flags_states(scratch);
  const Lattice *L = fx.L;
  Pool p = fx.p;
  ck_assert_int_eq(L->nflags, 2);
  ck_assert_int_ge(L->nobjs, 2);
  int unions = 0;
  for (int i = 0; i < p.n; i++) {
    const Val *x = p.s[i];
    // idempotent, and an upper bound of itself
    void *xx = copy(scratch, L, x);
    ck_assert(!lat_join(L, xx, x));
    ck_assert(same(L, xx, x));
    for (int j = 0; j < p.n; j++) {
      const Val *y = p.s[j];
      void *xy = copy(scratch, L, x), *yx = copy(scratch, L, y);
      lat_join(L, xy, y);
      lat_join(L, yx, x);
      // an upper bound of both, whatever the order
      ck_assert(lat_leq(L, x, xy) && lat_leq(L, y, xy));
      ck_assert(lat_leq(L, x, yx) && lat_leq(L, y, yx));
      int sum = nreached(L, x) + nreached(L, y);
      bool plain = sum <= L->nslots && nreached(L, xy) == sum && nreached(L, yx) == sum;
      if (plain) {  // a plain union: commutative
        unions++;
        ck_assert(same(L, xy, yx));
      }
      // per valuation: the join of two is commutative, idempotent and associative
      for (int si = 0; si < L->nslots; si++)
        for (int sj = 0; sj < L->nslots; sj++) {
          const Val *a = &x[si], *b = &y[sj];
          if (!a->reached || !b->reached)
            continue;
          Val ab = val_copy(L, a), ba = val_copy(L, b);
          lat_join_val(L, &ab, b);
          lat_join_val(L, &ba, a);
          ck_assert(lat_same_state(&ab, &ba));
          Val abab = val_copy(L, &ab);
          ck_assert(!lat_join_val(L, &abab, &ab) && !lat_join_val(L, &abab, a) && !lat_join_val(L, &abab, b));
          for (int k = 0; k < p.n; k++) {
            const Val *c = &((const Val *)p.s[k])[0];
            if (!c->reached)
              continue;
            Val ab_c = val_copy(L, &ab), bc = val_copy(L, b);
            lat_join_val(L, &ab_c, c);
            lat_join_val(L, &bc, c);
            Val a_bc = val_copy(L, a);
            lat_join_val(L, &a_bc, &bc);
            ck_assert(lat_same_state(&ab_c, &a_bc));
          }
        }
    }
  }
  ck_assert_int_gt(unions, 0);
  arena_free(scratch);
}
END_TEST

// x below y gives transfer(x) below transfer(y), on both edges of every block.
START_TEST(test_transfer_monotone) {
  Arena *scratch = arena_new();
  Fixture fx = two_flags_states(scratch);
  const Lattice *L = fx.L;
  const Cfg *g = fx.g;
  Own *own = fx.own;
  Domain d = fx.d;
  Pool p = fx.p;
  int checked = 0;
  for (int bi = 0; bi < g->nrpo; bi++) {
    const Block *b = g->rpo[bi];
    for (int i = 0; i < p.n; i++)
      for (int j = 0; j < p.n; j++) {
        void *x = p.s[i], *y = copy(scratch, L, x);
        lat_join(L, y, p.s[j]);  // x below y
        void *x1 = arena_alloc(scratch, d.size), *x2 = arena_alloc(scratch, d.size);
        void *y1 = arena_alloc(scratch, d.size), *y2 = arena_alloc(scratch, d.size);
        lat_refresh(L, x);
        lat_refresh(L, y);
        d.transfer(own, b, x, x1, b->s2 ? x2 : NULL);
        x1 = copy(scratch, L, x1);  // the next transfer takes back what they hold
        x2 = b->s2 ? copy(scratch, L, x2) : x2;
        d.transfer(own, b, y, y1, b->s2 ? y2 : NULL);
        ck_assert(lat_leq(L, x1, y1));
        ck_assert(!b->s2 || lat_leq(L, x2, y2));
        checked++;
      }
  }
  ck_assert_int_gt(checked, 100);
  arena_free(scratch);
}
END_TEST

// void loop(int a, int b, int c) { char *p = malloc(1); char *q = malloc(2);
//   while (c) { if (a) free(p); if (b) free(q); if (a) p = malloc(1); c = c; } free(q); }
// Flags and objects around a loop: its head's valuations change several times.
static Func *looping_flags(void) {
  Func *f = func("loop");
  Var *a = param(f, "a", TY_INT), *b = param(f, "b", TY_INT), *c = param(f, "c", TY_INT);
  Var *p = local(f, "p", TY_POINTER), *q = local(f, "q", TY_POINTER);
  Var **scope = arena_alloc(A, sizeof(Var *) * 2);
  scope[0] = p;
  scope[1] = q;
  Node *again = node(N_ASSIGN);
  again->lhs = var(p);
  again->rhs = call(sig_malloc(), num(1));
  Node *cc = node(N_ASSIGN);
  cc->lhs = var(c);
  cc->rhs = var(c);
  Node **body = arena_alloc(A, sizeof(Node *) * 4);
  body[0] = if_(var(a), stmt(call(sig_free(), var(p))));
  body[1] = if_(var(b), stmt(call(sig_free(), var(q))));
  body[2] = if_(var(a), stmt(again));
  body[3] = stmt(cc);
  Node *w = node(N_WHILE);
  w->cond = var(c);
  w->body = block(NULL, 0, body, 4);
  Node **kids = arena_alloc(A, sizeof(Node *) * 4);
  kids[0] = decl(p, call(sig_malloc(), num(1)));
  kids[1] = decl(q, call(sig_malloc(), num(2)));
  kids[2] = w;
  kids[3] = stmt(call(sig_free(), var(q)));
  finish(f, block(scope, 2, kids, 4));
  return f;
}

// The ownership transfer with every valuation fresh: what the solver did before it
// transferred only the valuations that changed.
static void transfer_all(void *ctx, const Block *b, void *in, void *out1, void *out2) {
  lat_refresh(own_lattice(ctx), in);
  own_domain(ctx).transfer(ctx, b, in, out1, out2);
}

// A block's transfer of only its changed valuations reaches the fixpoint that
// transferring them all reaches, and in no more block transfers.
START_TEST(test_fresh_transfers) {
  Func *(*fns[])(void) = {two_flags, looping_flags};
  for (size_t k = 0; k < sizeof fns / sizeof *fns; k++) {
    Arena *scratch = arena_new();
    Cfg *g = cfg_build(scratch, fns[k]());
    Own *own = own_prepare(scratch, g, cfg);
    const Lattice *L = own_lattice(own);
    Domain fresh = own_domain(own), all = fresh;
    all.transfer = transfer_all;
    Limits lim = {100000, 0, 0};
    Solution s1 = dataflow_run(scratch, g, &fresh, own, lim), s2 = dataflow_run(scratch, g, &all, own, lim);
    ck_assert(s1.complete && s2.complete);
    ck_assert_int_le(s1.steps, s2.steps);
    int slots = 0;
    for (int i = 0; i < g->nrpo; i++) {
      const void *x = s1.state[g->rpo[i]->id], *y = s2.state[g->rpo[i]->id];
      ck_assert(same(L, x, y));
      slots += nreached(L, x);
    }
    ck_assert_int_gt(slots, g->nrpo);  // some states have more than one valuation
    arena_free(scratch);
  }
}
END_TEST

// ---- the solver's widening ----

// A toy domain on a loop: the state is a count of blocks passed, which grows each time
// round, so it never settles by joins alone; its widening jumps to "many" (LONG_MAX).
static long widened;  // joins that went through the widening

static void count_none(void *ctx, void *st) { (void)ctx, *(long *)st = -1; }
static void count_zero(void *ctx, void *st) { (void)ctx, *(long *)st = 0; }
static bool count_join(void *ctx, void *dst, const void *src) {
  (void)ctx;
  long *d = dst, s = *(const long *)src;
  if (s <= *d)
    return false;
  *d = s;
  return true;
}
static bool count_widen(void *ctx, void *dst, const void *src) {
  (void)ctx;
  widened++;
  long *d = dst;
  if (*(const long *)src <= *d)
    return false;
  *d = LONG_MAX;
  return true;
}
static void count_transfer(void *ctx, const Block *b, void *in, void *out1, void *out2) {
  (void)ctx, (void)b;
  long n = *(const long *)in == LONG_MAX ? LONG_MAX : *(const long *)in + 1;
  *(long *)out1 = n;
  if (out2)
    *(long *)out2 = n;
}

// void spin(int c) { while (c) c = c; }
static Func *spin(void) {
  Func *f = func("spin");
  Var *c = param(f, "c", TY_INT);
  Node *w = node(N_WHILE);
  w->cond = var(c);
  Node *as = node(N_ASSIGN);
  as->lhs = var(c);
  as->rhs = var(c);
  w->body = stmt(as);
  Node **kids = arena_alloc(A, sizeof(Node *));
  kids[0] = w;
  finish(f, block(NULL, 0, kids, 1));
  return f;
}

// A state that keeps changing is widened after a bounded number of changes, and the
// solver settles; without a widening it runs until its budget is spent.
START_TEST(test_widening_settles) {
  Arena *scratch = arena_new();
  Cfg *g = cfg_build(scratch, spin());
  Domain d = {sizeof(long), false, count_zero, count_none, count_join, count_transfer, NULL, count_widen};
  Limits lim = {100000, 0, 0};
  widened = 0;
  Solution s = dataflow_run(scratch, g, &d, NULL, lim);
  ck_assert(s.complete);
  ck_assert_int_lt(s.steps, 1000);
  ck_assert_int_gt(widened, 0);
  bool many = false;  // the loop's head reached "many"
  for (int i = 0; i < g->nrpo; i++)
    many |= *(long *)s.state[g->rpo[i]->id] == LONG_MAX;
  ck_assert(many);
  d.widen = NULL;
  s = dataflow_run(scratch, g, &d, NULL, lim);
  ck_assert(!s.complete);
  ck_assert_int_eq(s.steps, lim.steps);
  arena_free(scratch);
}
END_TEST

// The widening join of states is an upper bound of both, and puts nothing in a slot of
// its own when the state has a valuation already.
START_TEST(test_widening_join) {
  Arena *scratch = arena_new();
  Fixture fx = two_flags_states(scratch);
  const Lattice *L = fx.L;
  Pool p = fx.p;
  int checked = 0;
  for (int i = 0; i < p.n; i++)
    for (int j = 0; j < p.n; j++) {
      const void *x = p.s[i], *y = p.s[j];
      void *xy = copy(scratch, L, x);
      lat_join_wide(L, xy, y);
      ck_assert(lat_leq(L, x, xy) && lat_leq(L, y, xy));
      if (nreached(L, x) > 0)
        ck_assert_int_le(nreached(L, xy), nreached(L, x));
      checked++;
    }
  ck_assert_int_gt(checked, 0);
  arena_free(scratch);
}
END_TEST

// A node is allocated without the fields its kind does not use (ir_node_size): each
// field a kind uses must lie inside what is allocated for it.
#define END(f) (offsetof(Node, f) + sizeof(((Node *)0)->f))
START_TEST(test_node_sizes) {
  static const struct {
    NodeKind k;
    size_t end;
  } uses[] = {
      {N_VAR, END(var)},       {N_NUM, END(num)},           {N_NULL, END(num)},      {N_OTHER_LIT, END(name)},
      {N_GOTO, END(name)},     {N_BLOCK, END(scope)},       {N_ASM, END(kids)},      {N_UNKNOWN, END(kids)},
      {N_INIT_LIST, END(dsts)}, {N_EXPR_STMT, END(lhs)},    {N_RETURN, END(lhs)},    {N_ADDR, END(lhs)},
      {N_DEREF, END(lhs)},     {N_MEMBER, END(lhs)},        {N_MEMBER, END(name)},   {N_CALL, END(lhs)},
      {N_CALL, END(sig)},      {N_INCDEC, END(lhs)},        {N_NOT, END(lhs)},       {N_UNARY, END(lhs)},
      {N_DECL, END(rhs)},      {N_INDEX, END(rhs)},         {N_ASSIGN, END(rhs)},    {N_OPASSIGN, END(rhs)},
      {N_LOGAND, END(rhs)},    {N_LOGOR, END(rhs)},         {N_EQ, END(rhs)},        {N_GE, END(rhs)},
      {N_BINARY, END(rhs)},    {N_COMMA, END(rhs)},         {N_IF, END(els)},        {N_COND, END(els)},
      {N_WHILE, END(body)},    {N_DO, END(body)},           {N_FOR, END(body)},      {N_FOR, END(scope)},
      {N_SWITCH, END(body)},   {N_CASE, END(body)},         {N_DEFAULT, END(body)},  {N_LABEL, END(body)},
      {N_STMT_EXPR, END(body)},
  };
  for (size_t i = 0; i < sizeof uses / sizeof uses[0]; i++) {
    ck_assert_uint_ge(ir_node_size(uses[i].k), uses[i].end);
    ck_assert_uint_le(ir_node_size(uses[i].k), sizeof(Node));
  }
  ck_assert_uint_eq(ir_node_size(N_VAR), 40);  // sqlite3.c has 106k of them
}
END_TEST
#undef END

static Suite *ir_suite(void) {
  Suite *s = suite_create("ir");
  TCase *tc = tcase_create("core");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, test_node_sizes);
  tcase_add_test(tc, test_cfg_to_dataflow);
  tcase_add_test(tc, test_check_twice);
  tcase_add_test(tc, test_effects_precedence);
  tcase_add_test(tc, test_lattice_laws);
  tcase_add_test(tc, test_transfer_monotone);
  tcase_add_test(tc, test_fresh_transfers);
  tcase_add_test(tc, test_widening_settles);
  tcase_add_test(tc, test_widening_join);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  Arena *ca = arena_new();
  Options opt = config_default_options();
  cfg = config_new(ca, &opt, NULL, 0, NULL);
  if (!cfg)
    return EXIT_FAILURE;
  SRunner *sr = srunner_create(ir_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  arena_free(ca);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
