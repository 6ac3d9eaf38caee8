// cfg.c: Node trees -> basic blocks of Ops, one Cfg per function.
//
// Takes the Func that parse.c built and produces blocks with at most two successors
// (QBE style): s1 is the fall-through, jump or true edge, s2 the false edge of a
// branch. Expressions are flattened into Ops in C's evaluation order; call results
// land in temporaries that die at the end of their full expression (C11 6.8p4).
// Every C control-flow form is lowered here:
//   if/while/do/for (C11 6.8.4, 6.8.5), switch/case/default as a chain of tests,
//   break/continue/goto/return (6.8.6) with OP_KILLs for each scope they leave,
//   &&, ||, ?:, ',' and GNU statement expressions as control flow, noreturn calls
//   as path ends, block scopes as OP_DECL ... OP_KILL (6.2.4p6).
// Conditions that test a place against NULL / an invalid handle become C_NONNULL
// branches so the ownership pass can refine on each edge. Computed goto and inline
// asm with operands fail the function closed (Cfg.skip).
#include <string.h>

#include "analyzer.h"

typedef struct Scope {
  Node *node;         // the N_BLOCK / N_FOR init / N_STMT_EXPR body; NULL for params
  Var **vars;
  int nvars;
} Scope;

typedef struct Jump {  // break/continue target and how deep its scope is
  Block *target;
  int depth;
} Jump;

typedef struct LabelT {
  const char *name;
  Block *block;
  Node **chain;       // the scopes enclosing the label, once it has been seen
  int nchain;
  bool seen;
} LabelT;

typedef struct Pending {  // a forward goto waiting for its label's scope chain
  Block *from;
  LabelT *label;
  Node **chain;
  Var ***vars;
  int *nvars;
  int nchain;
} Pending;

typedef struct SwitchCtx {
  Block **cases;      // case blocks in source order
  int ncases, capcases;
  long long *vals;    // their values (case labels that are not constants: none)
  int nvals, capvals;
  Block *deflt;
} SwitchCtx;

typedef struct B {
  Arena *a;
  Func *fn;
  Cfg *g;
  Block *cur;         // NULL after a jump: following code is unreachable
  Scope *scopes;
  int nscopes, capscopes;
  Jump brk, cont;
  SwitchCtx *sw;
  LabelT *labels;
  int nlabels, caplabels;
  Pending *pending;
  int npending, cappending;
  Var **temps;        // temporaries of the current full expression
  int ntemps, captemps;
} B;

// ---- blocks and ops ----

static Block *new_block(B *b, const char *what) {
  Block *bl = arena_alloc(b->a, sizeof *bl);
  bl->id = b->g->nblocks;
  bl->rpo = -1;
  bl->what = what;
  ARR_PUSH(b->a, b->g->blocks, b->g->nblocks, b->g->capblocks, bl);
  return bl;
}

// The block ops go to; code after a jump gets a fresh, unreachable block.
static Block *cur(B *b) {
  if (!b->cur)
    b->cur = new_block(b, "unreachable");
  return b->cur;
}

static Op *emit_in(B *b, Block *bl, OpKind k, Span sp) {
  Op op = {0};
  op.kind = k;
  op.span = sp;
  ARR_PUSH(b->a, bl->ops, bl->nops, bl->capops, op);
  return &bl->ops[bl->nops - 1];
}

static Op *emit(B *b, OpKind k, Span sp) { return emit_in(b, cur(b), k, sp); }

static void jump(B *b, Block *to) {
  if (b->cur && !b->cur->s1 && !b->cur->noreturn_end)
    b->cur->s1 = to;
  b->cur = NULL;
}

// Continues in 'bl', falling through from the current block if it is reachable.
static void enter(B *b, Block *bl) {
  if (b->cur)
    jump(b, bl);
  b->cur = bl;
}

static void branch(B *b, Cond c, Block *t, Block *f, Span sp) {
  Block *bl = cur(b);
  bl->s1 = t;
  bl->s2 = f;
  bl->cond = c;
  bl->term = sp;
  b->cur = NULL;
}

static void kill(B *b, Var **vars, int n, Span sp) {
  if (n == 0 || !b->cur)
    return;
  Op *op = emit(b, OP_KILL, sp);
  op->vars = vars;
  op->nvars = n;
}

static Var *new_temp(B *b, Ty ty) {
  Var *t = cfg_new_temp(b->a, b->g, ty);
  ARR_PUSH(b->a, b->temps, b->ntemps, b->captemps, t);
  return t;
}

static void kill_temps(B *b, Span sp) {
  if (b->ntemps == 0)
    return;
  Var **vs = arena_alloc(b->a, sizeof(Var *) * (size_t)b->ntemps);
  memcpy(vs, b->temps, sizeof(Var *) * (size_t)b->ntemps);
  kill(b, vs, b->ntemps, sp);
  b->ntemps = 0;
}

// ---- scopes ----

static void push_scope(B *b, Node *n, Var **vars, int nvars) {
  Scope s = {n, vars, nvars};
  ARR_PUSH(b->a, b->scopes, b->nscopes, b->capscopes, s);
}

