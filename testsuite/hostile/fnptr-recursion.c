// Recursion through function pointers: a dispatch table whose handlers call back into
// the dispatcher, mutual recursion, and an OWNED value passed through an indirect
// call. The analysis is per function, so this must neither loop nor crash; an unknown
// indirect callee lets the object escape (no leak is reported).
// hostile-exit: 0
// expect-no-diagnostics
#include <ownck/ownership.h>
#include <stdlib.h>

typedef int (*handler)(char *buf, int depth);
static int dispatch(char *buf, int depth);

static int h_even(char *buf, int depth) { return depth ? dispatch(buf, depth - 1) : 0; }
static int h_odd(char *buf, int depth) { return depth ? dispatch(buf, depth - 1) + 1 : 1; }
static handler table[2] = {h_even, h_odd};

static int dispatch(char *buf, int depth) { return table[depth & 1](buf, depth); }

static void (*sink)(OWNED char *p);

int run(int n) {
  char *buf = malloc(4);
  if (!buf)
    return -1;
  int r = dispatch(buf, n);
  handler self = (handler)dispatch;
  r += self(buf, r);
  sink(buf); // moved into an OWNED parameter through a pointer
  return r;
}

struct ops {
  int (*again)(struct ops *o, int n);
};

static int again(struct ops *o, int n) { return n > 0 ? o->again(o, n - 1) : 0; }

int loop(void) {
  struct ops o = {again};
  return o.again(&o, 10);
}
