// dataflow.c: a generic worklist solver, forward or backward.
//
// Takes a Cfg and a Domain (state size, boundary and bottom states, join, and a block
// transfer) and computes the fixpoint per reachable block: forward, the state at its
// entry (the transfer has one output per edge, so a branch can refine each side);
// backward, the state at its end (the join of its successors' entry states). The
// worklist is ordered by reverse post-order (forward) or post-order (backward), so
// acyclic code converges in one pass and loops in a few. Work is bounded by a number
// of block transfers and by the CPU time of the calling thread (so a limit means the
// same whatever other threads do); when either runs out, Solution.complete is false
// and the caller says so. All memory comes from the caller's scratch arena.
#include <string.h>
#include <time.h>

#include "analyzer.h"

typedef struct Work {
  char *queued;      // per rpo index
  int *heap;         // rpo indices; a min-heap so earlier blocks go first
  int n;
} Work;

static void push(Work *w, int i) {
  if (w->queued[i])
    return;
  w->queued[i] = 1;
  int k = w->n++;
  w->heap[k] = i;
  while (k > 0 && w->heap[(k - 1) / 2] > w->heap[k]) {
    int t = w->heap[k];
    w->heap[k] = w->heap[(k - 1) / 2];
    w->heap[(k - 1) / 2] = t;
    k = (k - 1) / 2;
  }
}

static int pop(Work *w) {
  int top = w->heap[0];
  w->heap[0] = w->heap[--w->n];
  for (int k = 0;;) {
    int l = 2 * k + 1, r = l + 1, m = k;
    if (l < w->n && w->heap[l] < w->heap[m])
      m = l;
    if (r < w->n && w->heap[r] < w->heap[m])
      m = r;
    if (m == k)
      break;
    int t = w->heap[k];
    w->heap[k] = w->heap[m];
    w->heap[m] = t;
    k = m;
  }
  w->queued[top] = 0;
  return top;
}

// Seconds of CPU the calling thread has used.
static double thread_cpu(void) {
  struct timespec ts;
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return (double)clock() / CLOCKS_PER_SEC;  // no per-thread clock: the process's
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

// How often a block's state may change before the solver widens it (Domain.widen):
// acyclic code changes a state once per incoming edge, a loop a few times more.
#define WIDEN_AFTER 32

// Joins 'st' into the state of the block at worklist index 'i'; queues it if that
// changed anything, or if it was never queued. 'changes' counts per worklist index.
static void flow(const Domain *d, void *ctx, Solution *s, Work *w, const Block *to, int i, const void *st,
                 bool *seen, int *changes) {
  bool wide = changes && d->widen && changes[i] >= WIDEN_AFTER;
  bool changed = (wide ? d->widen : d->join)(ctx, s->state[to->id], st);
  if (changed && changes)
    changes[i]++;
  if (changed || !seen[i]) {
    seen[i] = true;
    push(w, i);
  }
}

// One step budget check; true if the solver must stop.
static bool out_of_budget(Arena *scratch, Solution *s, Limits limits, double deadline) {
  if (s->steps >= limits.steps)
    return true;
  if ((s->steps & 15) == 15) {
    if (deadline > 0 && thread_cpu() > deadline) {
      s->out_of_time = true;
      return true;
    }
    if (limits.bytes && arena_used(scratch) > limits.bytes) {
      s->out_of_memory = true;
      return true;
    }
  }
  s->steps++;
  return false;
}

static Solution start(Arena *scratch, const Cfg *g, const Domain *d, void *ctx) {
  Solution s = {0};
  s.state = arena_alloc(scratch, sizeof(void *) * (size_t)g->nblocks);
  for (int i = 0; i < g->nrpo; i++) {
    s.state[g->rpo[i]->id] = arena_alloc(scratch, d->size);
    d->init_bottom(ctx, s.state[g->rpo[i]->id]);
  }
  return s;
}

static Solution forward(Arena *scratch, const Cfg *g, const Domain *d, void *ctx, Limits limits) {
  double deadline = limits.seconds > 0 ? thread_cpu() + limits.seconds : 0;
  Solution s = start(scratch, g, d, ctx);
  d->init_entry(ctx, s.state[g->rpo[0]->id]);
  Work w = {arena_alloc(scratch, (size_t)g->nrpo), arena_alloc(scratch, sizeof(int) * (size_t)g->nrpo), 0};
  bool *seen = arena_alloc(scratch, (size_t)g->nrpo);
  int *changes = arena_alloc(scratch, sizeof(int) * (size_t)g->nrpo);
  void *out1 = arena_alloc(scratch, d->size), *out2 = arena_alloc(scratch, d->size);
  seen[0] = true;
  push(&w, 0);
  while (w.n > 0) {
    if (out_of_budget(scratch, &s, limits, deadline))
      return s;
    const Block *b = g->rpo[pop(&w)];
    d->transfer(ctx, b, s.state[b->id], out1, b->s2 ? out2 : NULL);
    if (b->s1 && b->s1->rpo >= 0)
      flow(d, ctx, &s, &w, b->s1, b->s1->rpo, out1, seen, changes);
    if (b->s2 && b->s2->rpo >= 0)
      flow(d, ctx, &s, &w, b->s2, b->s2->rpo, out2, seen, changes);
  }
  s.complete = true;
  return s;
}

// Backward: the worklist index of a block is its post-order number, so successors
// (which come first in post-order, but for back edges) are done first.
static Solution backward(Arena *scratch, const Cfg *g, const Domain *d, void *ctx, Limits limits) {
  double deadline = limits.seconds > 0 ? thread_cpu() + limits.seconds : 0;
  Solution s = start(scratch, g, d, ctx);
  int n = g->nrpo;
  Work w = {arena_alloc(scratch, (size_t)n), arena_alloc(scratch, sizeof(int) * (size_t)n), 0};
  bool *seen = arena_alloc(scratch, (size_t)n);
  void *in = arena_alloc(scratch, d->size);
  for (int i = 0; i < n; i++) {  // every block once: the exits first
    const Block *b = g->rpo[n - 1 - i];
    if (!b->s1 && !b->s2)
      d->init_entry(ctx, s.state[b->id]);
    seen[i] = true;
    push(&w, i);
  }
  while (w.n > 0) {
    if (out_of_budget(scratch, &s, limits, deadline))
      return s;
    const Block *b = g->rpo[n - 1 - pop(&w)];
    d->transfer_back(ctx, b, s.state[b->id], in);
    for (int k = 0; k < b->npreds; k++) {
      const Block *p = b->preds[k];
      if (p->rpo >= 0)
        flow(d, ctx, &s, &w, p, n - 1 - p->rpo, in, seen, NULL);
    }
  }
  s.complete = true;
  return s;
}

Solution dataflow_run(Arena *scratch, const Cfg *g, const Domain *d, void *ctx, Limits limits) {
  if (g->nrpo == 0) {
    Solution s = {0};
    s.state = arena_alloc(scratch, sizeof(void *) * (size_t)(g->nblocks + 1));
    s.complete = true;
    return s;
  }
  return d->backward ? backward(scratch, g, d, ctx, limits) : forward(scratch, g, d, ctx, limits);
}