// Calls the cleanup functions of 'vars' (__attribute__((cleanup))), last declared
// first, at the end of block 'bl'.
static void cleanups(B *b, Block *bl, Var **vars, int n, Span sp) {
  for (int j = n - 1; j >= 0; j--) {
    Var *v = vars[j];
    if (!v->cleanup)
      continue;
    Op *op = emit_in(b, bl, OP_CALL, sp);
    op->sig = v->cleanup;
    op->nargs = 1;
    op->args = arena_alloc(b->a, sizeof(Value));
    op->args[0] = (Value){V_ADDR, v, NULL};
    op->arg_spans = arena_alloc(b->a, sizeof(Span));
    op->arg_spans[0] = v->decl;
  }
}

// Kills (with cleanups) the variables of scope 'i', innermost declared first.
static void kill_scope(B *b, int i, Span sp) {
  Scope *s = &b->scopes[i];
  if (s->nvars == 0 || !b->cur)
    return;
  cleanups(b, b->cur, s->vars, s->nvars, sp);
  Var **vs = arena_alloc(b->a, sizeof(Var *) * (size_t)s->nvars);
  for (int j = 0; j < s->nvars; j++)
    vs[j] = s->vars[s->nvars - 1 - j];
  kill(b, vs, s->nvars, sp);
}

// Leaves every scope deeper than 'depth' (a jump out of them).
static void leave_to(B *b, int depth, Span sp) {
  for (int i = b->nscopes - 1; i >= depth; i--)
    kill_scope(b, i, sp);
}

static void pop_scope(B *b, Span sp) {
  kill_scope(b, b->nscopes - 1, sp);
  b->nscopes--;
}

static Span end_of(Span sp) {
  Span e = sp;
  if (sp.end_line) {
    e.line = sp.end_line;
    e.col = sp.end_col > 1 ? sp.end_col - 1 : 1;
  }
  e.end_line = e.line;
  e.end_col = e.col + 1;
  return e;
}

// ---- expressions ----

static Value rvalue(B *b, Node *e);
static void cond(B *b, Node *e, Block *t, Block *f);
static void stmt(B *b, Node *n);

static bool is_tracked_ty(const Var *v) {
  return v->ty.kind == TY_POINTER || v->ty.kind == TY_RECORD || (v->ann.bits & ANN_OWNED) || v->ann.owned_by;
}

static void use(B *b, Value v, Span sp) {
  if (v.kind == V_VAR && is_tracked_ty(v.var)) {
    Op *op = emit(b, OP_USE, sp);
    op->var = v.var;
  }
}

static void deref(B *b, OpKind k, Value v, Span sp) {
  if (v.kind != V_VAR)
    return;
  Op *op = emit(b, k, sp);
  op->var = v.var;
}

static Value call(B *b, Node *e) {
  if (e->lhs)
    use(b, rvalue(b, e->lhs), e->lhs->span);
  Value *args = e->nkids ? arena_alloc(b->a, sizeof(Value) * (size_t)e->nkids) : NULL;
  Span *spans = e->nkids ? arena_alloc(b->a, sizeof(Span) * (size_t)e->nkids) : NULL;
  for (int i = 0; i < e->nkids; i++) {
    args[i] = rvalue(b, e->kids[i]);
    spans[i] = e->kids[i]->span;
  }
  Op *op = emit(b, OP_CALL, e->span);
  op->sig = e->sig;
  op->args = args;
  op->arg_spans = spans;
  op->nargs = e->nkids;
  Value r = {V_OTHER, NULL, NULL};
  if (!e->sig || e->sig->ret_ty.kind != TY_VOID) {
    Ty ty = e->sig ? e->sig->ret_ty : (Ty){TY_OTHER, false, false};
    op->dst = new_temp(b, ty);
    r = (Value){V_VAR, op->dst, NULL};
  }
  if (e->sig && e->sig->noreturn) {
    cur(b)->noreturn_end = true;
    cur(b)->term = e->span;
    b->cur = NULL;
  }
  return r;
}

// The place an lvalue names, emitting the dereferences needed to reach it.
// NULL: an untracked location (array element, field of an untracked object).
static Var *place(B *b, Node *e) {
  switch (e->kind) {
  case N_VAR:
    return e->var;
  case N_MEMBER:
    if (e->lhs && e->arrow)
      deref(b, OP_WRITE, rvalue(b, e->lhs), e->span);
    else if (e->lhs && !e->var)
      place(b, e->lhs);
    return e->var;
  case N_DEREF:
    deref(b, OP_WRITE, rvalue(b, e->lhs), e->span);
    return NULL;
  case N_INDEX: {
    Value base = rvalue(b, e->lhs);
    use(b, rvalue(b, e->rhs), e->rhs->span);
    deref(b, OP_WRITE, base, e->span);
    return NULL;
  }
  default:
    use(b, rvalue(b, e), e->span);
    return NULL;
  }
}

// An integer constant source ('0', '1', 'NULL', '-1'), or K_UNKNOWN.
static Konst konst_of(const Node *e) {
  if (e->kind == N_NULL)
    return K_ZERO;
  if (e->kind == N_NUM)
    return e->num ? K_NONZERO : K_ZERO;
  return K_UNKNOWN;
}

static Op *emit_assign(B *b, Var *dst, Value src, const Node *from, Span sp) {
  Op *op = emit(b, OP_ASSIGN, sp);
  op->dst = dst;  // NULL: stored into an untracked location
  op->src = src;
  op->konst = from ? konst_of(from) : K_UNKNOWN;
  return op;
}

