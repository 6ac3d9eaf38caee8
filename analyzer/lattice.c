// lattice.c: the ownership lattice of one function: facts, states, join, flags.
//
// Model: an abstract object per allocation site, per owned parameter, per OWNED
// declaration whose value comes from elsewhere, and per unannotated pointer
// parameter (an object the caller owns); objects.c finds them. A state gives, for
// every tracked place and every object, the facts that hold of that object *as that
// place sees it* (none: the place does not point to it). Keeping facts per place
// keeps them apart across joins: after 'free(n); n = next;' in a loop, 'n' never
// holds the freed node, although 'head' still does. Facts (a may-set; join = union;
// the sites of MOVED and RELEASED join to the earliest):
//
//            OWNED   NULL   ESCAPED   EXTERNAL   REALLOC
//                 \    |     /    ___/     ____/
//                  MOVED(site)   RELEASED(site)
//
// A valuation's state (Val) is sparse, so its size follows what is live, not the
// function's size: the (place, object, facts) triples that hold, sorted by place then
// object; per object its two sites and two guards, for the objects some place holds;
// per place moved out, the site. Every array lives in the function's scratch arena.
//
// Flags: a function's state is a small set of such valuations, each for one
// valuation of its flags (local integers it tests and never takes the address of:
// 'freed', 'log_to_stdout'; pointer parameters it tests and never assigns). 'if
// (!freed) free(msg)' is decided per path: the valuation where 'freed' is 1 holds the
// released block, the one where it is 0 the owned one, and they meet only where the
// flag is forgotten. When there are more valuations than room, the two closest merge
// and forget the flags they differ in: precision degrades towards the
// flag-insensitive analysis, soundness does not. A branch on memory that moves
// values between places gets a path flag (no variable, never tested), which only
// keeps its two sides apart.
//
// Laws (testsuite/unit/test_ir.c checks them on hand-built IR): the join of two
// valuations (lat_join_val) is commutative, associative and idempotent. The join of
// two states (lat_join) is idempotent and an upper bound of both (lat_leq); it is a
// plain union, so commutative and associative, while every valuation has its own key
// and state and they fit in the slots; otherwise merging valuations trades precision
// for room, and the result depends on the order, but stays an upper bound. The
// transfer functions are monotone in lat_leq.
#include <limits.h>
#include <string.h>

#include "analyzer.h"

void lat_layout(MUT_BORROW Lattice *L, Arena *a) {
  L->a = a;
  L->marks = arena_alloc(a, sizeof *L->marks);
  L->marks->at = arena_alloc(a, sizeof(uint32_t) * (size_t)(L->nobjs + 1));
  L->nslots = L->nflags ? MAX_SLOTS : 1;
  L->size = sizeof(Val) * (size_t)L->nslots;
}

// ---- growing the arrays of a valuation ----

#define GROW(L, arr, n, cap)                                                                  \
  do {                                                                                        \
    if ((n) == (cap)) {                                                                       \
      int nc_ = (cap) ? 2 * (cap) : 8;                                                        \
      (arr) = arena_realloc((L)->a, (arr), sizeof *(arr) * (size_t)(cap), sizeof *(arr) * (size_t)nc_); \
      (cap) = nc_;                                                                            \
    }                                                                                         \
  } while (0)

// Copies the arrays of 'src' into 'dst', reusing what 'dst' has.
void lat_copy_val(BORROWED const Lattice *L, Val *dst, const Val *src) {
  Fact *f = dst->facts;
  ObjRec *r = dst->recs;
  Moved *m = dst->moved;
  int cf = dst->capfacts, cr = dst->caprecs, cm = dst->capmoved;
  if (cf < src->nfacts) {
    f = arena_alloc_raw(L->a, sizeof *f * (size_t)src->nfacts);  // filled below
    cf = src->nfacts;
  }
  if (cr < src->nrecs) {
    r = arena_alloc_raw(L->a, sizeof *r * (size_t)src->nrecs);  // filled below
    cr = src->nrecs;
  }
  if (cm < src->nmoved) {
    m = arena_alloc_raw(L->a, sizeof *m * (size_t)src->nmoved);  // filled below
    cm = src->nmoved;
  }
  *dst = *src;
  dst->facts = f, dst->capfacts = cf;
  dst->recs = r, dst->caprecs = cr;
  dst->moved = m, dst->capmoved = cm;
  if (src->nfacts)
    memcpy(f, src->facts, sizeof *f * (size_t)src->nfacts);
  if (src->nrecs)
    memcpy(r, src->recs, sizeof *r * (size_t)src->nrecs);
  if (src->nmoved)
    memcpy(m, src->moved, sizeof *m * (size_t)src->nmoved);
}

// A copy of 'src' with arrays of its own, exactly as large as needed (what a state
// stored for a block keeps).
static void store_val(const Lattice *L, Val *dst, const Val *src) {
  *dst = (Val){0};
  lat_copy_val(L, dst, src);
}

// ---- facts ----

