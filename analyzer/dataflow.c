// dataflow.c: a generic forward worklist solver.
//
// Takes a Cfg and a Domain (state size, entry and bottom states, join, and a block
// transfer with one output per edge) and computes the fixpoint state at the entry of
// every reachable block. The worklist is ordered by reverse post-order, so acyclic
// code converges in one pass and loops in a few. Work is bounded by a number of block
// transfers and by CPU time; when either runs out, Solution.complete is false and the
// caller says so.
// All memory comes from the caller's scratch arena.
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

// Joins 'out' into the entry state of 'to'; queues it if that changed anything.
static void flow(const Domain *d, void *ctx, Solution *s, Work *w, const Block *to, const void *out,
                 bool *seen) {
  if (!to || to->rpo < 0)
    return;
  bool changed = d->join(ctx, s->in[to->id], out);
  if (changed || !seen[to->rpo]) {
    seen[to->rpo] = true;
    push(w, to->rpo);
  }
}

Solution dataflow_run(Arena *scratch, const Cfg *g, const Domain *d, void *ctx, Limits limits) {
  clock_t deadline = limits.seconds > 0 ? clock() + (clock_t)(limits.seconds * CLOCKS_PER_SEC) : 0;
  Solution s = {0};
  s.in = arena_alloc(scratch, sizeof(void *) * (size_t)g->nblocks);
  for (int i = 0; i < g->nrpo; i++) {
    s.in[g->rpo[i]->id] = arena_alloc(scratch, d->size);
    d->init_bottom(ctx, s.in[g->rpo[i]->id]);
  }
  if (g->nrpo == 0) {
    s.complete = true;
    return s;
  }
  d->init_entry(ctx, s.in[g->rpo[0]->id]);
  Work w = {arena_alloc(scratch, (size_t)g->nrpo), arena_alloc(scratch, sizeof(int) * (size_t)g->nrpo), 0};
  bool *seen = arena_alloc(scratch, (size_t)g->nrpo);
  void *out1 = arena_alloc(scratch, d->size), *out2 = arena_alloc(scratch, d->size);
  seen[0] = true;
  push(&w, 0);
  while (w.n > 0) {
    if (s.steps >= limits.steps)
      return s;
    if (deadline && (s.steps & 15) == 15 && clock() > deadline) {
      s.out_of_time = true;
      return s;
    }
    s.steps++;
    const Block *b = g->rpo[pop(&w)];
    d->transfer(ctx, b, s.in[b->id], out1, b->s2 ? out2 : NULL);
    flow(d, ctx, &s, &w, b->s1, out1, seen);
    flow(d, ctx, &s, &w, b->s2, b->s2 ? out2 : out1, seen);
  }
  s.complete = true;
  return s;
}