static Value assign(B *b, Node *e) {
  Value r = rvalue(b, e->rhs);
  Var *dst = place(b, e->lhs);
  emit_assign(b, dst, r, e->rhs, e->span);
  return dst ? (Value){V_VAR, dst, NULL} : r;
}

// 'x += n', 'x++': a pointer still points into its object (a use); any other
// place gets a new, unknown value, and so does the expression ('n--' is the old n).
static Value update(B *b, Node *e, Span sp) {
  Var *dst = place(b, e->lhs);
  if (dst && is_tracked_ty(dst)) {
    use(b, (Value){V_VAR, dst, NULL}, sp);
    return (Value){V_VAR, dst, NULL};
  }
  if (dst)
    emit_assign(b, dst, (Value){V_OTHER, NULL, NULL}, NULL, sp);
  return (Value){V_OTHER, NULL, NULL};
}

// 'c ? x : y' as a value: both arms assign one temporary.
static Value ternary(B *b, Node *e) {
  Block *t = new_block(b, "cond.true"), *f = new_block(b, "cond.false"), *join = new_block(b, "cond.end");
  Var *tmp = new_temp(b, (Ty){TY_OTHER, false, false});
  cond(b, e->cond, t, f);
  b->cur = t;
  if (e->then)
    emit_assign(b, tmp, rvalue(b, e->then), e->then, e->then->span);
  jump(b, join);
  b->cur = f;
  emit_assign(b, tmp, rvalue(b, e->els), e->els, e->els->span);
  jump(b, join);
  b->cur = join;
  tmp->ty = (e->then && e->then->var) ? e->then->var->ty : tmp->ty;
  return (Value){V_VAR, tmp, NULL};
}

static Value logical(B *b, Node *e) {
  Block *t = new_block(b, "logic.true"), *f = new_block(b, "logic.false"), *join = new_block(b, "logic.end");
  cond(b, e, t, f);
  b->cur = t;
  jump(b, join);
  b->cur = f;
  jump(b, join);
  b->cur = join;
  return (Value){V_OTHER, NULL, NULL};
}

// ({ ...; x; }): the last expression statement is the value; it is copied into a
// temporary before the block's variables die.
static Value stmt_expr(B *b, Node *e) {
  Node *body = e->body;
  if (!body)
    return (Value){V_OTHER, NULL, NULL};
  push_scope(b, body, body->scope, body->nscope);
  Value v = {V_OTHER, NULL, NULL};
  for (int i = 0; i < body->nkids; i++) {
    Node *s = body->kids[i];
    if (i == body->nkids - 1 && s->kind == N_EXPR_STMT) {
      v = rvalue(b, s->lhs);
      if (v.kind == V_VAR) {
        Var *tmp = new_temp(b, v.var->ty);
        Op *op = emit(b, OP_ASSIGN, s->span);
        op->dst = tmp;
        op->src = v;
        v = (Value){V_VAR, tmp, NULL};
      }
    } else {
      stmt(b, s);
    }
  }
  pop_scope(b, end_of(body->span));
  return v;
}

static Value rvalue(B *b, Node *e) {
  switch (e->kind) {
  case N_VAR:
    return (Value){V_VAR, e->var, NULL};
  case N_NULL:
    return (Value){V_NULL, NULL, NULL};
  case N_NUM:
    return (Value){e->num < 0 ? V_NULL : V_OTHER, NULL, NULL};
  case N_OTHER_LIT:
  case N_SIZEOF:
    return (Value){V_OTHER, NULL, NULL};
  case N_ADDR:
    if (e->lhs->kind == N_VAR || (e->lhs->kind == N_MEMBER && e->lhs->var && !e->lhs->arrow))
      return (Value){V_ADDR, e->lhs->var, NULL};
    if (e->lhs->kind == N_MEMBER && e->lhs->arrow) {
      use(b, rvalue(b, e->lhs->lhs), e->lhs->span);
      return e->lhs->var ? (Value){V_ADDR, e->lhs->var, NULL} : (Value){V_OTHER, NULL, NULL};
    }
    if (e->lhs->kind == N_DEREF)  // &*p is p
      return rvalue(b, e->lhs->lhs);
    use(b, rvalue(b, e->lhs), e->span);
    return (Value){V_OTHER, NULL, NULL};
  case N_DEREF: {
    Value p = rvalue(b, e->lhs);
    deref(b, OP_DEREF, p, e->span);
    return (Value){V_LOAD, NULL, p.kind == V_VAR ? p.var : NULL};
  }
  case N_MEMBER:
    if (!e->lhs)
      return (Value){V_OTHER, NULL, NULL};
    if (e->arrow)
      deref(b, OP_DEREF, rvalue(b, e->lhs), e->span);
    else if (!e->var)
      use(b, rvalue(b, e->lhs), e->span);
    return e->var ? (Value){V_VAR, e->var, NULL} : (Value){e->arrow ? V_LOAD : V_OTHER, NULL, NULL};
  case N_INDEX: {
    Value base = rvalue(b, e->lhs);
    use(b, rvalue(b, e->rhs), e->rhs->span);
    deref(b, OP_DEREF, base, e->span);
    return (Value){V_LOAD, NULL, base.kind == V_VAR ? base.var : NULL};
  }
  case N_CALL:
    return call(b, e);
  case N_ASSIGN:
    return assign(b, e);
  case N_OPASSIGN:
    use(b, rvalue(b, e->rhs), e->rhs->span);
    return update(b, e, e->lhs->span);
  case N_INCDEC:
    return update(b, e, e->lhs->span);
  case N_COND:
    return ternary(b, e);
  case N_LOGAND:
  case N_LOGOR:
  case N_NOT:
  case N_EQ: case N_NE: case N_LT: case N_LE: case N_GT: case N_GE:
    return logical(b, e);
  case N_COMMA:
    rvalue(b, e->lhs);
    return rvalue(b, e->rhs);
  case N_STMT_EXPR:
    return stmt_expr(b, e);
  case N_BINARY: {
    Value l = rvalue(b, e->lhs);
    Value r = rvalue(b, e->rhs);
    use(b, r, e->rhs->span);
    // p + n, p - n: a pointer derived from p, still pointing into p's object
    if (l.kind == V_VAR && l.var->ty.kind == TY_POINTER)
      return l;
    use(b, l, e->lhs->span);
    return (Value){V_OTHER, NULL, NULL};
  }
  case N_UNARY:
    use(b, rvalue(b, e->lhs), e->lhs->span);
    return (Value){V_OTHER, NULL, NULL};
  case N_INIT_LIST:
  case N_UNKNOWN:
  default:
    for (int i = 0; i < e->nkids; i++) {
      Value v = rvalue(b, e->kids[i]);
      if (e->kind == N_INIT_LIST && (v.kind == V_VAR || v.kind == V_ADDR)) {
        Op *op = emit(b, OP_ASSIGN, e->kids[i]->span);  // stored into an aggregate
        op->src = v;
        op->into_aggregate = true;
      } else {
        use(b, v, e->kids[i]->span);
      }
    }
    return (Value){V_OTHER, NULL, NULL};
  }
}