// The index of the first fact of place 't' at or after object 'o' (binary search).
static int fact_at(const Val *v, int t, int o) {
  int lo = 0, hi = v->nfacts;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    const Fact *e = &v->facts[mid];
    if (e->t < t || (e->t == t && e->o < o))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

FactSet lat_get(BORROWED const Val *v, int t, int o) {
  int i = fact_at(v, t, o);
  return i < v->nfacts && v->facts[i].t == t && v->facts[i].o == o ? v->facts[i].f : 0;
}

void lat_put(BORROWED const Lattice *L, Val *v, int t, int o, FactSet f) {
  int i = fact_at(v, t, o);
  bool here = i < v->nfacts && v->facts[i].t == t && v->facts[i].o == o;
  if (here && f) {
    v->facts[i].f = f;
  } else if (here) {
    memmove(&v->facts[i], &v->facts[i + 1], sizeof *v->facts * (size_t)(v->nfacts - i - 1));
    v->nfacts--;
  } else if (f) {
    GROW(L, v->facts, v->nfacts, v->capfacts);
    memmove(&v->facts[i + 1], &v->facts[i], sizeof *v->facts * (size_t)(v->nfacts - i));
    v->facts[i] = (Fact){t, o, f};
    v->nfacts++;
  }
}

Fact *lat_row(BORROWED const Val *v, int t, int *n) {
  *n = 0;
  if (!v->nfacts)
    return v->facts;  // no arithmetic on a NULL array
  int i = fact_at(v, t, 0), j = i;
  while (j < v->nfacts && v->facts[j].t == t)
    j++;
  *n = j - i;
  return v->facts + i;
}

void lat_clear_row(Val *v, int t) {
  int n;
  Fact *r = lat_row(v, t, &n);
  if (!n)
    return;
  int i = (int)(r - v->facts);
  memmove(r, r + n, sizeof *r * (size_t)(v->nfacts - i - n));
  v->nfacts -= n;
}

Held lat_snap(BORROWED const Lattice *L, BORROWED const Val *v, int t) {
  int n;
  const Fact *r = lat_row(v, t, &n);
  Held s = {0};
  if (!n)  // most places hold nothing: no allocation
    return s;
  s.n = n;
  s.o = arena_alloc(L->a, (sizeof(int32_t) + sizeof(FactSet)) * (size_t)n);
  s.f = (FactSet *)(s.o + n);
  for (int i = 0; i < n; i++) {
    s.o[i] = r[i].o;
    s.f[i] = r[i].f;
  }
  return s;
}

void lat_set_row(BORROWED const Lattice *L, Val *v, int t, BORROWED const Held *r) {
  lat_clear_row(v, t);
  for (int i = 0; i < r->n; i++)
    if (r->f[i])
      lat_put(L, v, t, r->o[i], r->f[i]);
}

FactSet held_get(BORROWED const Held *r, int o) {
  for (int i = 0; i < r->n; i++)
    if (r->o[i] == o)
      return r->f[i];
  return 0;
}

void held_put(BORROWED const Lattice *L, Held *r, int o, FactSet f) {
  for (int i = 0; i < r->n; i++)
    if (r->o[i] == o) {
      r->f[i] = f;
      return;
    }
  int32_t *no = arena_alloc(L->a, sizeof(int32_t) * (size_t)(r->n + 1));
  FactSet *nf = arena_alloc(L->a, sizeof(FactSet) * (size_t)(r->n + 1));
  int k = 0;
  for (int i = 0; i < r->n; i++) {  // keep the objects in order
    if (k == i && r->o[i] > o) {
      no[k] = o;
      nf[k++] = f;
    }
    no[k] = r->o[i];
    nf[k++] = r->f[i];
  }
  if (k == r->n) {
    no[k] = o;
    nf[k++] = f;
  }
  r->o = no;
  r->f = nf;
  r->n = k;
}

// Removes the facts cleared to nothing: a place with no fact of an object does not
// hold it.
static void drop_empty(Val *v) {
  int n = 0;
  while (n < v->nfacts && v->facts[n].f)  // most calls drop none: nothing moves before the first
    n++;
  for (int i = n; i < v->nfacts; i++)
    if (v->facts[i].f)
      v->facts[n++] = v->facts[i];
  v->nfacts = n;
}

// Fact 'e' of an object being updated: clear, then set; true if it became empty.
static bool update_fact(Fact *e, FactSet clear, FactSet set) {
  FactSet f = (FactSet)(((e->f & ~clear) | set | (e->f & S_STATUS)) & ~(S_INTERIOR | S_LOAN));
  e->f = (FactSet)(f | (f ? e->f & (S_INTERIOR | S_LOAN) : 0));  // where the place points stays
  return !e->f;
}

void lat_obj_update(BORROWED const Lattice *L, Val *v, int o, FactSet clear, FactSet set) {
  (void)L;
  bool emptied = false;
  for (int i = 0; i < v->nfacts; i++)
    if (v->facts[i].o == o)
      emptied |= update_fact(&v->facts[i], clear, set);
  if (emptied)
    drop_empty(v);
}


bool lat_held_anywhere(BORROWED const Val *v, int o) {
  for (int i = 0; i < v->nfacts; i++)
    if (v->facts[i].o == o && !(v->facts[i].f & (S_STATUS | S_LOAN)))
      return true;
  return false;
}

// ---- per place: moved out ----

int32_t lat_moved_get(BORROWED const Val *v, int t) {
  for (int i = 0; i < v->nmoved; i++)
    if (v->moved[i].t == t)
      return v->moved[i].site;
  return 0;
}

void lat_moved_set(BORROWED const Lattice *L, Val *v, int t, int32_t site) {
  int i = 0;
  while (i < v->nmoved && v->moved[i].t < t)
    i++;
  if (i < v->nmoved && v->moved[i].t == t) {
    if (site)
      v->moved[i].site = site;
    else
      memmove(&v->moved[i], &v->moved[i + 1], sizeof *v->moved * (size_t)(v->nmoved-- - i - 1));
  } else if (site) {
    GROW(L, v->moved, v->nmoved, v->capmoved);
    memmove(&v->moved[i + 1], &v->moved[i], sizeof *v->moved * (size_t)(v->nmoved - i));
    v->moved[i] = (Moved){t, site};
    v->nmoved++;
  }
}

// ---- per object: sites and guards ----

static ObjRec *rec_find(const Val *v, int o) {
  int lo = 0, hi = v->nrecs;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (v->recs[mid].o < o)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < v->nrecs && v->recs[lo].o == o ? &v->recs[lo] : NULL;
}

// The record of object 'o', made if it has none.
static ObjRec *rec_of(const Lattice *L, Val *v, int o) {
  ObjRec *r = rec_find(v, o);
  if (r)
    return r;
  int i = 0;
  while (i < v->nrecs && v->recs[i].o < o)
    i++;
  GROW(L, v->recs, v->nrecs, v->caprecs);
  memmove(&v->recs[i + 1], &v->recs[i], sizeof *v->recs * (size_t)(v->nrecs - i));
  v->recs[i] = (ObjRec){o, {0, 0}, {0, 0}};
  v->nrecs++;
  return &v->recs[i];
}

int32_t lat_site_get(BORROWED const Val *v, int o, int k) {
  const ObjRec *r = rec_find(v, o);
  return r ? r->site[k] : 0;
}

void lat_site_set(BORROWED const Lattice *L, Val *v, int o, int k, int32_t site) {
  if (site || rec_find(v, o))
    rec_of(L, v, o)->site[k] = site;
}

// A fresh set of marked objects (Lattice.marks): marked(L, o) is false for every 'o'
// until mark(L, o). Sets are told apart by a stamp, so none is ever cleared.
static uint32_t new_marks(const Lattice *L) {
  Marks *m = L->marks;
  if (++m->stamp == 0) {  // wrapped round: clear once
    memset(m->at, 0, sizeof(uint32_t) * (size_t)(L->nobjs + 1));
    m->stamp = 1;
  }
  return m->stamp;
}

static void mark(const Lattice *L, int o) { L->marks->at[o] = L->marks->stamp; }
static bool marked(const Lattice *L, int o) { return L->marks->at[o] == L->marks->stamp; }

void lat_not_null(BORROWED const Lattice *L, Val *v, int t) {
  int n;
  const Fact *row = lat_row(v, t, &n);
  if (!n)
    return;
  new_marks(L);
  for (int i = 0; i < n; i++)
    if (row[i].f != S_NULL)
      mark(L, row[i].o);
  bool emptied = false;
  for (int i = 0; i < v->nfacts; i++)
    if (marked(L, v->facts[i].o))
      emptied |= update_fact(&v->facts[i], S_NULL, 0);
  if (emptied)
    drop_empty(v);
}

void lat_tidy(BORROWED const Lattice *L, Val *v) {
  if (!v->nrecs)
    return;  // no record to drop
  new_marks(L);
  for (int j = 0; j < v->nfacts; j++)
    mark(L, v->facts[j].o);
  int n = 0;
  for (int i = 0; i < v->nrecs; i++)
    if (marked(L, v->recs[i].o))
      v->recs[n++] = v->recs[i];
  v->nrecs = n;
}

// ---- flags ----

// The local 'v' is part of: itself, or for a field of a local struct ('opt.own'),
// that struct; NULL when it is reached through a pointer or rooted elsewhere.
// 'addr' (per var id) must be false along the way: no pointer may reach it.
static const Var *local_root(const Var *v, const bool *addr) {
  for (; v && v->kind == VK_FIELD; v = v->parent)
    if (v->arrow || v->id < 0 || addr[v->id])
      return NULL;
  return v && v->id >= 0 && !addr[v->id] ? v : NULL;
}

static bool flag_candidate(const Lattice *L, const Var *v, const bool *addr) {
  const Var *root = local_root(v, addr);
  return root && (root->kind == VK_LOCAL || root->kind == VK_PARAM || root->kind == VK_TEMP) && !root->is_static
         && (v->ty.kind == TY_INT || (v->kind == VK_TEMP && v->ty.kind == TY_OTHER)) && lat_tix(L, v) < 0;
}

// A global integer no pointer of the file reaches. Calls between two tests of it are
// assumed not to change it: 'if (g_verbose) ...; log(); if (g_verbose) ...' takes
// the same branch twice (which can only hide a finding, never make one).
static bool global_flag_candidate(const Var *v) {
  return v->kind == VK_GLOBAL && v->ty.kind == TY_INT && !var_addr_taken(v);
}

int lat_flag_find(BORROWED const Lattice *L, BORROWED const Var *v, long long k, bool gt) {
  if (!v)
    return -1;
  if (k == 0 && !gt && v->id >= 0)
    return L->flag_of[v->id];
  for (int f = 0; f < L->nflags; f++)
    if (L->flag_vars[f] == v && L->flag_k[f] == k && L->flag_gt[f] == gt)
      return f;
  return -1;
}

static void add_flag(Lattice *L, Var *v, long long k, bool gt) {
  if (L->nflags < MAX_FLAGS && lat_flag_find(L, v, k, gt) < 0) {
    L->flag_vars[L->nflags] = v;
    L->flag_k[L->nflags] = k;
    L->flag_gt[L->nflags] = gt;
    if (k == 0 && !gt && v->id >= 0)
      L->flag_of[v->id] = L->nflags;
    L->nflags++;
  }
}

// A test 'v != k' or 'v > k' seen while looking for flags, and how often it is made.
// Up to this many basic blocks, every test of a variable one of whose tests decides a
// resource counts towards making its comparisons flags ('mode == 2 && copy' after
// 'if (mode == 2) copy = ...'); beyond, only the deciding tests do: an interpreter's
// loop compares its locals everywhere, and each flag costs valuations.
#define MAX_WIDE_FLAGS_BLOCKS 400

typedef struct Test {
  Var *v;
  long long k;
  bool gt;
  int n;
  bool acts;  // a branch of one of them acquires or releases something
} Test;

// The flags: integers the function branches on ('if (!freed)'; not a call's result
// tested at once), and what is copied into them ('x = c ? 1 : 0' goes through a
// temporary); pointer parameters it never assigns, tested against NULL ('if
// (filename) fclose(f)'); none whose address is taken.
static void flag_set(const Lattice *L, Val *sl, int f, uint8_t v);

// The flags 'v' (or a struct holding it) is all of: those it gives a new value to.
static uint32_t flags_of(const Lattice *L, const Var *v) {
  uint32_t m = 0;
  for (int f = 0; v && f < L->nflags; f++)
    for (const Var *x = L->flag_vars[f]; x; x = x->kind == VK_FIELD ? x->parent : NULL)
      if (x == v) {
        m |= 1u << f;
        break;
      }
  return m;
}

// Which flags each block may still need (tested, or copied into a flag, before they
// are set again): per block id, at its entry. A flag no path needs any more says
// nothing: forgetting it (lat_flag_forget) lets valuations that differ only there
// merge, and keeps the valuations for the flags that matter.
static void flag_liveness(Lattice *L, Arena *a, const Cfg *g) {
  if (!L->nflags)
    return;
  uint32_t *gen = arena_alloc(a, sizeof(uint32_t) * (size_t)(g->nblocks + 1));
  uint32_t *kill = arena_alloc(a, sizeof(uint32_t) * (size_t)(g->nblocks + 1));
  L->flag_live = arena_alloc(a, sizeof(uint32_t) * (size_t)(g->nblocks + 1));
  for (int i = 0; i < g->nblocks; i++) {
    const Block *b = g->blocks[i];
    const Cond *cd = &b->cond;
    int f = b->s2 && cd->var ? lat_flag_find(L, cd->var, cd->k, cd->kind == C_GT) : -1;
    uint32_t live = f >= 0 ? 1u << f : 0, def = 0;
    for (int j = b->nops - 1; j >= 0; j--) {
      const Op *op = &b->ops[j];
      uint32_t d = 0;
      if (op->kind == OP_ASSIGN || op->kind == OP_CALL || op->kind == OP_DECL)
        d = flags_of(L, op->dst);
      for (int k = 0; op->kind == OP_KILL && k < op->nvars; k++)
        d |= flags_of(L, op->vars[k]);
      live &= ~d;
      def |= d;
      if (op->kind == OP_ASSIGN && op->src.kind == V_VAR)
        live |= flags_of(L, op->src.var);  // copied into a flag
    }
    gen[i] = live;
    kill[i] = def;
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (int i = g->nrpo - 1; i >= 0; i--) {
      const Block *b = g->rpo[i];
      uint32_t out = (b->s1 ? L->flag_live[b->s1->id] : 0) | (b->s2 ? L->flag_live[b->s2->id] : 0);
      uint32_t in = gen[b->id] | (out & ~kill[b->id]);
      changed |= in != L->flag_live[b->id];
      L->flag_live[b->id] = in;
    }
  }
}

void lat_flag_forget(BORROWED const Lattice *L, Val *sl, BORROWED const Block *to) {
  sl->dead = L->flag_live && to ? ~L->flag_live[to->id] : 0;
}

// Forgets the flags of 'sl' no path needs any more (Val.dead): true if one was known.
static bool fold_dead(const Lattice *L, Val *sl) {
  bool any = false;
  for (int f = 0; f < L->nflags; f++)
    if ((sl->dead >> f & 1) && sl->key[f] != K_UNKNOWN) {
      sl->key[f] = K_UNKNOWN;
      flag_set(L, sl, f, K_UNKNOWN);
      if (sl->recent == f + 1)
        sl->recent = 0;
      any = true;
    }
  return any;
}

// Is 'v' memory reached through a pointer ('a->entry', 'p->s.len')?
static bool reads_memory(const Var *v) {
  for (; v->kind == VK_FIELD; v = v->parent)
    if (v->arrow)
      return true;
  return false;
}

// Does block 'b' give a tracked pointer place another tracked place's value
// ('nokeep = a; keep = b;', 'tag = suffix;', 'tmp = handle; handle = suffix;')?
static bool moves_places(const Lattice *L, const Block *b) {
  for (int j = 0; b && j < b->nops; j++) {
    const Op *op = &b->ops[j];
    if (op->kind == OP_ASSIGN && op->dst && op->dst->ty.kind == TY_POINTER && lat_tix(L, op->dst) >= 0
        && op->src.kind == V_VAR && lat_tix(L, op->src.var) >= 0)
      return true;
  }
  return false;
}

// Path flags. A branch on memory ('if (!a->entry)', 'if (*tag)') is no flag: nothing
// says the memory keeps its value until the next test. When one of its sides moves
// values between places, the two sides are still kept apart, by a flag with no
// variable that no test reads: the valuations after the branch differ in it, so they
// join only when the state is full (it is never live, so it is forgotten first). The
// place that holds an object on one side and the one that holds it on the other stay
// paired, as they do after a branch on a local integer.
static void path_flags(Lattice *L, Arena *a, const Cfg *g, bool paths) {
  L->path_flag = arena_alloc(a, sizeof(int) * (size_t)(g->nblocks + 1));
  for (int i = 0; i < g->nblocks; i++)
    L->path_flag[i] = -1;
  if (!paths || g->nblocks > MAX_WIDE_FLAGS_BLOCKS)
    return;  // a large function fills its states anyway: they would only cost
  for (int i = 0; i < g->nrpo && L->nflags < MAX_FLAGS; i++) {
    const Block *b = g->rpo[i];
    const Cond *cd = &b->cond;
    if (!b->s2 || (cd->var && (!reads_memory(cd->var) || lat_flag_find(L, cd->var, cd->k, cd->kind == C_GT) >= 0)))
      continue;
    if (!moves_places(L, b->s1) && !moves_places(L, b->s2))
      continue;
    L->flag_vars[L->nflags] = NULL;
    L->flag_k[L->nflags] = 0;
    L->flag_gt[L->nflags] = false;
    L->path_flag[b->id] = L->nflags++;
  }
}

// Per var id, the flags whose variable is that place or a field within it: what
// writing the place makes unknown (flags_forget), found once rather than per write.
static void flags_under(Lattice *L, Arena *a, const Cfg *g) {
  L->nunder = g->nvars;
  L->flag_under = arena_alloc(a, sizeof(uint32_t) * (size_t)(g->nvars + 1));
  for (int f = 0; f < L->nflags; f++)
    for (const Var *x = L->flag_vars[f]; x; x = x->kind == VK_FIELD ? x->parent : NULL)
      if (x->id >= 0 && x->id < g->nvars)
        L->flag_under[x->id] |= 1u << f;
}

void lat_find_flags(MUT_BORROW Lattice *L, MUT_BORROW Arena *a, BORROWED const Cfg *g, const Op *const *ops,
                    int nops, const bool *acts, bool paths) {
  L->flag_of = arena_alloc(a, sizeof(int) * (size_t)(g->nvars + 1));
  L->flag_vars = arena_alloc(a, sizeof(Var *) * MAX_FLAGS);
  L->flag_k = arena_alloc(a, sizeof(long long) * MAX_FLAGS);
  L->flag_gt = arena_alloc(a, sizeof(bool) * MAX_FLAGS);
  bool *addr = arena_alloc(a, (size_t)g->nvars + 1);  // per var id: its address is taken
  bool *set = arena_alloc(a, (size_t)g->nvars + 1);   // it is assigned
  for (int i = 0; i < g->nvars; i++)
    L->flag_of[i] = -1;
  if (L->nobjs == 0)
    return;
  for (int k = 0; k < nops; k++) {
    const Op *op = ops[k];
    if (op->src.kind == V_ADDR && op->src.var->id >= 0)
      addr[op->src.var->id] = true;
    for (int i = 0; op->kind == OP_CALL && i < op->nargs; i++)
      if (op->args[i].kind == V_ADDR && op->args[i].var->id >= 0)
        addr[op->args[i].var->id] = true;
    if ((op->kind == OP_ASSIGN || op->kind == OP_CALL) && op->dst && op->dst->id >= 0)
      set[op->dst->id] = true;
  }
  // Tests of a global, against a constant other than 0 ('if (mode == 5)') or ordering
  // ones ('if (n > 64)') are flags when made twice (the second takes the branch the
  // first did), of a variable one of whose tests decides whether a resource is
  // acquired or released (a branch of it does: 'acts', per block id). Tests for
  // equality count together: 'x == A' and 'x == B' tell about each other ('x == A'
  // true makes 'x == B' false, lat_flag_edge).
  Test *tests = NULL;
  int ntests = 0, captests = 0;
  for (int i = 0; i < g->nrpo; i++) {
    const Block *b = g->rpo[i];
    Var *v = b->s2 ? b->cond.var : NULL;
    if (!v)
      continue;
    bool gt = b->cond.kind == C_GT;
    if ((b->cond.kind == C_NONZERO || gt)
        && (v->kind == VK_GLOBAL ? global_flag_candidate(v)
                                 : v->kind != VK_TEMP && !addr[v->id] && flag_candidate(L, v, addr))) {
      if (b->cond.k == 0 && !gt && v->kind != VK_GLOBAL) {
        add_flag(L, v, 0, false);
        continue;
      }
      bool decides = !acts || acts[b->s1->id] || acts[b->s2->id];
      if (!decides && g->nblocks > MAX_WIDE_FLAGS_BLOCKS)
        continue;  // a large function: only the tests that decide a resource count
      int t = 0;
      while (t < ntests && !(tests[t].v == v && tests[t].k == b->cond.k && tests[t].gt == gt))
        t++;
      if (t == ntests)
        ARR_PUSH(a, tests, ntests, captests, ((Test){v, b->cond.k, gt, 0, false}));
      tests[t].n++;
      tests[t].acts |= decides;
    } else if (b->cond.kind == C_NONNULL && v->id >= 0 && !addr[v->id] && v->kind == VK_PARAM
               && v->ty.kind == TY_POINTER && !set[v->id]) {
      add_flag(L, v, 0, false);
    }
  }
  for (int t = 0; t < ntests; t++) {
    bool acting = false;
    int n = tests[t].n;
    for (int u = 0; u < ntests; u++)
      if (tests[u].v == tests[t].v) {
        acting |= tests[u].acts;
        n += u != t && !tests[t].gt && !tests[u].gt ? tests[u].n : 0;
      }
    if (acting && n >= 2)
      add_flag(L, tests[t].v, tests[t].k, tests[t].gt);
  }
  for (bool changed = L->nflags > 0; changed;) {
    int before = L->nflags;
    for (int k = 0; k < nops; k++) {
      const Op *op = ops[k];
      if (op->kind != OP_ASSIGN || op->src.kind != V_VAR || !flag_candidate(L, op->src.var, addr))
        continue;
      for (int f = 0; f < L->nflags; f++)  // what is copied into a flag
        if (L->flag_vars[f] == op->dst)
          add_flag(L, op->src.var, L->flag_k[f], L->flag_gt[f]);
    }
    changed = L->nflags != before;
  }
  path_flags(L, a, g, paths);
  flag_liveness(L, a, g);
  flags_under(L, a, g);
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

static void mark_existing(const Lattice *L, const Val *v);
static void unmark(const Lattice *L, int o) { L->marks->at[o] = 0; }  // a stamp is never 0

// Flag 'f' was given value 'v' (or an unknown one): every object that exists now and
// has no assigned guard on another flag gets it; other guards on 'f' no longer hold.
// Linear in the facts: the objects that exist are marked once, and each is unmarked
// when its guard is set.
static void flag_set(const Lattice *L, Val *sl, int f, uint8_t v) {
  if (v != K_UNKNOWN)
    mark_existing(L, sl);
  for (int i = 0; i < sl->nrecs; i++) {  // the guards there are
    ObjRec *r = &sl->recs[i];
    uint8_t *ga = &r->guard[G_ASSIGNED], *gt = &r->guard[G_CREATED];
    if (*ga && guard_flag(*ga) == f && (v == K_UNKNOWN || !marked(L, r->o)))
      *ga = 0;
    if (*gt && guard_flag(*gt) == f)
      *gt = 0;
  }
  if (v == K_UNKNOWN)
    return;
  for (int i = 0; i < sl->nfacts; i++) {  // the objects that exist, each once
    int o = sl->facts[i].o;
    if (!marked(L, o))
      continue;
    unmark(L, o);
    ObjRec *r = rec_of(L, sl, o);
    if (!r->guard[G_ASSIGNED] || guard_flag(r->guard[G_ASSIGNED]) == f)
      r->guard[G_ASSIGNED] = mk_guard(f, v);
  }
}

static bool has_guards(const Val *v) {
  for (int i = 0; i < v->nrecs; i++)
    if (v->recs[i].guard[0] | v->recs[i].guard[1])
      return true;
  return false;
}

// The objects that exist in 'v' (some place holds them as more than NULL), marked
// (the marks are new).
static void mark_existing(const Lattice *L, const Val *v) {
  new_marks(L);
  for (int i = 0; i < v->nfacts; i++)
    if (v->facts[i].f & ~S_NULL)
      mark(L, v->facts[i].o);
}

// The guard 'k' of an object after a join, from its guards on either side and whether
// it exists there.
static uint8_t joined_guard(uint8_t gd, uint8_t gs, bool ed, bool es) {
  return ed && es ? (gd == gs ? gd : 0) : es ? gs : ed ? gd : 0;
}

// The guards of 'dst' joined with those of 'src' (before their facts are): an object
// that exists on one side only keeps that side's guards. True if one changed.
static bool join_guards(const Lattice *L, Val *dst, const Val *src) {
  if (!has_guards(dst) && !has_guards(src))
    return false;  // no guard on either side: none after (the common case)
  int nd = dst->nrecs, ns = src->nrecs;
  bool *ed = arena_alloc(L->a, (size_t)(nd + ns + 2)), *es = arena_alloc(L->a, (size_t)(nd + ns + 2));
  // Whether each record's object exists in 'dst' (ed) and in 'src' (es): dst's records
  // first, then src's.
  mark_existing(L, dst);
  for (int i = 0; i < nd; i++)
    ed[i] = marked(L, dst->recs[i].o);
  for (int j = 0; j < ns; j++)
    ed[nd + j] = marked(L, src->recs[j].o);
  mark_existing(L, src);
  for (int i = 0; i < nd; i++)
    es[i] = marked(L, dst->recs[i].o);
  for (int j = 0; j < ns; j++)
    es[nd + j] = marked(L, src->recs[j].o);
  bool changed = false, added = false;
  int i = 0, j = 0;
  while (i < nd || j < ns) {  // both sorted by object
    ObjRec *rd = i < nd ? &dst->recs[i] : NULL;
    const ObjRec *rs = j < ns ? &src->recs[j] : NULL;
    if (rd && (!rs || rd->o <= rs->o)) {
      bool both = rs && rs->o == rd->o;
      for (int k = 0; k < 2; k++) {
        uint8_t g = joined_guard(rd->guard[k], both ? rs->guard[k] : 0, ed[i], es[i]);
        if (g != rd->guard[k]) {
          rd->guard[k] = g;
          changed = true;
        }
      }
      i++;
      j += both;
    } else {  // a record only 'src' has: 'dst' needs one if a guard results
      for (int k = 0; k < 2; k++)
        added |= joined_guard(0, rs->guard[k], ed[nd + j], es[nd + j]) != 0;
      j++;
    }
  }
  for (int k = 0; added && k < ns; k++) {
    const ObjRec *rs = &src->recs[k];
    if (rec_find(dst, rs->o))
      continue;
    uint8_t g[2] = {joined_guard(0, rs->guard[0], ed[nd + k], es[nd + k]),
                    joined_guard(0, rs->guard[1], ed[nd + k], es[nd + k])};
    if (g[0] | g[1]) {
      ObjRec *r = rec_of(L, dst, rs->o);
      r->guard[0] = g[0], r->guard[1] = g[1];
      changed = true;
    }
  }
  return changed;
}

// 'v' gets a value nobody knows: so do the flags in it (itself, or the fields of a
// struct 'v' that are flags).
static void flags_forget(const Lattice *L, Val *sl, const Var *v) {
  if (!v)
    return;
  uint32_t under = 0;
  if (v->id >= 0 && v->id < L->nunder) {
    under = L->flag_under[v->id];
  } else {  // a place made after the flags were found
    for (int f = 0; f < L->nflags; f++)
      for (const Var *x = L->flag_vars[f]; x; x = x->kind == VK_FIELD ? x->parent : NULL)
        if (x == v)
          under |= 1u << f;
  }
  for (int f = 0; under; f++, under >>= 1)
    if (under & 1) {
      sl->key[f] = K_UNKNOWN;
      flag_set(L, sl, f, K_UNKNOWN);
    }
}

static bool edge_flag(Val *sl, int f, uint8_t want, bool *emptied);

bool lat_flag_op(BORROWED const Lattice *L, Val *sl, BORROWED const Op *op) {
  uint8_t *k = sl->key;
  switch (op->kind) {
  case OP_DEREF:
  case OP_WRITE: {  // '*p', 'p->f': from here on 'p' is not NULL; a path where it was ends
    int f = op->var && op->var->ty.kind == TY_POINTER ? lat_flag_find(L, op->var, 0, false) : -1;
    if (f < 0)
      break;
    bool emptied = false;
    if (!edge_flag(sl, f, K_NONZERO, &emptied))
      return false;
    if (emptied)
      drop_empty(sl);
    break;
  }
  case OP_ASSIGN: {
    bool any = false;
    for (int f = 0; f < L->nflags; f++) {
      if (L->flag_vars[f] != op->dst)
        continue;
      int from = op->src.kind == V_VAR ? lat_flag_find(L, op->src.var, L->flag_k[f], L->flag_gt[f]) : -1;
      bool holds = L->flag_gt[f] ? op->kval > L->flag_k[f] : op->kval != L->flag_k[f];
      k[f] = from >= 0 ? k[from] : op->konst == K_UNKNOWN ? K_UNKNOWN : holds ? K_NONZERO : K_ZERO;
      flag_set(L, sl, f, k[f]);
      sl->recent = (uint8_t)(f + 1);
      any = true;
    }
    if (!any)
      flags_forget(L, sl, op->dst);  // 'opt = defaults;' rewrites 'opt.own'
    break;
  }
  case OP_CALL:
  case OP_DECL:
    flags_forget(L, sl, op->dst);
    break;
  case OP_KILL:
    for (int i = 0; i < op->nvars; i++)
      flags_forget(L, sl, op->vars[i]);
    break;
  default: break;
  }
  return true;
}

// Flag 'f' has value 'want' on this edge: false if it is known to have the other;
// objects guarded by the other value do not exist here.
static bool edge_flag(Val *sl, int f, uint8_t want, bool *emptied) {
  if (sl->key[f] != K_UNKNOWN && sl->key[f] != want)
    return false;
  sl->key[f] = want;
  for (int i = 0; i < sl->nrecs; i++) {
    ObjRec *r = &sl->recs[i];
    bool other = false;
    for (int k = 0; k < 2; k++)
      other |= r->guard[k] && guard_flag(r->guard[k]) == f && guard_value(r->guard[k]) != want;
    if (!other)
      continue;
    for (int j = 0; j < sl->nfacts; j++)  // it does not exist on this edge: at most NULL
      if (sl->facts[j].o == r->o) {
        sl->facts[j].f &= S_NULL;
        *emptied |= !sl->facts[j].f;  // dropped by the caller (drop_empty)
      }
    r->guard[0] = r->guard[1] = 0;
  }
  return true;
}

// The edge tells that the integer 'v' is within [lo, hi]: the other flags of 'v'
// that this decides ('x == 2' true makes 'x == 3' false and 'x > 5' false).
static bool edge_implies(const Lattice *L, Val *sl, const Var *v, int skip, long long lo, long long hi,
                         bool *emptied) {
  for (int f = 0; f < L->nflags; f++) {
    if (f == skip || L->flag_vars[f] != v)
      continue;
    long long k = L->flag_k[f];
    uint8_t want = K_UNKNOWN;
    if (L->flag_gt[f])  // 'v > k'
      want = lo > k ? K_NONZERO : hi <= k ? K_ZERO : K_UNKNOWN;
    else                // 'v != k'
      want = k < lo || k > hi ? K_NONZERO : lo == k && hi == k ? K_ZERO : K_UNKNOWN;
    if (want != K_UNKNOWN && !edge_flag(sl, f, want, emptied))
      return false;
  }
  return true;
}

bool lat_flag_edge(BORROWED const Lattice *L, Val *sl, BORROWED const Block *b, bool s1) {
  const Cond *cd = &b->cond;
  int pf = L->path_flag ? L->path_flag[b->id] : -1;
  if (pf >= 0)  // a path flag: the two sides stay apart while there is room
    sl->key[pf] = s1 ? K_NONZERO : K_ZERO;
  bool ptr = cd->var && cd->var->ty.kind == TY_POINTER;
  bool num = (cd->kind == C_NONZERO || cd->kind == C_GT) && !ptr;
  int f = num || (cd->kind == C_NONNULL && ptr) ? lat_flag_find(L, cd->var, cd->k, cd->kind == C_GT) : -1;
  bool emptied = false;
  if (f >= 0) {
    if (!edge_flag(sl, f, s1 ? K_NONZERO : K_ZERO, &emptied))
      return false;
    sl->recent = (uint8_t)(f + 1);
  }
  if (num && L->nflags) {
    long long lo = LLONG_MIN, hi = LLONG_MAX;
    if (cd->kind == C_NONZERO && !s1)  // 'x == k'
      lo = hi = cd->k;
    else if (cd->kind == C_GT && s1 && cd->k < LLONG_MAX)
      lo = cd->k + 1;
    else if (cd->kind == C_GT && !s1)
      hi = cd->k;
    if ((lo != LLONG_MIN || hi != LLONG_MAX) && !edge_implies(L, sl, cd->var, f, lo, hi, &emptied))
      return false;
  }
  if (emptied)  // facts are never empty but where edge_flag just cleared them
    drop_empty(sl);
  return true;
}

void lat_age(BORROWED const Lattice *L, Val *S, int o) {
  int old = L->objs[o].old;
  if (L->nflags) {  // a new instance: guarded by the flag last tested or set, if known
    int f = S->recent - 1;
    uint8_t v = f >= 0 ? S->key[f] : K_UNKNOWN;
    if (v != K_UNKNOWN || rec_find(S, o)) {
      ObjRec *r = rec_of(L, S, o);
      r->guard[G_ASSIGNED] = 0;
      r->guard[G_CREATED] = v != K_UNKNOWN ? mk_guard(f, v) : 0;
    }
    ObjRec *ro = old >= 0 ? rec_find(S, old) : NULL;
    if (ro)  // the older instances: no flag known
      ro->guard[G_ASSIGNED] = ro->guard[G_CREATED] = 0;
  }
  if (old < 0)
    return;
  int moved = 0;
  for (int i = 0; i < S->nfacts; i++)
    moved += S->facts[i].o == o;
  if (moved) {  // whoever held 'o' now holds 'old'
    Fact *tmp = arena_alloc(L->a, sizeof *tmp * (size_t)moved);
    int n = 0, k = 0;
    for (int i = 0; i < S->nfacts; i++)
      if (S->facts[i].o == o)
        tmp[k++] = S->facts[i];
      else
        S->facts[n++] = S->facts[i];
    S->nfacts = n;
    for (int i = 0; i < k; i++)
      lat_put(L, S, tmp[i].t, old, (FactSet)(lat_get(S, tmp[i].t, old) | tmp[i].f));
  }
  for (int k = 0; k < 2; k++) {
    int32_t so = lat_site_get(S, o, k), sold = lat_site_get(S, old, k);
    if (so && (!sold || so < sold))
      lat_site_set(L, S, old, k, so);
  }
}

// ---- states: sets of valuations ----
// A state is L->nslots valuations; one is in use when it is reached.

void lat_init_bottom(BORROWED const Lattice *L, void *S) {
  memset(S, 0, L->size);
}

void lat_init_entry(BORROWED const Lattice *L, void *S) {
  memset(S, 0, L->size);
  ((Val *)S)[0].reached = true;  // one valuation, every flag unknown
  ((Val *)S)[0].fresh = true;
}

void lat_refresh(BORROWED const Lattice *L, void *S) {
  for (int i = 0; i < L->nslots; i++)
    ((Val *)S)[i].fresh = ((Val *)S)[i].reached;
}

static bool fact_before(const Fact *a, const Fact *b) {
  return a->t < b->t || (a->t == b->t && a->o < b->o);
}

// The facts of 'src' joined into those of 'dst' (a union, per place and object): one
// merge of the two sorted arrays, in place from the end when facts are added.
static bool join_facts(const Lattice *L, Val *dst, const Val *src) {
  bool changed = false;
  int added = 0;
  for (int i = 0, j = 0; j < src->nfacts;) {
    Fact *d = i < dst->nfacts ? &dst->facts[i] : NULL;
    const Fact *e = &src->facts[j];
    if (d && fact_before(d, e)) {
      i++;
    } else if (d && d->t == e->t && d->o == e->o) {
      if ((d->f | e->f) != d->f) {
        d->f = (FactSet)(d->f | e->f);
        changed = true;
      }
      i++, j++;
    } else {
      added++, j++;
    }
  }
  if (!added)
    return changed;
  int n = dst->nfacts + added;
  if (dst->capfacts < n) {
    int cap = dst->capfacts ? dst->capfacts : 8;
    while (cap < n)
      cap *= 2;
    dst->facts = arena_realloc(L->a, dst->facts, sizeof *dst->facts * (size_t)dst->capfacts, sizeof *dst->facts * (size_t)cap);
    dst->capfacts = cap;
  }
  for (int i = dst->nfacts - 1, j = src->nfacts - 1, k = n - 1; j >= 0;) {
    const Fact *e = &src->facts[j];
    if (i >= 0 && dst->facts[i].t == e->t && dst->facts[i].o == e->o)
      dst->facts[k--] = dst->facts[i--], j--;  // joined above
    else if (i >= 0 && fact_before(e, &dst->facts[i]))
      dst->facts[k--] = dst->facts[i--];
    else
      dst->facts[k--] = src->facts[j--];
  }
  dst->nfacts = n;
  return true;
}

// The guards of 'v' joined with those of a valuation with the same facts and records
// (join_guards): an object's guards stay where it exists, and go where it does not.
static bool join_guards_same(const Lattice *L, Val *v) {
  if (!has_guards(v))
    return false;
  bool changed = false;
  mark_existing(L, v);
  for (int i = 0; i < v->nrecs; i++) {
    ObjRec *r = &v->recs[i];
    if ((r->guard[0] | r->guard[1]) && !marked(L, r->o)) {
      r->guard[0] = r->guard[1] = 0;
      changed = true;
    }
  }
  return changed;
}

bool lat_join_val(BORROWED const Lattice *L, Val *dst, const Val *src) {
  if (lat_same_state(dst, src))  // half the joins at a loop's blocks: each joins into itself
    return L->nflags && join_guards_same(L, dst);
  bool changed = L->nflags && join_guards(L, dst, src);
  changed |= join_facts(L, dst, src);  // union of the facts
  for (int i = 0; i < src->nmoved; i++) {  // the earliest moved site
    int32_t dm = lat_moved_get(dst, src->moved[i].t), sm = src->moved[i].site;
    if (!dm || sm < dm) {
      lat_moved_set(L, dst, src->moved[i].t, sm);
      changed = true;
    }
  }
  bool added = false;
  for (int i = 0, j = 0; j < src->nrecs; j++) {  // the earliest sites (both sorted by object)
    const ObjRec *r = &src->recs[j];
    while (i < dst->nrecs && dst->recs[i].o < r->o)
      i++;
    if (i == dst->nrecs || dst->recs[i].o != r->o) {
      added |= r->site[0] > 0 || r->site[1] > 0;  // a record 'dst' does not have yet
      continue;
    }
    for (int k = 0; k < 2; k++)
      if (r->site[k] > 0 && (dst->recs[i].site[k] == 0 || r->site[k] < dst->recs[i].site[k])) {
        dst->recs[i].site[k] = r->site[k];
        changed = true;
      }
  }
  for (int j = 0; added && j < src->nrecs; j++)
    for (int k = 0; k < 2; k++) {
      int32_t ss = src->recs[j].site[k], ds = lat_site_get(dst, src->recs[j].o, k);
      if (ss > 0 && (ds == 0 || ss < ds)) {
        lat_site_set(L, dst, src->recs[j].o, k, ss);
        changed = true;
      }
    }
  return changed;
}

bool lat_same_state(BORROWED const Val *a, BORROWED const Val *b) {
  if (a->nfacts != b->nfacts || a->nrecs != b->nrecs || a->nmoved != b->nmoved)
    return false;
  for (int i = 0; i < a->nfacts; i++)
    if (a->facts[i].t != b->facts[i].t || a->facts[i].o != b->facts[i].o || a->facts[i].f != b->facts[i].f)
      return false;
  for (int i = 0; i < a->nrecs; i++) {  // field by field: an ObjRec has padding
    const ObjRec *x = &a->recs[i], *y = &b->recs[i];
    if (x->o != y->o || x->site[0] != y->site[0] || x->site[1] != y->site[1] || x->guard[0] != y->guard[0]
        || x->guard[1] != y->guard[1])
      return false;
  }
  for (int i = 0; i < a->nmoved; i++)
    if (a->moved[i].t != b->moved[i].t || a->moved[i].site != b->moved[i].site)
      return false;
  return true;
}

// Does valuation 'general' cover 'k' (equal, or unknown where they differ)?
static bool covers(const Lattice *L, const uint8_t *general, const uint8_t *k) {
  for (int f = 0; f < L->nflags; f++)
    if (general[f] != K_UNKNOWN && general[f] != k[f])
      return false;
  return true;
}

// In how many flags do two valuations differ?
static int distance(const Lattice *L, const uint8_t *a, const uint8_t *b) {
  int n = 0;
  for (int f = 0; f < L->nflags; f++)
    n += a[f] != b[f];
  return n;
}

// Valuation 'd' takes in 'src': its key forgets the flags where they differ, then it
// takes in the other valuations of S its key now covers.
static void merge_into(const Lattice *L, Val *S, Val *d, const Val *src) {
  for (int f = 0; f < L->nflags; f++)
    if (d->key[f] != src->key[f])
      d->key[f] = K_UNKNOWN;
  lat_join_val(L, d, src);
  for (int i = 0; i < L->nslots; i++) {
    Val *o = &S[i];
    if (o != d && o->reached && covers(L, d->key, o->key)) {
      lat_join_val(L, d, o);
      o->reached = false;
    }
  }
}

static bool join_slot(const Lattice *L, Val *S, const Val *src, bool folded, bool wide, bool *took);

// A valuation of a state that a join changed is 'fresh': the block's next transfer
// has it to do (the others gave what they give already). 'changed' passes through.
static bool joined(Val *v, bool changed) {
  v->fresh |= changed;
  return changed;
}

bool lat_join_slot(BORROWED const Lattice *L, void *state, Val *src) {
  bool took = false;
  join_slot(L, state, src, false, false, &took);
  return took;
}

// Every valuation a state holds is tidy (lat_tidy), and so is 'src' (flow_out tidies
// what it joins), and a join of tidy valuations is tidy: the records it adds are of
// objects whose facts it adds. So nothing here tidies again.
// 'folded': the flags no path needs any more are forgotten already (a full state does
// that before it merges valuations: they are told apart while there is room, for the
// notes of a finding, and merged first when there is not).
// 'wide': the widening join (lat_join_wide): 'src' goes into the valuations there are,
// never into a slot of its own.
// 'took' (or NULL): when 'src' gets a slot of its own, the slot takes its arrays, not
// a copy of them, and *took says so.
static bool join_slot(const Lattice *L, Val *S, const Val *src, bool folded, bool wide, bool *took) {
  for (int i = 0; i < L->nslots; i++) {  // the same key
    Val *d = &S[i];
    if (d->reached && !memcmp(d->key, src->key, (size_t)L->nflags))
      return joined(d, lat_join_val(L, d, src));
  }
  for (int i = 0; i < L->nslots; i++) {  // the same state: the flags that differ say nothing
    Val *d = &S[i];
    if (d->reached && lat_same_state(d, src)) {
      merge_into(L, S, d, src);
      return joined(d, true);
    }
  }
  bool any = false;
  for (int i = 0; i < L->nslots && wide; i++)
    any |= S[i].reached;
  for (int i = 0; i < L->nslots && !any; i++) {  // room: the paths that know more stay apart
    if (!S[i].reached) {
      if (took)
        S[i] = *src, *took = true;
      else
        store_val(L, &S[i], src);
      return joined(&S[i], true);
    }
  }
  for (int i = 0; i < L->nslots; i++) {  // a valuation that knows less takes it in
    Val *d = &S[i];
    if (d->reached && covers(L, d->key, src->key))
      return joined(d, lat_join_val(L, d, src));
  }
  if (!folded && src->dead) {
    Val v = {0};
    lat_copy_val(L, &v, src);
    bool mine = false, theirs = fold_dead(L, &v);  // S changes too when its keys are folded
    for (int i = 0; i < L->nslots; i++)
      mine |= joined(&S[i], fold_dead(L, &S[i]));
    if (mine || theirs)
      return join_slot(L, S, &v, true, wide, NULL) || mine;
  }
  int bi = 0, bj = -1, best = L->nflags + 1;  // bj == -1: the new valuation
  for (int i = 0; i < L->nslots; i++) {
    int dn = S[i].reached ? distance(L, S[i].key, src->key) : L->nflags + 1;
    if (dn < best)
      best = dn, bi = i, bj = -1;
    for (int j = i + 1; j < L->nslots && !wide; j++) {
      int dij = distance(L, S[i].key, S[j].key);
      if (dij < best)
        best = dij, bi = i, bj = j;
    }
  }
  Val *d = &S[bi];
  if (bj < 0) {
    merge_into(L, S, d, src);
    return joined(d, true);
  }
  merge_into(L, S, d, &S[bj]);  // frees the other (its key is covered now)
  joined(d, true);
  S[bj].reached = false;
  return join_slot(L, S, src, folded, wide, took);
}

static bool join_state(const Lattice *L, void *dst, const void *src, bool wide) {
  bool changed = false;
  for (int i = 0; i < L->nslots; i++) {
    const Val *sl = &((const Val *)src)[i];
    if (sl->reached)
      changed |= join_slot(L, dst, sl, false, wide, NULL);
  }
  return changed;
}

bool lat_join(BORROWED const Lattice *L, void *dst, const void *src) {
  return join_state(L, dst, src, false);
}

// The widening join, for a block whose state keeps changing. The set of valuations
// is not of small height: a loop that gives flags new values each time round
// ('case \'-\': left = 1; break;' in a format loop) keeps bringing valuations with
// new keys, which take free slots or push two others into one, for many rounds. Here
// they go into the valuations the state has: the number of valuations stops growing,
// and each change adds a fact or forgets a flag, so the state settles soon. The
// valuations there are stay apart, with what they know.
bool lat_join_wide(BORROWED const Lattice *L, void *dst, const void *src) {
  return join_state(L, dst, src, true);
}

void lat_copy_state(BORROWED const Lattice *L, void *dst, const void *src) {
  for (int i = 0; i < L->nslots; i++)
    store_val(L, &((Val *)dst)[i], &((const Val *)src)[i]);
}

// ---- the order ----

// Joins into 'out' every reached valuation of 'S' whose key covers the concrete key
// 'k'; false if none does.
static bool at_valuation(const Lattice *L, const Val *S, const uint8_t *k, Val *out) {
  bool any = false;
  for (int i = 0; i < L->nslots; i++) {
    const Val *sl = &S[i];
    if (!sl->reached || !covers(L, sl->key, k))
      continue;
    if (!any)
      lat_copy_val(L, out, sl);
    else
      lat_join_val(L, out, sl);
    any = true;
  }
  return any;
}

// Do two valuations hold the same facts and guards? The sites they keep are
// witnesses for messages ("moved here"), not facts: they are not compared.
static bool same_facts(const Val *a, const Val *b) {
  if (a->nfacts != b->nfacts || a->nmoved != b->nmoved)
    return false;
  for (int i = 0; i < a->nfacts; i++)
    if (a->facts[i].t != b->facts[i].t || a->facts[i].o != b->facts[i].o || a->facts[i].f != b->facts[i].f)
      return false;
  for (int i = 0; i < a->nmoved; i++)
    if (a->moved[i].t != b->moved[i].t)
      return false;
  for (int i = 0; i < a->nrecs; i++) {
    const ObjRec *r = rec_find(b, a->recs[i].o);
    uint8_t g0 = r ? r->guard[0] : 0, g1 = r ? r->guard[1] : 0;
    if (a->recs[i].guard[0] != g0 || a->recs[i].guard[1] != g1)
      return false;
  }
  for (int i = 0; i < b->nrecs; i++)
    if ((b->recs[i].guard[0] || b->recs[i].guard[1]) && !rec_find(a, b->recs[i].o))
      return false;
  return true;
}

bool lat_leq(BORROWED const Lattice *L, const void *xs, const void *ys) {
  const Val *x = xs, *y = ys;
  int rel[MAX_FLAGS], nrel = 0;
  for (int f = 0; f < L->nflags; f++) {
    bool known = false;
    for (int i = 0; i < L->nslots && !known; i++)
      known = (x[i].reached && x[i].key[f] != K_UNKNOWN) || (y[i].reached && y[i].key[f] != K_UNKNOWN);
    if (known)
      rel[nrel++] = f;
  }
  if (nrel > 16)
    return false;
  Val sx = {0}, sy = {0}, both = {0};
  uint8_t k[MAX_FLAGS + 1];
  for (long mask = 0; mask < 1L << nrel; mask++) {
    memset(k, K_UNKNOWN, sizeof k);
    for (int r = 0; r < nrel; r++)
      k[rel[r]] = (mask >> r) & 1 ? K_NONZERO : K_ZERO;
    if (!at_valuation(L, x, k, &sx))
      continue;
    if (!at_valuation(L, y, k, &sy))
      return false;
    lat_copy_val(L, &both, &sy);
    lat_join_val(L, &both, &sx);
    if (!same_facts(&both, &sy))
      return false;
  }
  return true;
}
