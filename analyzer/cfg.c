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
  long long *vals;    // per case: its value (a GNU range 'case 1 ... 5': its start)
  bool *single;       // per case: it matches one value, vals[i]
  int nvals, capvals, capsingle, nsingle;
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
  Var **fields;       // field places made for struct copies (cfg_new_field)
  int nfields, capfields;
  Var **alias;        // per var id: the variable a pointer local always points to, or NULL
  bool *null_local;   // per var id: a pointer local only ever set to NULL ('volatile
                      // void *b = NULL;' of an assertion macro)
  int in_address;     // lowering the operand of '&': its reads only compute an address
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

static void push_scope_n(B *b, Node *n, Var **vars, int nvars) {
  Scope s = {n, vars, nvars};
  ARR_PUSH(b->a, b->scopes, b->nscopes, b->capscopes, s);
}

// The variables block 'n' declares ('vars': NULL-terminated, or NULL for none) die
// when it ends.
static void push_scope(B *b, Node *n, Var **vars) {
  int nvars = 0;
  while (vars && vars[nvars])
    nvars++;
  push_scope_n(b, n, vars, nvars);
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
    op->args[0] = (Value){.kind = V_ADDR, .var = v};
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

// ---- aliases ----
// A pointer local given the address of a variable once and never changed ('char
// **out = &name;') always points to it: '*out' is 'name' (a read, a store, a test).

typedef struct Aliases {
  Var **to;     // per var id: the variable its one assignment took the address of
  int *writes;  // per var id: assignments (an address taken counts as many)
  bool *null;   // per var id: its one assignment is of NULL
} Aliases;

static void count_writes(Aliases *al, const Node *n) {
  if (!n)
    return;
  const Node *l = ir_nslots(n->kind) > 0 ? n->lhs : NULL;
  if (n->kind == N_DECL && n->rhs && n->var->id >= 0) {
    al->writes[n->var->id]++;
    if (n->rhs->kind == N_ADDR && n->rhs->lhs->kind == N_VAR && n->var->ty.kind == TY_POINTER)
      al->to[n->var->id] = n->rhs->lhs->var;
    al->null[n->var->id] = n->rhs->kind == N_NULL;
  } else if ((n->kind == N_ASSIGN || n->kind == N_OPASSIGN || n->kind == N_INCDEC) && l && l->kind == N_VAR
             && l->var->id >= 0) {
    al->writes[l->var->id]++;
    if (n->kind == N_ASSIGN && n->rhs->kind == N_ADDR && n->rhs->lhs->kind == N_VAR)
      al->to[l->var->id] = n->rhs->lhs->var;
    al->null[l->var->id] = n->kind == N_ASSIGN && n->rhs->kind == N_NULL;
  } else if (n->kind == N_ADDR && l && l->kind == N_VAR && l->var->id >= 0) {
    al->writes[l->var->id] += 2;
  }
  const Node *c;
  for (int i = 0; (c = ir_next_child(n, &i));)
    count_writes(al, c);
}

static void find_aliases(B *b) {
  Func *f = b->fn;
  Aliases al = {arena_alloc(b->a, sizeof(Var *) * (size_t)(f->nvars + 1)),
                arena_alloc(b->a, sizeof(int) * (size_t)(f->nvars + 1)),
                arena_alloc(b->a, (size_t)f->nvars + 1)};
  count_writes(&al, f->body);
  b->alias = al.to;
  b->null_local = al.null;
  for (int i = 0; i < f->nvars; i++) {
    const Var *v = f->vars[i];
    if (al.writes[i] != 1 || v->kind != VK_LOCAL || v->is_static || v->ty.kind != TY_POINTER)
      b->alias[i] = NULL, b->null_local[i] = false;
    else if (v->ann.bits & (ANN_BORROWED | ANN_MUT_BORROW))
      b->alias[i] = NULL;  // '*r' of a borrow is an access through the borrow (borrow.c)
  }
}

static bool is_null_local(const B *b, Value v) {
  return v.kind == V_VAR && v.var->id >= 0 && v.var->id < b->fn->nvars && b->null_local[v.var->id];
}

// What '*e' names when e is an alias ('*out' is 'name'), or NULL.
static Var *alias_of(const B *b, const Node *e) {
  return e->kind == N_VAR && e->var->id >= 0 && e->var->id < b->fn->nvars ? b->alias[e->var->id] : NULL;
}

// ---- expressions ----

static Value rvalue(B *b, Node *e);
static Value address(B *b, Node *e);
static void cond(B *b, Node *e, Block *t, Block *f);
static void stmt(B *b, Node *n);

static bool is_tracked_ty(const Var *v) {
  return v->ty.kind == TY_POINTER || v->ty.kind == TY_RECORD || (v->ann.bits & ANN_OWNED) || v->ann.owned_by;
}

// The place lvalue 'e' names, as a path (places.c), or NULL when it names none (a
// call's result, an arithmetic value): 'p->f[i]' is p, *, .f, [ ].
static Path *lvalue_path(B *b, Node *e) {
  switch (e->kind) {
  case N_VAR:
    return e->var ? (Path *)path_of_var(b->a, e->var, e->span) : NULL;
  case N_MEMBER: {
    Path *base = e->lhs ? lvalue_path(b, e->lhs) : NULL;
    if (!base || !e->name)
      return NULL;
    if (e->arrow)
      base = path_step(b->a, base, (Step){STEP_DEREF, NULL, false}, e->span);
    return path_step(b->a, base, (Step){STEP_FIELD, e->name, e->in_union}, e->span);
  }
  case N_DEREF: {
    Path *base = lvalue_path(b, e->lhs);
    return base ? path_step(b->a, base, (Step){STEP_DEREF, NULL, false}, e->span) : NULL;
  }
  case N_INDEX: {
    Path *base = lvalue_path(b, e->lhs);
    bool array = e->lhs->var && e->lhs->var->ty.kind == TY_ARRAY;
    return base ? path_step(b->a, base, (Step){array ? STEP_INDEX : STEP_DEREF, NULL, false}, e->span) : NULL;
  }
  default:
    return NULL;
  }
}

// The place the value of expression 'e' reads, or whose address it is (Path.addr):
// what the borrow pass needs of an assignment's source or a call's argument.
static const Path *value_path(B *b, Node *e) {
  switch (e->kind) {
  case N_ADDR: {
    if (e->lhs->kind == N_DEREF)  // &*p is p
      return value_path(b, e->lhs->lhs);
    Path *p = lvalue_path(b, e->lhs);
    if (p)
      p->addr = true;
    return p;
  }
  case N_VAR:  // an array decays to its address (a parameter declared as one is a pointer)
    return e->var && e->var->ty.kind == TY_ARRAY && e->var->kind != VK_PARAM
               ? value_path(b, &(Node){.kind = N_ADDR, .lhs = e, .span = e->span})
               : lvalue_path(b, e);
  case N_MEMBER:
  case N_DEREF:
  case N_INDEX: {
    Path *p = lvalue_path(b, e);
    bool array = e->kind == N_MEMBER && e->var && e->var->ty.kind == TY_ARRAY;  // decays to its address
    if (p)
      p->addr = array;
    return p;
  }
  case N_COMMA:
    return value_path(b, e->rhs);
  default:
    return NULL;
  }
}

// A read of 'v'. Reads of values the ownership pass does not track (integers) are
// accesses too: the borrow pass checks them against mutable loans.
static void use(B *b, Value v, Span sp) {
  if (v.kind == V_VAR && (is_tracked_ty(v.var) || v.var->kind != VK_TEMP)) {
    Op *op = emit(b, OP_USE, sp);
    op->var = v.var;
    op->in_address = b->in_address > 0;
  }
}

static Op *deref(B *b, OpKind k, Value v, Span sp) {
  if (v.kind != V_VAR)
    return NULL;
  Op *op = emit(b, k, sp);
  op->var = v.var;
  op->in_address = b->in_address > 0;
  return op;
}

// 'deref' of the base of lvalue 'e', recording the place 'e' it reaches.
static void deref_to(B *b, OpKind k, Value base, Node *e) {
  Op *op = deref(b, k, base, e->span);
  if (op)
    op->path = lvalue_path(b, e);
}

static Value call(B *b, Node *e) {
  if (e->lhs)
    use(b, rvalue(b, e->lhs), e->lhs->span);
  Value *args = e->nkids ? arena_alloc(b->a, sizeof(Value) * (size_t)e->nkids) : NULL;
  Span *spans = e->nkids ? arena_alloc(b->a, sizeof(Span) * (size_t)e->nkids) : NULL;
  const Path **paths = e->nkids ? arena_alloc(b->a, sizeof(Path *) * (size_t)e->nkids) : NULL;
  int *at = e->nkids ? arena_alloc(b->a, sizeof(int) * (size_t)e->nkids) : NULL;
  Block *first = cur(b);
  for (int i = 0; i < e->nkids; i++) {
    long long k;
    at[i] = b->cur == first ? first->nops : -1;
    args[i] = rvalue(b, e->kids[i]);
    spans[i] = e->kids[i]->span;
    paths[i] = value_path(b, e->kids[i]);
    if (ir_const_value(e->kids[i], &k))
      args[i].konst = k ? K_NONZERO : K_ZERO;
  }
  for (int i = 0; i < e->nkids; i++)
    if (b->cur != first)
      at[i] = -1;  // the arguments branch: their ops are in other blocks
  Op *op = emit(b, OP_CALL, e->span);
  op->sig = e->sig;
  op->args = args;
  op->arg_spans = spans;
  op->nargs = e->nkids;
  op->arg_paths = paths;
  op->args_at = at;
  Value r = {.kind = V_OTHER};
  if (!e->sig || e->sig->ret_ty.kind != TY_VOID) {
    Ty ty = e->sig ? e->sig->ret_ty : (Ty){TY_OTHER, false, false};
    op->dst = new_temp(b, ty);
    r = (Value){.kind = V_VAR, .var = op->dst};
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
      deref_to(b, OP_WRITE, rvalue(b, e->lhs), e);
    else if (e->lhs && !e->var)
      place(b, e->lhs);
    return e->var;
  case N_DEREF:
    if (alias_of(b, e->lhs))  // '*out = x' with out = &name
      return alias_of(b, e->lhs);
    deref_to(b, OP_WRITE, rvalue(b, e->lhs), e);
    return NULL;
  case N_INDEX: {
    Value base = rvalue(b, e->lhs);
    use(b, rvalue(b, e->rhs), e->rhs->span);
    deref_to(b, OP_WRITE, base, e);
    return e->var;  // an element place 'a[3]', 'a[i]', or NULL
  }
  default:
    use(b, rvalue(b, e), e->span);
    return NULL;
  }
}

static Op *emit_assign(B *b, Var *dst, Value src, const Node *from, Span sp) {
  Op *op = emit(b, OP_ASSIGN, sp);
  op->dst = dst;  // NULL: stored into an untracked location
  op->src = src;
  long long v;
  if (from && ir_const_value(from, &v)) {  // '0', '1', 'NULL', '-1', 'FIVE'
    op->konst = v ? K_NONZERO : K_ZERO;
    op->kval = v;
  }
  return op;
}

// ---- struct values ----
// A struct assignment copies each field: 'b = a' is also 'b.f = a.f' for every field
// place of 'a' (made under 'b' if the function never names it), and the fields of 'b'
// that 'a' has no place for get unknown values ('s = make()', 's = (struct s){0}').
// Stored where we do not follow ('*out = a'), a's fields escape there.

// The field places of the struct place 'v' (not through a pointer): the function's
// and those made here; their number.
static int fields_of(B *b, const Var *v, Var ***out) {
  int n = 0, cap = 0;
  *out = NULL;
  for (Var *f = v->fields; f; f = f->next_field)
    if (!f->arrow && f->parent == v)
      ARR_PUSH(b->a, *out, n, cap, f);
  for (int i = 0; i < b->nfields; i++)
    if (b->fields[i]->parent == v)
      ARR_PUSH(b->a, *out, n, cap, b->fields[i]);
  return n;
}

static Var *find_field(B *b, const Var *v, const char *name) {
  Var **fs;
  int n = fields_of(b, v, &fs);
  for (int i = 0; i < n; i++)
    if (!strcmp(fs[i]->field, name))
      return fs[i];
  return NULL;
}

// Is 'v' memory we do not follow by field (reached through a pointer, or a global's)?
static bool outside(const Var *v) {
  for (; v->kind == VK_FIELD; v = v->parent)
    if (v->arrow)
      return true;
  return v->kind == VK_GLOBAL || v->is_static;
}

static void struct_copy(B *b, Var *dst, const Var *src, Span sp, int depth);

// The fields of 'dst' get unknown values.
static void struct_reset(B *b, Var *dst, Span sp, int depth) {
  Var **fs;
  int n = depth < MAX_FIELD_DEPTH ? fields_of(b, dst, &fs) : 0;
  for (int i = 0; i < n; i++) {
    emit_assign(b, fs[i], (Value){.kind = V_OTHER}, NULL, sp);
    if (fs[i]->ty.kind == TY_RECORD)
      struct_reset(b, fs[i], sp, depth + 1);
  }
}

static void struct_copy(B *b, Var *dst, const Var *src, Span sp, int depth) {
  Var **fs;
  int n = depth < MAX_FIELD_DEPTH ? fields_of(b, src, &fs) : 0;
  for (int i = 0; i < n; i++) {
    Var *f = fs[i], *g = NULL;
    if (dst && !(g = find_field(b, dst, f->field))) {
      g = cfg_new_field(b->a, b->g, dst, f);
      ARR_PUSH(b->a, b->fields, b->nfields, b->capfields, g);
    }
    emit_assign(b, g, (Value){.kind = V_VAR, .var = f}, NULL, sp);
    if (f->ty.kind == TY_RECORD)
      struct_copy(b, g, f, sp, depth + 1);
  }
  n = dst && depth < MAX_FIELD_DEPTH ? fields_of(b, dst, &fs) : 0;
  for (int i = 0; i < n; i++)
    if (!find_field(b, src, fs[i]->field)) {
      emit_assign(b, fs[i], (Value){.kind = V_OTHER}, NULL, sp);
      if (fs[i]->ty.kind == TY_RECORD)
        struct_reset(b, fs[i], sp, depth + 1);
    }
}

// 'dst = src' (dst NULL: a location we do not follow), field by field for structs;
// 'path' and 'src_path' are the places of both sides (places.c), when known.
static void store(B *b, Var *dst, Value src, const Node *from, Span sp, const Path *path, const Path *src_path) {
  Op *op = emit_assign(b, dst, src, from, sp);
  op->path = path;
  op->src_path = src_path;
  bool whole_dst = dst && dst->ty.kind == TY_RECORD && !outside(dst);
  if (src.kind == V_VAR && src.var->ty.kind == TY_RECORD)
    struct_copy(b, whole_dst ? dst : NULL, src.var, sp, 0);
  else if (whole_dst)
    struct_reset(b, dst, sp, 0);
}

// The fields of 'dst' an initializer list does not name are zero (C11 6.7.9p21):
// pointers NULL, the rest 0. The list's elements are stored after.
static void zero_fields(B *b, Var *dst, Span sp, int depth) {
  Var **fs;
  int n = dst && depth < MAX_FIELD_DEPTH ? fields_of(b, dst, &fs) : 0;
  for (int i = 0; i < n; i++) {
    if (fs[i]->ty.kind == TY_RECORD) {
      emit_assign(b, fs[i], (Value){.kind = V_OTHER}, NULL, sp);
      zero_fields(b, fs[i], sp, depth + 1);
      continue;
    }
    Op *op = emit_assign(b, fs[i], (Value){.kind = fs[i]->ty.kind == TY_POINTER ? V_NULL : V_OTHER}, NULL, sp);
    op->konst = K_ZERO;
  }
}

// Is 'e' an initializer list whose elements are stored field by field (parse.c
// recorded the places they initialise)?
static bool by_fields(const Node *e) {
  return e->kind == N_INIT_LIST && e->dsts;
}

static Value assign(B *b, Node *e) {
  if (by_fields(e->rhs)) {  // 'v = (struct s){.f = x}': v gets a new value, then each field
    Var *dst = place(b, e->lhs);
    emit_assign(b, dst, (Value){.kind = V_OTHER}, NULL, e->span)->path = lvalue_path(b, e->lhs);
    zero_fields(b, dst, e->span, 0);
    rvalue(b, e->rhs);
    return dst ? (Value){.kind = V_VAR, .var = dst} : (Value){.kind = V_OTHER};
  }
  Value r = rvalue(b, e->rhs);
  Var *dst = place(b, e->lhs);
  store(b, dst, r, e->rhs, e->span, lvalue_path(b, e->lhs), value_path(b, e->rhs));
  return dst ? (Value){.kind = V_VAR, .var = dst} : r;
}

// Where 'p + k' points (sign +1) or 'p - k' (sign -1), from where p points.
static Off offset_by(Off from, int sign, const Node *k) {
  long long n;
  bool known = k && ir_const_value(k, &n);
  if (known && n == 0)
    return from;
  if (sign > 0 && known && n > 0)
    return from == OFF_ANY ? OFF_ANY : OFF_INSIDE;
  return OFF_ANY;  // backwards (maybe to the start again), or by an unknown amount
}

// 'x += n', 'x++': a pointer still points into its object (a use), now elsewhere in
// it (OP_ADVANCE); any other place gets a new, unknown value, and so does the
// expression ('n--' is the old n).
static Value update(B *b, Node *e, Span sp) {
  Var *dst = place(b, e->lhs);
  if (dst && is_tracked_ty(dst)) {
    use(b, (Value){.kind = V_VAR, .var = dst}, sp);
    if (dst->ty.kind == TY_POINTER) {
      static const Node one = {.kind = N_NUM, .num = 1};
      Off off = offset_by(OFF_START, (int)e->num, e->kind == N_INCDEC ? &one : e->rhs);
      if (off != OFF_START) {
        Op *op = emit(b, OP_ADVANCE, sp);
        op->var = dst;
        op->off = off;
      }
    }
    return (Value){.kind = V_VAR, .var = dst};
  }
  if (dst)
    emit_assign(b, dst, (Value){.kind = V_OTHER}, NULL, sp)->path = lvalue_path(b, e->lhs);
  return (Value){.kind = V_OTHER};
}

// 'c ? x : y' as a value: both arms assign one temporary.
static Value ternary(B *b, Node *e) {
  Block *t = new_block(b, "cond.true"), *f = new_block(b, "cond.false"), *join = new_block(b, "cond.end");
  Var *tmp = new_temp(b, (Ty){TY_OTHER, false, false});
  cond(b, e->cond, t, f);
  b->cur = t;
  if (e->then)
    emit_assign(b, tmp, rvalue(b, e->then), e->then, e->then->span)->src_path = value_path(b, e->then);
  jump(b, join);
  b->cur = f;
  emit_assign(b, tmp, rvalue(b, e->els), e->els, e->els->span)->src_path = value_path(b, e->els);
  jump(b, join);
  b->cur = join;
  tmp->ty = (e->then && e->then->var) ? e->then->var->ty : tmp->ty;
  return (Value){.kind = V_VAR, .var = tmp};
}

static Value logical(B *b, Node *e) {
  Block *t = new_block(b, "logic.true"), *f = new_block(b, "logic.false"), *join = new_block(b, "logic.end");
  cond(b, e, t, f);
  b->cur = t;
  jump(b, join);
  b->cur = f;
  jump(b, join);
  b->cur = join;
  return (Value){.kind = V_OTHER};
}

// ({ ...; x; }): the last expression statement is the value; it is copied into a
// temporary before the block's variables die.
static Value stmt_expr(B *b, Node *e) {
  Node *body = e->body;
  if (!body)
    return (Value){.kind = V_OTHER};
  push_scope(b, body, body->scope);
  Value v = {.kind = V_OTHER};
  for (int i = 0; i < body->nkids; i++) {
    Node *s = body->kids[i];
    if (i == body->nkids - 1 && s->kind == N_EXPR_STMT) {
      v = rvalue(b, s->lhs);
      if (v.kind == V_VAR) {
        Var *tmp = new_temp(b, v.var->ty);
        Op *op = emit(b, OP_ASSIGN, s->span);
        op->dst = tmp;
        op->src = v;
        v = (Value){.kind = V_VAR, .var = tmp};
      }
    } else {
      stmt(b, s);
    }
  }
  pop_scope(b, end_of(body->span));
  return v;
}

// '&x', '&s.f': the address of a place. '&p[i]', '&o->m': a pointer into the object
// p or o points to, at the start or past it ('&o->base' of a first member is o).
static Value address_of(B *b, Node *e);

// '&lvalue': what it reads only computes an address (Op.in_address).
static Value address(B *b, Node *e) {
  b->in_address++;
  Value v = address_of(b, e);
  b->in_address--;
  return v;
}

static Value address_of(B *b, Node *e) {
  Node *l = e->lhs;
  if (l->kind == N_VAR || (l->kind == N_MEMBER && l->var && !l->arrow))
    return (Value){.kind = V_ADDR, .var = l->var};
  if (l->kind == N_DEREF) {  // &*p is p
    b->in_address--;
    Value v = rvalue(b, l->lhs);
    b->in_address++;
    return v;
  }
  if (l->kind == N_INDEX) {
    Value base = rvalue(b, l->lhs);
    use(b, rvalue(b, l->rhs), l->rhs->span);
    if (base.kind == V_VAR && (base.var->ty.kind == TY_POINTER || base.var->ty.kind == TY_ARRAY)) {
      base.off = offset_by(base.off, 1, l->rhs);
      return base;
    }
    use(b, base, l->span);
    return (Value){.kind = V_OTHER};
  }
  if (l->kind == N_MEMBER) {  // '&o->m', '&o->a.b': down to the member reached through o
    Node *m = l;
    long long at = 0;
    for (; m->kind == N_MEMBER && !m->arrow && m->lhs; m = m->lhs)
      at = at < 0 || m->num < 0 ? -1 : at + m->num;
    if (m->kind == N_MEMBER && m->arrow && m->lhs) {
      at = at < 0 || m->num < 0 ? -1 : at + m->num;
      Value o = rvalue(b, m->lhs);
      use(b, o, m->span);
      if (l->var) {
        Value v = {.kind = V_ADDR, .var = l->var};
        if (o.kind == V_VAR && o.var->ty.kind == TY_POINTER && o.off == OFF_START) {
          v.into = o.var;
          v.off = at == 0 ? OFF_START : at > 0 ? OFF_INSIDE : OFF_ANY;
        }
        return v;
      }
      return (Value){.kind = V_OTHER};
    }
  }
  use(b, rvalue(b, l), e->span);
  return (Value){.kind = V_OTHER};
}

static Value rvalue(B *b, Node *e) {
  switch (e->kind) {
  case N_VAR:
    return (Value){.kind = V_VAR, .var = e->var};
  case N_NULL:
    return (Value){.kind = V_NULL};
  case N_NUM:
    return (Value){.kind = e->num < 0 ? V_NULL : V_OTHER};
  case N_OTHER_LIT:
    return e->name ? (Value){.kind = V_STORAGE, .what = e->name} : (Value){.kind = V_OTHER};
  case N_SIZEOF:
    return (Value){.kind = V_OTHER};
  case N_ADDR:
    return address(b, e);
  case N_DEREF: {
    if (alias_of(b, e->lhs))  // '*out' with out = &name
      return (Value){.kind = V_VAR, .var = alias_of(b, e->lhs)};
    Value p = rvalue(b, e->lhs);
    deref_to(b, OP_DEREF, p, e);
    return (Value){.kind = V_LOAD, .base = p.kind == V_VAR ? p.var : NULL};
  }
  case N_MEMBER:
    if (!e->lhs)
      return (Value){.kind = V_OTHER};
    if (e->arrow)
      deref_to(b, OP_DEREF, rvalue(b, e->lhs), e);
    else if (!e->var)
      use(b, rvalue(b, e->lhs), e->span);
    return e->var ? (Value){.kind = V_VAR, .var = e->var} : (Value){.kind = e->arrow ? V_LOAD : V_OTHER};
  case N_INDEX: {
    Value base = rvalue(b, e->lhs);
    use(b, rvalue(b, e->rhs), e->rhs->span);
    deref_to(b, OP_DEREF, base, e);
    return e->var ? (Value){.kind = V_VAR, .var = e->var} : (Value){.kind = V_LOAD, .base = base.kind == V_VAR ? base.var : NULL};
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
    if (l.kind == V_VAR && l.var->ty.kind == TY_POINTER) {
      l.off = offset_by(l.off, (int)e->num, e->rhs);
      return l;
    }
    use(b, l, e->lhs->span);
    return (Value){.kind = V_OTHER};
  }
  case N_UNARY:
    use(b, rvalue(b, e->lhs), e->lhs->span);
    return (Value){.kind = V_OTHER};
  case N_INIT_LIST:
  case N_UNKNOWN:
  default:
    for (int i = 0; i < e->nkids; i++) {
      Node *k = e->kids[i];
      Value v = rvalue(b, k);
      Var *dst = e->kind == N_INIT_LIST && e->dsts ? e->dsts[i] : NULL;  // the place it initialises
      if (dst && k->kind == N_INIT_LIST)
        continue;  // a nested list stored its own elements
      if (dst && dst->ty.kind == TY_ARRAY) {
        Op *op = emit(b, OP_ASSIGN, k->span);  // an array element: the array is not told apart
        op->src = v;
        op->into_aggregate = true;
        const Path *array = path_of_var(b->a, dst, k->span);
        op->path = path_step(b->a, array, (Step){STEP_INDEX, NULL, false}, k->span);
        op->src_path = value_path(b, k);
      } else if (dst) {
        Op *op = emit_assign(b, dst, v, k, k->span);
        op->path = path_of_var(b->a, dst, k->span);
        op->src_path = value_path(b, k);
      } else if (e->kind == N_INIT_LIST && (v.kind == V_VAR || v.kind == V_ADDR)) {
        Op *op = emit(b, OP_ASSIGN, e->kids[i]->span);  // stored into an aggregate
        op->src = v;
        op->into_aggregate = true;
      } else {
        use(b, v, e->kids[i]->span);
      }
    }
    return (Value){.kind = V_OTHER};
  }
}

// ---- conditions ----

static void branch_on(B *b, Value v, Block *t, Block *f, Span sp) {
  Cond c = {C_NONE, NULL, 0, NULL};
  if (v.kind == V_VAR && v.var->ty.kind == TY_POINTER)
    c = (Cond){C_NONNULL, v.var, 0, NULL};
  else if (v.kind == V_VAR && v.var->ty.kind == TY_INT)
    c = (Cond){C_NONZERO, v.var, 0, NULL};
  branch(b, c, t, f, sp);
}

// 'x == NULL', 'NULL != x', 'fd < 0', 'fd == -1', 'p == MAP_FAILED', 'ret != 0' ...:
// the Cond it tests, and whether the comparison being true means its s1 edge
// (valid / non-zero). False if the comparison is not such a test.
static bool null_test(B *b, Node *e, Cond *cd, bool *true_is_s1) {
  Node *l = e->lhs, *r = e->rhs;
  NodeKind k = e->kind;
  long long n;
  if (ir_const_value(l, &n)) {  // mirror: 0 > fd is fd < 0
    Node *t = l;
    l = r;
    r = t;
    k = k == N_LT ? N_GT : k == N_GT ? N_LT : k == N_LE ? N_GE : k == N_GE ? N_LE : k;
  }
  if (!ir_const_value(r, &n))
    return false;
  bool eq = k == N_EQ || k == N_NE;
  Value lv = rvalue(b, l);
  if (lv.kind != V_VAR)
    return false;
  bool is_ptr = lv.var->ty.kind == TY_POINTER;
  if (is_ptr && eq && (n == 0 || n == -1)) {          // p == NULL, p == MAP_FAILED
    *cd = (Cond){C_NONNULL, lv.var, 0, NULL};
    *true_is_s1 = k == N_NE;
  } else if (is_ptr || lv.var->ty.kind != TY_INT) {
    return false;
  } else if (eq && n == 0) {                           // ret == 0, ret != 0
    *cd = (Cond){C_NONZERO, lv.var, 0, NULL};
    *true_is_s1 = k == N_NE;
  } else if (eq && n == -1) {                          // fd == -1
    *cd = (Cond){C_NONNULL, lv.var, 0, NULL};
    *true_is_s1 = k == N_NE;
  } else if (n == 0 && (k == N_LT || k == N_GE)) {     // fd < 0, fd >= 0
    *cd = (Cond){C_NONNULL, lv.var, 0, NULL};
    *true_is_s1 = k == N_GE;
  } else if (n == -1 && (k == N_GT || k == N_LE)) {    // fd > -1, fd <= -1
    *cd = (Cond){C_NONNULL, lv.var, 0, NULL};
    *true_is_s1 = k == N_GT;
  } else if (n == 2 && (k == N_GT || k == N_LE)) {     // fd > STDERR_FILENO
    *cd = (Cond){C_ABOVE_STD, lv.var, 0, NULL};
    *true_is_s1 = k == N_GT;
  } else if (n == 3 && (k == N_GE || k == N_LT)) {     // fd >= 3
    *cd = (Cond){C_ABOVE_STD, lv.var, 0, NULL};
    *true_is_s1 = k == N_GE;
  } else if (eq) {                                     // mode == 5, mode != 5
    *cd = (Cond){C_NONZERO, lv.var, n, NULL};
    *true_is_s1 = k == N_NE;
  } else {                                             // n > 64 is s1 of 'n > 64'; n < 64 is s2 of 'n > 63'
    *cd = (Cond){C_GT, lv.var, k == N_GT || k == N_LE ? n : n - 1, NULL};
    *true_is_s1 = k == N_GT || k == N_GE;
  }
  return true;
}

static void cond(B *b, Node *e, Block *t, Block *f) {
  long long v;
  if (ir_const_value(e, &v)) {  // 'if (5 == 5)', 'while (1)', 'if (STATIC_FALSE)'
    jump(b, v ? t : f);
    return;
  }
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
    Value l = rvalue(b, e->lhs), r = rvalue(b, e->rhs);
    use(b, l, e->lhs->span);
    use(b, r, e->rhs->span);
    if (is_null_local(b, l)) {  // 'b == p'
      Value x = l;
      l = r;
      r = x;
    }
    if ((e->kind == N_EQ || e->kind == N_NE) && l.kind == V_VAR && l.var->ty.kind == TY_POINTER && !l.off
        && is_null_local(b, r)) {  // 'p != b' with b NULL: a NULL test of p
      branch(b, (Cond){C_NONNULL, l.var, 0, NULL}, e->kind == N_NE ? t : f, e->kind == N_NE ? f : t, e->span);
      return;
    }
    if ((e->kind == N_EQ || e->kind == N_NE) && l.kind == V_VAR && r.kind == V_VAR && !l.off && !r.off
        && (l.var->ty.kind == TY_POINTER || r.var->ty.kind == TY_POINTER)) {  // 'buf != stackbuf'
      bool swap = l.var->ty.kind != TY_POINTER;
      Cond c = {C_SAME, swap ? r.var : l.var, 0, swap ? l.var : r.var};
      branch(b, c, e->kind == N_NE ? t : f, e->kind == N_NE ? f : t, e->span);
      return;
    }
    branch(b, (Cond){C_NONE, NULL, 0, NULL}, t, f, e->span);
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
  push_scope(b, n, n->scope);
  for (int i = 0; i < n->nkids; i++)
    stmt(b, n->kids[i]);
  pop_scope(b, end_of(n->span));
}

static void decl(B *b, Node *n) {
  Op *op = emit(b, OP_DECL, n->var->decl);
  op->dst = n->var;
  if (!n->rhs)
    return;
  if (by_fields(n->rhs)) {  // '{.w = &x}': the variable gets a value, then each field
    emit_assign(b, n->var, (Value){.kind = V_OTHER}, NULL, n->span);
    zero_fields(b, n->var, n->span, 0);
    rvalue(b, n->rhs);
  } else {
    Value v = rvalue(b, n->rhs);
    store(b, n->var, v, n->rhs, n->span, NULL, value_path(b, n->rhs));
  }
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

// Does 'n' change the local 'v' or hold a place control can enter from outside it
// (a label, with 'cases' a case of an enclosing switch; not one of a switch inside)?
static bool writes_or_entered(const Node *n, const Var *v, bool cases) {
  if (!n)
    return false;
  if (n->kind == N_LABEL || (cases && (n->kind == N_CASE || n->kind == N_DEFAULT)))
    return true;
  if ((n->kind == N_ASSIGN || n->kind == N_OPASSIGN || n->kind == N_INCDEC || n->kind == N_ADDR) && n->lhs
      && n->lhs->kind == N_VAR && n->lhs->var == v)
    return true;
  if (n->kind == N_SWITCH)  // its cases are its own
    return writes_or_entered(n->cond, v, cases) || writes_or_entered(n->body, v, false);
  const Node *c;
  for (int i = 0; (c = ir_next_child(n, &i));)
    if (writes_or_entered(c, v, cases))
      return true;
  return false;
}

// How many times a counted loop 'for (i = c0; i < c1; i++)' runs its body: 0, 1, or
// 2 for two or more; -1 if it is not such a loop (the counter is a local whose
// address is never taken, only the header changes it, by one each time).
static int trip_count(const Node *n) {
  const Node *init = n->init, *c = n->cond, *inc = n->inc;
  if (!init || init->nkids == 0 || !c || !inc || inc->kind != N_INCDEC || !inc->lhs || inc->lhs->kind != N_VAR)
    return -1;
  Var *v = inc->lhs->var;
  if (v->kind != VK_LOCAL || v->is_static || var_addr_taken(v) || v->ty.kind != TY_INT)
    return -1;
  const Node *last = init->kids[init->nkids - 1];  // 'i = 0' or 'int i = 0'
  const Node *start = last->kind == N_DECL && last->var == v ? last->rhs
                    : last->kind == N_EXPR_STMT && last->lhs && last->lhs->kind == N_ASSIGN
                          && last->lhs->lhs->kind == N_VAR && last->lhs->lhs->var == v ? last->lhs->rhs
                    : NULL;
  long long at, bound;
  if (!start || !ir_const_value(start, &at))
    return -1;
  NodeKind k = c->kind;
  if (!(k == N_LT || k == N_LE || k == N_GT || k == N_GE || k == N_NE) || c->lhs->kind != N_VAR
      || c->lhs->var != v || !ir_const_value(c->rhs, &bound) || writes_or_entered(n->body, v, true))
    return -1;
  int trips = 0;
  for (; trips < 2; trips++, at += inc->num) {
    bool go = k == N_LT ? at < bound : k == N_LE ? at <= bound : k == N_GT ? at > bound : k == N_GE ? at >= bound
                                                                                        : at != bound;
    if (!go)
      break;
  }
  return trips;
}

enum { MAX_UNROLL = 8 };

// Does 'n' compare 'v' with something or switch on it ('switch (i)', 'if (i == 2)')?
static bool tests_var(const Node *n, const Var *v) {
  if (!n)
    return false;
  bool cmp = n->kind == N_EQ || n->kind == N_NE || n->kind == N_LT || n->kind == N_LE || n->kind == N_GT
             || n->kind == N_GE || n->kind == N_SWITCH;
  if (cmp) {
    const Node *l = n->kind == N_SWITCH ? n->cond : n->lhs, *r = n->kind == N_SWITCH ? NULL : n->rhs;
    if ((l && l->kind == N_VAR && l->var == v) || (r && r->kind == N_VAR && r->var == v))
      return true;
  }
  const Node *c;
  for (int i = 0; (c = ir_next_child(n, &i));)
    if (tests_var(c, v))
      return true;
  return false;
}

// How many times a counted loop 'for (i = c0; i < c1; i++)' ('trips': trip_count's
// answer) whose body tests its counter runs, when that is at most MAX_UNROLL (else 0),
// and the counter's first value and step. Such a loop is lowered once per value of
// the counter (unrolled).
static int unroll_count(const Node *n, int trips_known, Var **x, long long *from, long long *step) {
  const Node *init = n->init, *c = n->cond, *inc = n->inc;
  if (trips_known < 2 || !tests_var(n->body, inc->lhs->var))
    return 0;
  const Node *last = init->kids[init->nkids - 1];
  const Node *start = last->kind == N_DECL ? last->rhs : last->lhs->rhs;
  long long at, bound;
  if (!ir_const_value(start, &at) || !ir_const_value(c->rhs, &bound))
    return 0;
  NodeKind k = c->kind;
  int trips = 0;
  for (long long i = at; trips <= MAX_UNROLL; trips++, i += inc->num) {
    bool go = k == N_LT ? i < bound : k == N_LE ? i <= bound : k == N_GT ? i > bound : k == N_GE ? i >= bound
                                                                                   : i != bound;
    if (!go)
      break;
  }
  if (trips > MAX_UNROLL)
    return 0;
  *x = inc->lhs->var;
  *from = at;
  *step = inc->num;
  return trips;
}

// The body once per value of the counter, each copy followed by 'i = K' (so the
// flags of its comparisons, 'i == K' of a switch on it, are known in the next).
static void unrolled_for(B *b, Node *n, Var *x, long long from, long long step, int trips) {
  Block *exit = new_block(b, "for.end");
  for (int k = 0; k < trips; k++) {
    Block *body = new_block(b, "for.body"), *inc = new_block(b, "for.inc");
    jump(b, body);
    b->cur = body;
    loop_body(b, n->body, exit, inc);
    enter(b, inc);
    Op *op = emit_assign(b, x, (Value){.kind = V_OTHER}, NULL, n->inc->span);
    op->kval = from + (k + 1) * step;
    op->konst = op->kval ? K_NONZERO : K_ZERO;
  }
  jump(b, exit);
  b->cur = exit;
}

// A counted loop with a known trip count skips the tests it knows the answer to:
// none runs zero times when it runs at least once; one runs its body exactly once.
// One that runs a few times and tests its counter is unrolled.
static void for_stmt(B *b, Node *n) {
  Node *init = n->init;
  push_scope(b, init, init ? init->scope : NULL);
  if (init)
    for (int i = 0; i < init->nkids; i++)
      stmt(b, init->kids[i]);
  int trips = trip_count(n);
  Var *x;
  long long from, step;
  int unroll = b->cur ? unroll_count(n, trips, &x, &from, &step) : 0;
  if (unroll) {
    unrolled_for(b, n, x, from, step, unroll);
    pop_scope(b, end_of(n->span));
    return;
  }
  Block *head = new_block(b, "for.cond"), *body = new_block(b, "for.body");
  Block *inc = new_block(b, "for.inc"), *exit = new_block(b, "for.end");
  if (trips == 0)
    jump(b, exit);
  else if (trips > 0)
    jump(b, body);
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
  jump(b, trips == 1 ? exit : head);
  b->cur = exit;
  pop_scope(b, end_of(n->span));
}

// Does a switch without default over an enum with 'nenum' enumerators have a case
// for each (distinct constant labels)? Then, as with -Wswitch, no value skips them.
static bool covers_enum(const SwitchCtx *sw, long long nenum) {
  if (nenum <= 0 || sw->deflt)
    return false;
  long long distinct = 0;
  for (int i = 0; i < sw->ncases; i++) {
    if (!sw->single[i])
      return false;
    bool dup = false;
    for (int j = 0; j < i && !dup; j++)
      dup = sw->vals[j] == sw->vals[i];
    distinct += !dup;
  }
  return distinct == nenum;
}

// The block a switch on the constant 'v' goes to: its case, else its default, else
// past it; NULL if a case label is not a known constant.
static Block *switch_target(const SwitchCtx *sw, long long v, Block *exit) {
  for (int i = 0; i < sw->ncases; i++)
    if (!sw->single[i])
      return NULL;
    else if (sw->vals[i] == v)
      return sw->cases[i];
  return sw->deflt ? sw->deflt : exit;
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
  long long v;
  Block *only = ir_const_value(n->cond, &v) ? switch_target(&sw, v, exit) : NULL;
  if (only) {  // 'switch (6)': one way in
    jump(b, only);
    b->cur = exit;
    return;
  }
  bool all = covers_enum(&sw, n->num);
  Var *x = n->cond->kind == N_VAR && n->cond->var->ty.kind == TY_INT ? n->cond->var : NULL;
  for (int i = 0; i < sw.ncases; i++) {
    if (all && i == sw.ncases - 1) {  // the last enumerator left: no other way out
      jump(b, sw.cases[i]);
      break;
    }
    Block *next = new_block(b, "switch.test");
    if (x && sw.single[i]) {  // 'case K:' of a switch on a variable is 'x == K' (a flag's test)
      Cond c = sw.vals[i] == -1 ? (Cond){C_NONNULL, x, 0, NULL} : (Cond){C_NONZERO, x, sw.vals[i], NULL};
      branch(b, c, next, sw.cases[i], n->span);
    } else {
      branch(b, (Cond){C_NONE, NULL, 0, NULL}, sw.cases[i], next, n->span);
    }
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
    SwitchCtx *sw = b->sw;
    long long v = 0;
    bool single = n->val && !n->rhs && ir_const_value(n->val, &v);
    ARR_PUSH(b->a, sw->cases, sw->ncases, sw->capcases, bl);
    ARR_PUSH(b->a, sw->vals, sw->nvals, sw->capvals, v);
    ARR_PUSH(b->a, sw->single, sw->nsingle, sw->capsingle, single);
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
  Value v = {.kind = V_NONE};
  if (n->lhs)
    v = rvalue(b, n->lhs);
  Op *op = emit(b, OP_RETURN, n->span);
  op->src = v;
  op->src_path = n->lhs ? value_path(b, n->lhs) : NULL;
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

// Doomed blocks: those ending in a noreturn call, main's exit, then every block all
// of whose successors are doomed (a loop never is). In post-order successors come
// first, so a pass or two settles it.
static void find_doomed(Cfg *g) {
  bool main_fn = g->func->name && !strcmp(g->func->name, "main");
  for (int i = 0; i < g->nblocks; i++)
    g->blocks[i]->doomed = g->blocks[i]->noreturn_end || (main_fn && g->blocks[i]->is_exit);
  for (bool changed = true; changed;) {
    changed = false;
    for (int i = g->nrpo - 1; i >= 0; i--) {
      Block *bl = g->rpo[i];
      if (bl->doomed || !bl->s1 || !bl->s1->doomed || (bl->s2 && !bl->s2->doomed))
        continue;
      changed = bl->doomed = true;
    }
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
  find_aliases(&b);
  push_scope_n(&b, NULL, f->params, f->nparams);
  for (int i = 0; i < f->nparams; i++) {
    Op *op = emit(&b, OP_DECL, f->params[i]->decl);
    op->dst = f->params[i];
  }
  if (f->body)
    block_stmt(&b, f->body);
  if (b.cur) {
    Op *op = emit(&b, OP_RETURN, f->end);  // falling off the end
    op->src = (Value){.kind = V_NONE};
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
  find_doomed(g);
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
  case V_STORAGE: fprintf(out, "<%s>", v.what); break;
  }
  if (v.kind == V_ADDR && v.into)
    fprintf(out, " (into %s)", v.into->name);
  if (v.off != OFF_START)
    fprintf(out, v.off == OFF_INSIDE ? " + inside" : " + ?");
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
  case OP_ADVANCE: fprintf(out, "advance %s%s", op->var->name, op->off == OFF_INSIDE ? " inside" : " ?"); break;
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
    else if (bl->s2 && bl->cond.kind == C_SAME)
      fprintf(out, "  -> b%d if %s != %s else b%d\n", bl->s1->rpo, bl->cond.var->name, bl->cond.other->name, bl->s2->rpo);
    else if (bl->s2 && bl->cond.kind == C_GT)
      fprintf(out, "  -> b%d if %s > %lld else b%d\n", bl->s1->rpo, bl->cond.var->name, bl->cond.k, bl->s2->rpo);
    else if (bl->s2 && bl->cond.kind == C_NONZERO)
      fprintf(out, "  -> b%d if %s != %lld else b%d\n", bl->s1->rpo, bl->cond.var->name, bl->cond.k, bl->s2->rpo);
    else if (bl->s2)
      fprintf(out, "  -> b%d, b%d\n", bl->s1->rpo, bl->s2->rpo);
    else if (bl->s1)
      fprintf(out, "  -> b%d\n", bl->s1->rpo);
  }
}