// ---- conditions ----

static void branch_on(B *b, Value v, Block *t, Block *f, Span sp) {
  Cond c = {C_NONE, NULL};
  if (v.kind == V_VAR && v.var->ty.kind == TY_POINTER)
    c = (Cond){C_NONNULL, v.var};
  else if (v.kind == V_VAR && v.var->ty.kind == TY_INT)
    c = (Cond){C_NONZERO, v.var};
  branch(b, c, t, f, sp);
}

// 'x == NULL', 'NULL != x', 'fd < 0', 'fd == -1', 'p == MAP_FAILED', 'ret != 0' ...:
// the Cond it tests, and whether the comparison being true means its s1 edge
// (valid / non-zero). False if the comparison is not such a test.
static bool null_test(B *b, Node *e, Cond *cd, bool *true_is_s1) {
  Node *l = e->lhs, *r = e->rhs;
  NodeKind k = e->kind;
  if (l->kind == N_NULL || l->kind == N_NUM) {  // mirror: 0 > fd is fd < 0
    Node *t = l;
    l = r;
    r = t;
    k = k == N_LT ? N_GT : k == N_GT ? N_LT : k == N_LE ? N_GE : k == N_GE ? N_LE : k;
  }
  if (!(r->kind == N_NULL || r->kind == N_NUM))
    return false;
  long long n = r->kind == N_NULL ? 0 : r->num;
  bool eq = k == N_EQ || k == N_NE;
  Value lv = rvalue(b, l);
  if (lv.kind != V_VAR)
    return false;
  bool is_ptr = lv.var->ty.kind == TY_POINTER;
  if (is_ptr && eq && (n == 0 || n == -1)) {          // p == NULL, p == MAP_FAILED
    *cd = (Cond){C_NONNULL, lv.var};
    *true_is_s1 = k == N_NE;
  } else if (is_ptr || lv.var->ty.kind != TY_INT) {
    return false;
  } else if (eq && n == 0) {                           // ret == 0, ret != 0
    *cd = (Cond){C_NONZERO, lv.var};
    *true_is_s1 = k == N_NE;
  } else if (eq && n == -1) {                          // fd == -1
    *cd = (Cond){C_NONNULL, lv.var};
    *true_is_s1 = k == N_NE;
  } else if (n == 0 && (k == N_LT || k == N_GE)) {     // fd < 0, fd >= 0
    *cd = (Cond){C_NONNULL, lv.var};
    *true_is_s1 = k == N_GE;
  } else if (n == -1 && (k == N_GT || k == N_LE)) {    // fd > -1, fd <= -1
    *cd = (Cond){C_NONNULL, lv.var};
    *true_is_s1 = k == N_GT;
  } else if (n == 2 && (k == N_GT || k == N_LE)) {     // fd > STDERR_FILENO
    *cd = (Cond){C_ABOVE_STD, lv.var};
    *true_is_s1 = k == N_GT;
  } else if (n == 3 && (k == N_GE || k == N_LT)) {     // fd >= 3
    *cd = (Cond){C_ABOVE_STD, lv.var};
    *true_is_s1 = k == N_GE;
  } else {
    return false;
  }
  return true;
}

