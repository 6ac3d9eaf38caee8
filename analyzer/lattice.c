// lattice.c: the ownership lattice of one function: facts, layout, join, flags.
//
// Model: an abstract object per allocation site, per owned parameter, per OWNED
// declaration whose value comes from elsewhere, and per unannotated pointer
// parameter (an object the caller owns); objects.c finds them. A state gives, for
// every tracked place and every object, the facts that hold of that object *as that
// place sees it* (0: the place does not point to it). Keeping facts per place keeps
// them apart across joins: after 'free(n); n = next;' in a loop, 'n' never holds the
// freed node, although 'head' still does. Facts (a may-set; join = union; the sites
// of MOVED and RELEASED join to the earliest):
//
//            OWNED   NULL   ESCAPED   EXTERNAL   REALLOC
//                 \    |     /    ___/     ____/
//                  MOVED(site)   RELEASED(site)
//
// One valuation's state: val[ntracked][nobjs] | moved[ntracked] | site[nobjs][2] |
// guard[nobjs][2] (only with flags) | reached, then its key (a value per flag) and
// the flag set or tested last. moved and site hold a site (ownership.c's mk_site);
// 0 means unset.
//
// Flags: a function's state is a small set of such states, each for one valuation
// of its flags (local integers it tests and never takes the address of: 'freed',
// 'log_to_stdout'; pointer parameters it tests and never assigns). 'if (!freed)
// free(msg)' is decided per path: the state where 'freed' is 1 holds the released
// block, the one where it is 0 the owned one, and they meet only where the flag is
// forgotten. When there are more valuations than room, the two closest merge and
// forget the flags they differ in: precision degrades towards the flag-insensitive
// analysis, soundness does not.
//
// Laws (testsuite/unit/test_ir.c checks them on hand-built IR): the join of two
// valuations (lat_join_state) is commutative, associative and idempotent. The join
// of two states (lat_join) is idempotent and an upper bound of both (lat_leq); it is
// a plain union, so commutative and associative, while every valuation has its own
// key and state and they fit in the slots; otherwise merging valuations trades
// precision for room, and the result depends on the order, but stays an upper bound.
// The transfer functions are monotone in lat_leq.
#include <string.h>

#include "analyzer.h"

void lat_layout(MUT_BORROW Lattice *L) {
  size_t vals = ((size_t)L->ntracked * (size_t)L->nobjs + 3) & ~(size_t)3;
  L->off_moved = vals;
  L->off_site = L->off_moved + sizeof(int32_t) * (size_t)L->ntracked;
  L->off_guard = L->off_site + sizeof(int32_t) * 2 * (size_t)L->nobjs;
  L->off_reached = L->off_guard + (L->nflags ? 2 * (size_t)L->nobjs : 0);
  L->sub = (L->off_reached + 1 + 7) & ~(size_t)7;
  L->slot = (L->sub + (size_t)L->nflags + 1 + 7) & ~(size_t)7;
  L->nslots = L->nflags ? MAX_SLOTS : 1;
  L->size = L->slot * (size_t)L->nslots;
}

// ---- facts ----

// In every place that holds object 'o': clear the facts 'clear', then add 'set'.
// Whether a place holds it as a status result (S_STATUS) never changes.
void lat_obj_update(const Lattice *L, void *S, int o, uint8_t clear, uint8_t set) {
  for (int t = 0; t < L->ntracked; t++) {
    uint8_t *f = &lat_row(L, S, t)[o];
    if (*f)
      *f = (uint8_t)((*f & ~clear) | set | (*f & S_STATUS));
  }
}