static void cond(B *b, Node *e, Block *t, Block *f) {
  switch (e->kind) {
  case N_LOGAND: {
    Block *mid = new_block(b, "and.rhs");
    cond(b, e->lhs, mid, f);
    b->cur = mid;
    cond(b, e->rhs, t, f);
    return;
  }
  case N_LOGOR: {
    Block *mid = new_block(b, "or.rhs");
    cond(b, e->lhs, t, mid);
    b->cur = mid;
    cond(b, e->rhs, t, f);
    return;
  }
  case N_NOT:
    cond(b, e->lhs, f, t);
    return;
  case N_COMMA:
    rvalue(b, e->lhs);
    cond(b, e->rhs, t, f);
    return;
  case N_NUM:
    jump(b, e->num ? t : f);
    return;
  case N_NULL:
    jump(b, f);
    return;
  case N_COND: {
    Block *ct = new_block(b, "cond.true"), *cf = new_block(b, "cond.false");
    cond(b, e->cond, ct, cf);
    b->cur = ct;
    if (e->then)
      cond(b, e->then, t, f);
    else
      jump(b, t);  // GNU a ?: b: a was true
    b->cur = cf;
    cond(b, e->els, t, f);
    return;
  }
  case N_EQ: case N_NE: case N_LT: case N_LE: case N_GT: case N_GE: {
    Cond c;
    bool true_is_s1;
    if (null_test(b, e, &c, &true_is_s1)) {
      branch(b, c, true_is_s1 ? t : f, true_is_s1 ? f : t, e->span);
      return;
    }
    use(b, rvalue(b, e->lhs), e->lhs->span);
    use(b, rvalue(b, e->rhs), e->rhs->span);
    branch(b, (Cond){C_NONE, NULL}, t, f, e->span);
    return;
  }
  default:
    branch_on(b, rvalue(b, e), t, f, e->span);
    return;
  }
}

// A full-expression condition: temporaries die on both edges.
static void full_cond(B *b, Node *e, Block *t, Block *f) {
  int before = b->ntemps;
  if (before != 0)
    kill_temps(b, e->span);
  Block *tt = new_block(b, "cond.t"), *ff = new_block(b, "cond.f");
  cond(b, e, tt, ff);
  Var **temps = b->temps;
  int ntemps = b->ntemps;
  b->temps = NULL;
  b->ntemps = b->captemps = 0;
  b->cur = tt;
  kill(b, temps, ntemps, e->span);
  jump(b, t);
  b->cur = ff;
  kill(b, temps, ntemps, e->span);
  jump(b, f);
}

// ---- statements ----

static void full_expr(B *b, Node *e, Span sp) {
  rvalue(b, e);
  kill_temps(b, sp);
}

static void block_stmt(B *b, Node *n) {
  push_scope(b, n, n->scope, n->nscope);
  for (int i = 0; i < n->nkids; i++)
    stmt(b, n->kids[i]);
  pop_scope(b, end_of(n->span));
}

static void decl(B *b, Node *n) {
  Op *op = emit(b, OP_DECL, n->var->decl);
  op->dst = n->var;
  if (!n->rhs)
    return;
  emit_assign(b, n->var, rvalue(b, n->rhs), n->rhs, n->span);
  kill_temps(b, n->span);
}

static void if_stmt(B *b, Node *n) {
  Block *t = new_block(b, "if.then"), *join = new_block(b, "if.end");
  Block *f = n->els ? new_block(b, "if.else") : join;
  full_cond(b, n->cond, t, f);
  b->cur = t;
  stmt(b, n->then);
  jump(b, join);
  if (n->els) {
    b->cur = f;
    stmt(b, n->els);
    jump(b, join);
  }
  b->cur = join;
}

// Lowers a loop body with 'brk'/'cont' as the targets of break/continue.
static void loop_body(B *b, Node *body, Block *brk, Block *cont) {
  Jump ob = b->brk, oc = b->cont;
  b->brk = (Jump){brk, b->nscopes};
  b->cont = (Jump){cont, b->nscopes};
  stmt(b, body);
  b->brk = ob;
  b->cont = oc;
}

static void while_stmt(B *b, Node *n) {
  Block *head = new_block(b, "while.cond"), *body = new_block(b, "while.body"), *exit = new_block(b, "while.end");
  enter(b, head);
  full_cond(b, n->cond, body, exit);
  b->cur = body;
  loop_body(b, n->body, exit, head);
  jump(b, head);
  b->cur = exit;
}

static void do_stmt(B *b, Node *n) {
  Block *body = new_block(b, "do.body"), *test = new_block(b, "do.cond"), *exit = new_block(b, "do.end");
  enter(b, body);
  loop_body(b, n->body, exit, test);
  enter(b, test);
  full_cond(b, n->cond, body, exit);
  b->cur = exit;
}

static void for_stmt(B *b, Node *n) {
  Node *init = n->init;
  push_scope(b, init, init ? init->scope : NULL, init ? init->nscope : 0);
  if (init)
    for (int i = 0; i < init->nkids; i++)
      stmt(b, init->kids[i]);
  Block *head = new_block(b, "for.cond"), *body = new_block(b, "for.body");
  Block *inc = new_block(b, "for.inc"), *exit = new_block(b, "for.end");
  enter(b, head);
  if (n->cond)
    full_cond(b, n->cond, body, exit);
  else
    jump(b, body);
  b->cur = body;
  loop_body(b, n->body, exit, inc);
  enter(b, inc);
  if (n->inc)
    full_expr(b, n->inc, n->inc->span);
  jump(b, head);
  b->cur = exit;
  pop_scope(b, end_of(n->span));
}

// Does a switch without default over an enum with 'nenum' enumerators have a case
// for each (distinct constant labels)? Then, as with -Wswitch, no value skips them.
static bool covers_enum(const SwitchCtx *sw, long long nenum) {
  if (nenum <= 0 || sw->deflt || sw->nvals != sw->ncases)
    return false;
  long long distinct = 0;
  for (int i = 0; i < sw->nvals; i++) {
    bool dup = false;
    for (int j = 0; j < i && !dup; j++)
      dup = sw->vals[j] == sw->vals[i];
    distinct += !dup;
  }
  return distinct == nenum;
}

// switch: the body is lowered first (collecting case blocks), then the dispatch is a
// chain of two-way tests from the controlling expression to each case, in order.
static void switch_stmt(B *b, Node *n) {
  full_expr(b, n->cond, n->cond->span);
  Block *dispatch = cur(b);
  Block *exit = new_block(b, "switch.end");
  SwitchCtx sw = {0}, *outer = b->sw;
  Jump ob = b->brk;
  b->sw = &sw;
  b->brk = (Jump){exit, b->nscopes};
  b->cur = NULL;
  stmt(b, n->body);
  jump(b, exit);
  b->sw = outer;
  b->brk = ob;
  b->cur = dispatch;
  bool all = covers_enum(&sw, n->num);
  for (int i = 0; i < sw.ncases; i++) {
    if (all && i == sw.ncases - 1) {  // the last enumerator left: no other way out
      jump(b, sw.cases[i]);
      break;
    }
    Block *next = new_block(b, "switch.test");
    branch(b, (Cond){C_NONE, NULL}, sw.cases[i], next, n->span);
    b->cur = next;
  }
  if (!all)
    jump(b, sw.deflt ? sw.deflt : exit);
  b->cur = exit;
}

static void case_stmt(B *b, Node *n) {
  Block *bl = new_block(b, n->kind == N_CASE ? "case" : "default");
  enter(b, bl);
  if (b->sw && n->kind == N_CASE) {
    ARR_PUSH(b->a, b->sw->cases, b->sw->ncases, b->sw->capcases, bl);
    if (n->val && n->val->kind == N_NUM && !n->rhs)
      ARR_PUSH(b->a, b->sw->vals, b->sw->nvals, b->sw->capvals, n->val->num);
  }
  else if (b->sw)
    b->sw->deflt = bl;
  if (n->body)
    stmt(b, n->body);
}

static LabelT *label(B *b, const char *name) {
  for (int i = 0; i < b->nlabels; i++)
    if (!strcmp(b->labels[i].name, name))
      return &b->labels[i];
  LabelT l = {name, new_block(b, arena_printf(b->a, "label %s", name)), NULL, 0, false};
  ARR_PUSH(b->a, b->labels, b->nlabels, b->caplabels, l);
  return &b->labels[b->nlabels - 1];
}

static Node **scope_chain(B *b) {
  Node **chain = arena_alloc(b->a, sizeof(Node *) * (size_t)(b->nscopes + 1));
  for (int i = 0; i < b->nscopes; i++)
    chain[i] = b->scopes[i].node;
  return chain;
}

// How many outer scopes of a goto at 'chain' are shared with the label's scopes.
static int common_depth(Node **chain, int nchain, const LabelT *l) {
  int d = 0;
  while (d < nchain && d < l->nchain && chain[d] == l->chain[d])
    d++;
  return d;
}

static void goto_stmt(B *b, Node *n) {
  if (!n->name)
    return;
  LabelT *l = label(b, n->name);
  if (l->seen) {
    leave_to(b, common_depth(scope_chain(b), b->nscopes, l), n->span);
  } else if (b->cur) {
    // Forward goto: the scopes it leaves are known once the label is seen; until
    // then remember which variables each open scope holds.
    Pending pd = {b->cur, l, scope_chain(b), NULL, NULL, b->nscopes};
    pd.vars = arena_alloc(b->a, sizeof(Var **) * (size_t)(b->nscopes + 1));
    pd.nvars = arena_alloc(b->a, sizeof(int) * (size_t)(b->nscopes + 1));
    for (int i = 0; i < b->nscopes; i++) {
      pd.vars[i] = b->scopes[i].vars;
      pd.nvars[i] = b->scopes[i].nvars;
    }
    emit(b, OP_KILL, n->span);  // placeholder filled in by resolve_gotos
    ARR_PUSH(b->a, b->pending, b->npending, b->cappending, pd);
  }
  if (b->cur)
    b->cur->term = n->span;
  jump(b, l->block);
}

static void label_stmt(B *b, Node *n) {
  LabelT *l = label(b, n->name);
  l->seen = true;
  l->chain = scope_chain(b);
  l->nchain = b->nscopes;
  enter(b, l->block);
  if (n->body)
    stmt(b, n->body);
}