bool lat_held_anywhere(const Lattice *L, void *S, int o) {
  for (int t = 0; t < L->ntracked; t++)
    if (lat_row(L, S, t)[o] && !(lat_row(L, S, t)[o] & S_STATUS))
      return true;
  return false;
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

static void add_flag(Lattice *L, Var *v) {
  if (L->nflags < MAX_FLAGS && L->flag_of[v->id] < 0) {
    L->flag_vars[L->nflags] = v;
    L->flag_of[v->id] = L->nflags++;
  }
}

// The flags: integers the function branches on ('if (!freed)'; not a call's result
// tested at once), and what is copied into them ('x = c ? 1 : 0' goes through a
// temporary); pointer parameters it never assigns, tested against NULL ('if
// (filename) fclose(f)'); none whose address is taken.
void lat_find_flags(MUT_BORROW Lattice *L, MUT_BORROW Arena *a, BORROWED const Cfg *g, const Op *const *ops,
                    int nops) {
  const Cfg *f = g;
  L->flag_of = arena_alloc(a, sizeof(int) * (size_t)(f->nvars + 1));
  L->flag_vars = arena_alloc(a, sizeof(Var *) * MAX_FLAGS);
  bool *addr = arena_alloc(a, (size_t)f->nvars + 1);  // per var id: its address is taken
  bool *set = arena_alloc(a, (size_t)f->nvars + 1);   // it is assigned
  for (int i = 0; i < f->nvars; i++)
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
  for (int i = 0; i < g->nrpo; i++) {
    const Block *b = g->rpo[i];
    Var *v = b->s2 ? b->cond.var : NULL;
    if (!v || v->id < 0 || addr[v->id])
      continue;
    if ((b->cond.kind == C_NONZERO && v->kind != VK_TEMP && flag_candidate(L, v, addr))
        || (b->cond.kind == C_NONNULL && v->kind == VK_PARAM && v->ty.kind == TY_POINTER && !set[v->id]))
      add_flag(L, v);
  }
  for (bool changed = L->nflags > 0; changed;) {
    int before = L->nflags;
    for (int k = 0; k < nops; k++) {
      const Op *op = ops[k];
      if (op->kind == OP_ASSIGN && lat_flag_ix(L, op->dst) >= 0 && op->src.kind == V_VAR
          && flag_candidate(L, op->src.var, addr))
        add_flag(L, op->src.var);
    }
    changed = L->nflags != before;
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

bool lat_exists(const Lattice *L, void *S, int o) {
  for (int t = 0; t < L->ntracked; t++)
    if (lat_row(L, S, t)[o] & ~S_NULL)
      return true;
  return false;
}

// Flag 'f' was given value 'v' (or an unknown one): every object that exists now and
// has no assigned guard on another flag gets it; other guards on 'f' no longer hold.
static void flag_set(const Lattice *L, void *S, int f, uint8_t v) {
  uint8_t *g = lat_guard(L, S);
  for (int o = 0; o < L->nobjs; o++) {
    uint8_t *ga = &g[2 * o + G_ASSIGNED], *gt = &g[2 * o + G_CREATED];
    bool on_f = *ga && guard_flag(*ga) == f;
    if (v != K_UNKNOWN && (!*ga || on_f) && lat_exists(L, S, o))
      *ga = mk_guard(f, v);
    else if (on_f)
      *ga = 0;
    if (*gt && guard_flag(*gt) == f)
      *gt = 0;
  }
}

// The guards of 'dst' joined with those of 'src' (before their facts are): an object
// that exists on one side only keeps that side's guards. True if one changed.
static bool join_guards(const Lattice *L, void *dst, const void *src) {
  bool changed = false;
  uint8_t *gd = lat_guard(L, dst), *gs = lat_guard(L, (void *)src);
  for (int o = 0; o < L->nobjs; o++) {
    if (!(gd[2 * o] | gd[2 * o + 1] | gs[2 * o] | gs[2 * o + 1]))
      continue;  // no guard on either side: none after (the common case)
    bool ed = lat_exists(L, dst, o), es = lat_exists(L, (void *)src, o);
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
static void flags_forget(const Lattice *L, uint8_t *sl, const Var *v) {
  if (!v)
    return;
  for (int f = 0; f < L->nflags; f++)
    for (const Var *x = L->flag_vars[f]; x; x = x->kind == VK_FIELD ? x->parent : NULL)
      if (x == v) {
        lat_key(L, sl)[f] = K_UNKNOWN;
        flag_set(L, sl, f, K_UNKNOWN);
        break;
      }
}

// What 'op' makes of the flags of slot 'sl' (its key, its guards).
void lat_flag_op(const Lattice *L, uint8_t *sl, const Op *op) {
  uint8_t *k = lat_key(L, sl);
  switch (op->kind) {
  case OP_ASSIGN: {
    int f = lat_flag_ix(L, op->dst);
    if (f >= 0) {
      int from = op->src.kind == V_VAR ? lat_flag_ix(L, op->src.var) : -1;
      k[f] = from >= 0 ? k[from] : (uint8_t)op->konst;
      flag_set(L, sl, f, k[f]);
      *lat_recent(L, sl) = (uint8_t)(f + 1);
    } else {
      flags_forget(L, sl, op->dst);  // 'opt = defaults;' rewrites 'opt.own'
    }
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
}

// Edge s1 (non-zero, non-null) or s2 of a branch on a flag: false if the key of slot
// 'sl' contradicts it. Objects guarded by the other value do not exist on this edge
// (they may only be NULL).
bool lat_flag_edge(const Lattice *L, uint8_t *sl, const Cond *cd, bool s1) {
  bool ptr = cd->var && cd->var->ty.kind == TY_POINTER;
  int f = (cd->kind == C_NONZERO && !ptr) || (cd->kind == C_NONNULL && ptr) ? lat_flag_ix(L, cd->var) : -1;
  if (f < 0)
    return true;
  uint8_t *k = lat_key(L, sl), want = s1 ? K_NONZERO : K_ZERO;
  if (k[f] != K_UNKNOWN && k[f] != want)
    return false;
  k[f] = want;
  *lat_recent(L, sl) = (uint8_t)(f + 1);
  uint8_t *g = lat_guard(L, sl);
  for (int k = 0; k < 2 * L->nobjs; k++)
    if (g[k] && guard_flag(g[k]) == f && guard_value(g[k]) != want) {
      int o = k / 2;
      for (int t = 0; t < L->ntracked; t++)
        lat_row(L, sl, t)[o] &= S_NULL;
      g[2 * o] = g[2 * o + 1] = 0;
    }
  return true;
}


// Site 'o' runs again: whoever holds its previous instance now holds the twin that
// stands for earlier instances, and 'o' is free for the new one.
void lat_age(const Lattice *L, void *S, int o) {
  int old = L->objs[o].old;
  if (L->nflags) {  // a new instance: guarded by the flag last tested or set, if known
    int f = *lat_recent(L, S) - 1;
    uint8_t v = f >= 0 ? lat_key(L, S)[f] : K_UNKNOWN, *g = lat_guard(L, S);
    g[2 * o + G_ASSIGNED] = 0;
    g[2 * o + G_CREATED] = v != K_UNKNOWN ? mk_guard(f, v) : 0;
    if (old >= 0)  // the older instances: no flag known
      g[2 * old + G_ASSIGNED] = g[2 * old + G_CREATED] = 0;
  }
  if (old < 0)
    return;
  for (int t = 0; t < L->ntracked; t++) {
    uint8_t *r = lat_row(L, S, t);
    r[old] |= r[o];
    r[o] = 0;
  }
  int32_t *si = lat_site(L, S);
  for (int k = 0; k < 2; k++)
    if (si[2 * o + k] && (!si[2 * old + k] || si[2 * o + k] < si[2 * old + k]))
      si[2 * old + k] = si[2 * o + k];
}


// ---- states: sets of valuations ----
// A state is L->nslots slots; a slot is one flag valuation's state followed by its
// key. A slot is in use when its state is reached.

void lat_init_bottom(BORROWED const Lattice *L, void *S) {
  memset(S, 0, L->size);
}

void lat_init_entry(BORROWED const Lattice *L, void *S) {
  memset(S, 0, L->size);
  *lat_reached(L, S) = true;  // slot 0, every flag unknown
}

// dst |= src for two reached states of one valuation; true if dst changed.
bool lat_join_state(const Lattice *L, void *dst, const void *src) {
  bool changed = L->nflags && join_guards(L, dst, src);
  uint8_t *d = dst;
  const uint8_t *s = src;
  for (size_t i = 0; i < (size_t)L->ntracked * (size_t)L->nobjs; i++) {
    changed |= (d[i] | s[i]) != d[i];
    d[i] |= s[i];
  }
  int32_t *dm = lat_moved(L, dst), *sm = lat_moved(L, (void *)src);
  for (int t = 0; t < L->ntracked; t++)
    if (sm[t] && (!dm[t] || sm[t] < dm[t])) {
      dm[t] = sm[t];
      changed = true;
    }
  int32_t *ds = lat_site(L, dst), *ss = lat_site(L, (void *)src);
  for (int k = 0; k < 2 * L->nobjs; k++)
    if (ss[k] > 0 && (ds[k] == 0 || ss[k] < ds[k])) {
      ds[k] = ss[k];
      changed = true;
    }
  return changed;
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

// Slot 'd' takes in 'src': its key forgets the flags where they differ, then it takes
// in the other slots of S its key now covers.
static void merge_into(const Lattice *L, void *S, uint8_t *d, const uint8_t *src) {
  uint8_t *kd = lat_key(L, d);
  const uint8_t *ks = lat_key(L, (void *)src);
  for (int f = 0; f < L->nflags; f++)
    if (kd[f] != ks[f])
      kd[f] = K_UNKNOWN;
  lat_join_state(L, d, src);
  for (int i = 0; i < L->nslots; i++) {
    uint8_t *o = lat_slot(L, S, i);
    if (o != d && *lat_reached(L, o) && covers(L, kd, lat_key(L, o))) {
      lat_join_state(L, d, o);
      *lat_reached(L, o) = false;
    }
  }
}

// Joins one reached slot into state S: into a slot whose key covers it, or whose
// state is the same (then the flags they differ in tell nothing apart, and are
// forgotten), else into a free slot. When none is free, the two closest valuations
// among S's and the new one merge (forgetting the flags they differ in).
bool lat_join_slot(const Lattice *L, void *S, const uint8_t *src) {
  for (int i = 0; i < L->nslots; i++) {
    uint8_t *d = lat_slot(L, S, i);
    if (*lat_reached(L, d) && covers(L, lat_key(L, d), lat_key(L, (void *)src)))
      return lat_join_state(L, d, src);
  }
  for (int i = 0; i < L->nslots; i++) {  // the same state: the flags that differ say nothing
    uint8_t *d = lat_slot(L, S, i);
    if (*lat_reached(L, d) && !memcmp(d, src, L->sub)) {
      merge_into(L, S, d, src);
      return true;
    }
  }
  for (int i = 0; i < L->nslots; i++) {
    uint8_t *d = lat_slot(L, S, i);
    if (!*lat_reached(L, d)) {
      memcpy(d, src, L->slot);
      return true;
    }
  }
  int bi = 0, bj = -1, best = L->nflags + 1;  // bj == -1: the new valuation
  for (int i = 0; i < L->nslots; i++) {
    const uint8_t *ki = lat_key(L, lat_slot(L, S, i));
    int dn = distance(L, ki, lat_key(L, (void *)src));
    if (dn < best)
      best = dn, bi = i, bj = -1;
    for (int j = i + 1; j < L->nslots; j++) {
      int dij = distance(L, ki, lat_key(L, lat_slot(L, S, j)));
      if (dij < best)
        best = dij, bi = i, bj = j;
    }
  }
  uint8_t *d = lat_slot(L, S, bi);
  if (bj < 0) {
    merge_into(L, S, d, src);
    return true;
  }
  uint8_t *other = lat_slot(L, S, bj);
  merge_into(L, S, d, other);  // frees 'other' (its key is covered now)
  *lat_reached(L, other) = false;
  return lat_join_slot(L, S, src);
}

bool lat_join(BORROWED const Lattice *L, void *dst, const void *src) {
  bool changed = false;
  for (int i = 0; i < L->nslots; i++) {
    const uint8_t *sl = lat_slot(L, src, i);
    if (*lat_reached(L, (void *)sl))
      changed |= lat_join_slot(L, dst, sl);
  }
  return changed;
}


// Joins into 'out' (one valuation) every reached valuation of 'S' whose key covers
// the concrete key 'k'; false if none does.
static bool at_valuation(const Lattice *L, const void *S, const uint8_t *k, uint8_t *out) {
  bool any = false;
  for (int i = 0; i < L->nslots; i++) {
    const uint8_t *sl = lat_slot(L, S, i);
    if (!*lat_reached(L, (void *)sl) || !covers(L, lat_key(L, (void *)sl), k))
      continue;
    if (!any)
      memcpy(out, sl, L->slot);
    else
      lat_join_state(L, out, sl);
    any = true;
  }
  return any;
}

// Do two valuations hold the same facts and guards? The sites they keep are
// witnesses for messages ("moved here"), not facts: they are not compared.
static bool same_facts(const Lattice *L, void *a, void *b) {
  size_t facts = (size_t)L->ntracked * (size_t)L->nobjs;
  if (memcmp(a, b, facts) != 0)
    return false;
  for (int t = 0; t < L->ntracked; t++)
    if (!lat_moved(L, a)[t] != !lat_moved(L, b)[t])
      return false;
  return !L->nflags || memcmp(lat_guard(L, a), lat_guard(L, b), 2 * (size_t)L->nobjs) == 0;
}

// The order of the lattice: is 'x' below 'y', for every valuation of the flags the
// state 'x' gives at most the facts 'y' gives? Only the flags some valuation of 'x' or
// 'y' knows need enumerating (at most 16 of them: beyond that, false). 'tmp' is
// scratch for three valuations (3 * L->slot bytes).
bool lat_leq(BORROWED const Lattice *L, const void *x, const void *y, void *tmp) {
  int rel[MAX_FLAGS], nrel = 0;
  for (int f = 0; f < L->nflags; f++) {
    bool known = false;
    for (int i = 0; i < L->nslots && !known; i++)
      for (const void *S = x; S; S = S == x ? y : NULL) {
        uint8_t *sl = lat_slot(L, S, i);
        known |= *lat_reached(L, sl) && lat_key(L, sl)[f] != K_UNKNOWN;
      }
    if (known)
      rel[nrel++] = f;
  }
  if (nrel > 16)
    return false;
  uint8_t *sx = tmp, *sy = sx + L->slot, *both = sy + L->slot;
  uint8_t k[MAX_FLAGS + 1];
  for (long mask = 0; mask < 1L << nrel; mask++) {
    memset(k, K_UNKNOWN, sizeof k);
    for (int r = 0; r < nrel; r++)
      k[rel[r]] = (mask >> r) & 1 ? K_NONZERO : K_ZERO;
    if (!at_valuation(L, x, k, sx))
      continue;
    if (!at_valuation(L, y, k, sy))
      return false;
    memcpy(both, sy, L->slot);
    lat_join_state(L, both, sx);
    if (!same_facts(L, both, sy))
      return false;
  }
  return true;
}