// Replaces each forward goto's placeholder OP_KILL with the cleanups and the kill of
// the scopes it leaves (those not enclosing its label), innermost first.
static void resolve_gotos(B *b) {
  for (int i = 0; i < b->npending; i++) {
    Pending *pd = &b->pending[i];
    int d = pd->label->seen ? common_depth(pd->chain, pd->nchain, pd->label) : pd->nchain;
    Span sp = pd->from->ops[pd->from->nops - 1].span;
    pd->from->nops--;  // the placeholder
    int n = 0;
    for (int s = pd->nchain - 1; s >= d; s--) {
      cleanups(b, pd->from, pd->vars[s], pd->nvars[s], sp);
      n += pd->nvars[s];
    }
    if (n == 0)
      continue;
    Op *op = emit_in(b, pd->from, OP_KILL, sp);
    op->vars = arena_alloc(b->a, sizeof(Var *) * (size_t)n);
    for (int s = pd->nchain - 1; s >= d; s--)
      for (int j = pd->nvars[s] - 1; j >= 0; j--)
        op->vars[op->nvars++] = pd->vars[s][j];
  }
}

static void return_stmt(B *b, Node *n) {
  Value v = {V_NONE, NULL, NULL};
  if (n->lhs)
    v = rvalue(b, n->lhs);
  Op *op = emit(b, OP_RETURN, n->span);
  op->src = v;
  kill_temps(b, n->span);
  leave_to(b, 0, n->span);
  cur(b)->term = n->span;
  jump(b, b->g->exit);
}

static void fail_closed(B *b, const char *why, Span at) {
  if (!b->g->skip) {
    b->g->skip = why;
    b->g->skip_at = at;
  }
}

static void stmt(B *b, Node *n) {
  if (!n)
    return;
  switch (n->kind) {
  case N_BLOCK: block_stmt(b, n); break;
  case N_DECL: decl(b, n); break;
  case N_EXPR_STMT: full_expr(b, n->lhs, n->span); break;
  case N_IF: if (n->cond) if_stmt(b, n); break;
  case N_WHILE: if (n->cond) while_stmt(b, n); break;
  case N_DO: if (n->cond) do_stmt(b, n); break;
  case N_FOR: for_stmt(b, n); break;
  case N_SWITCH: if (n->cond) switch_stmt(b, n); break;
  case N_CASE:
  case N_DEFAULT: case_stmt(b, n); break;
  case N_BREAK:
    if (b->brk.target) {
      leave_to(b, b->brk.depth, n->span);
      jump(b, b->brk.target);
    }
    break;
  case N_CONTINUE:
    if (b->cont.target) {
      leave_to(b, b->cont.depth, n->span);
      jump(b, b->cont.target);
    }
    break;
  case N_GOTO: goto_stmt(b, n); break;
  case N_LABEL: label_stmt(b, n); break;
  case N_RETURN: return_stmt(b, n); break;
  case N_INDIRECT_GOTO: fail_closed(b, "it uses a computed goto", n->span); break;
  case N_ASM:
    if (n->nkids > 0)
      fail_closed(b, "it uses inline assembly with operands", n->span);
    break;
  case N_NULL_STMT: break;
  default: full_expr(b, n, n->span); break;
  }
}

// ---- orders ----

static void add_pred(Arena *a, Block *to, Block *from) {
  ARR_PUSH(a, to->preds, to->npreds, to->cappreds, from);
}

// Reverse post-order of the blocks reachable from the entry (iterative DFS: a
// 20,000-statement function must not exhaust the stack).
static void fill_rpo(Arena *a, Cfg *g) {
  int n = g->nblocks;
  Block **post = arena_alloc(a, sizeof(Block *) * (size_t)n);
  Block **stack = arena_alloc(a, sizeof(Block *) * (size_t)n);
  char *state = arena_alloc(a, (size_t)n);  // 0 new, 1 on stack, 2 done
  int *next = arena_alloc(a, sizeof(int) * (size_t)n);
  int npost = 0, sp = 0;
  stack[sp++] = g->blocks[0];
  state[0] = 1;
  while (sp > 0) {
    Block *bl = stack[sp - 1];
    Block *succ = next[bl->id] == 0 ? bl->s1 : next[bl->id] == 1 ? bl->s2 : NULL;
    if (next[bl->id] < 2) {
      next[bl->id]++;
      if (succ && state[succ->id] == 0) {
        state[succ->id] = 1;
        stack[sp++] = succ;
      }
      continue;
    }
    state[bl->id] = 2;
    post[npost++] = bl;
    sp--;
  }
  g->rpo = arena_alloc(a, sizeof(Block *) * (size_t)(npost + 1));
  for (int i = 0; i < npost; i++) {
    g->rpo[i] = post[npost - 1 - i];
    g->rpo[i]->rpo = i;
  }
  g->nrpo = npost;
  for (int i = 0; i < npost; i++) {
    Block *bl = g->rpo[i];
    if (bl->s1)
      add_pred(a, bl->s1, bl);
    if (bl->s2 && bl->s2 != bl->s1)
      add_pred(a, bl->s2, bl);
  }
}

// An empty block that only jumps on (left by lowering conditions without
// temporaries) is skipped: edges go straight to where it leads.
static Block *skip_empty(Block *bl) {
  for (int guard = 0; bl && guard < 64; guard++) {
    if (bl->nops || bl->s2 || !bl->s1 || bl->is_exit || bl->noreturn_end || bl->s1 == bl)
      break;
    bl = bl->s1;
  }
  return bl;
}

static void thread_jumps(Cfg *g) {
  for (int i = 0; i < g->nblocks; i++) {
    Block *bl = g->blocks[i];
    bl->s1 = skip_empty(bl->s1);
    bl->s2 = skip_empty(bl->s2);
  }
}

Cfg *cfg_build(Arena *a, Func *f) {
  B b = {0};
  Cfg *g = arena_alloc(a, sizeof *g);
  b.a = a;
  b.fn = f;
  b.g = g;
  g->func = f;
  g->capvars = f->nvars + 16;
  g->vars = arena_alloc(a, sizeof(Var *) * (size_t)g->capvars);
  if (f->nvars)
    memcpy(g->vars, f->vars, sizeof(Var *) * (size_t)f->nvars);
  g->nvars = f->nvars;
  Block *entry = new_block(&b, "entry");
  g->exit = new_block(&b, "exit");
  g->exit->is_exit = true;
  b.cur = entry;
  push_scope(&b, NULL, f->params, f->nparams);
  for (int i = 0; i < f->nparams; i++) {
    Op *op = emit(&b, OP_DECL, f->params[i]->decl);
    op->dst = f->params[i];
  }
  if (f->body)
    block_stmt(&b, f->body);
  if (b.cur) {
    Op *op = emit(&b, OP_RETURN, f->end);  // falling off the end
    op->src = (Value){V_NONE, NULL, NULL};
    leave_to(&b, 0, f->end);
    cur(&b)->term = f->end;
    jump(&b, g->exit);
  }
  resolve_gotos(&b);
  if (f->skip && !g->skip) {
    g->skip = f->skip;
    g->skip_at = f->skip_at;
  }
  thread_jumps(g);
  fill_rpo(a, g);
  return g;
}

// ---- dump ----

static void dump_value(FILE *out, Value v) {
  switch (v.kind) {
  case V_NONE: break;
  case V_VAR: fprintf(out, "%s", v.var->name); break;
  case V_ADDR: fprintf(out, "&%s", v.var->name); break;
  case V_NULL: fprintf(out, "null"); break;
  case V_LOAD: fprintf(out, "load"); break;
  case V_OTHER: fprintf(out, "?"); break;
  }
}

static void dump_op(FILE *out, const Op *op) {
  fprintf(out, "  ");
  switch (op->kind) {
  case OP_DECL: fprintf(out, "decl %s", op->dst->name); break;
  case OP_ASSIGN:
    fprintf(out, "%s = ", op->dst ? op->dst->name : "*");
    if (op->konst != K_UNKNOWN && op->src.kind != V_NULL)
      fprintf(out, "%s", op->konst == K_ZERO ? "0" : "!0");
    else
      dump_value(out, op->src);
    break;
  case OP_CALL:
    if (op->dst)
      fprintf(out, "%s = ", op->dst->name);
    fprintf(out, "call %s(", op->sig ? op->sig->name : "*");
    for (int i = 0; i < op->nargs; i++) {
      fprintf(out, i ? ", " : "");
      dump_value(out, op->args[i]);
    }
    fprintf(out, ")");
    break;
  case OP_USE: fprintf(out, "use %s", op->var->name); break;
  case OP_DEREF: fprintf(out, "deref %s", op->var->name); break;
  case OP_WRITE: fprintf(out, "write %s", op->var->name); break;
  case OP_RETURN:
    fprintf(out, "return");
    if (op->src.kind != V_NONE)
      fprintf(out, " ");
    dump_value(out, op->src);
    break;
  case OP_KILL:
    fprintf(out, "kill");
    for (int i = 0; i < op->nvars; i++)
      fprintf(out, " %s", op->vars[i]->name);
    break;
  }
  fprintf(out, "\n");
}

// Prints the reachable blocks in reverse post-order, renumbered in that order so the
// text depends only on the CFG's shape.
void cfg_dump(const Cfg *g, FILE *out) {
  fprintf(out, "func %s\n", g->func->name);
  if (g->skip)
    fprintf(out, "  skipped: %s\n", g->skip);
  for (int i = 0; i < g->nrpo; i++) {
    const Block *bl = g->rpo[i];
    fprintf(out, "b%d (%s):\n", bl->rpo, bl->is_exit ? "exit" : bl->what);
    for (int j = 0; j < bl->nops; j++)
      dump_op(out, &bl->ops[j]);
    if (bl->noreturn_end)
      fprintf(out, "  -> noreturn\n");
    else if (bl->s2 && bl->cond.kind == C_NONNULL)
      fprintf(out, "  -> b%d if %s else b%d\n", bl->s1->rpo, bl->cond.var->name, bl->s2->rpo);
    else if (bl->s2 && bl->cond.kind == C_ABOVE_STD)
      fprintf(out, "  -> b%d if %s > 2 else b%d\n", bl->s1->rpo, bl->cond.var->name, bl->s2->rpo);
    else if (bl->s2 && bl->cond.kind == C_NONZERO)
      fprintf(out, "  -> b%d if %s != 0 else b%d\n", bl->s1->rpo, bl->cond.var->name, bl->s2->rpo);
    else if (bl->s2)
      fprintf(out, "  -> b%d, b%d\n", bl->s1->rpo, bl->s2->rpo);
    else if (bl->s1)
      fprintf(out, "  -> b%d\n", bl->s1->rpo);
  }
}
