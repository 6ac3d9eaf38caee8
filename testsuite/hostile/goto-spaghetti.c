// Goto spaghetti: forward and backward gotos that cross each other, jump into the
// middle of loops and out of nested blocks, and a label reached only by goto. The CFG
// must stay a CFG (no lost edge, no infinite lowering) and the dataflow must reach a
// fixpoint. One path leaks 'buf' (the jump from inside the loop to 'done' skips the
// free), every other path releases it exactly once.
// hostile-exit: 1
#include <stdlib.h>

int cond(void);

int spaghetti(int n) {
  char *buf = malloc(16);
  int i = 0;
  if (!buf)
    return -1;
  goto middle;
top:
  i++;
  if (i > n)
    goto release;
middle:
  for (; i < n; i++) {
    if (cond())
      goto top;
    if (cond())
      goto inner;
    if (cond())
      goto done;
  inner:
    if (i == 3) {
      { { goto top; } }
    }
  }
  goto top;
release:
  free(buf);
  return i;
done:
  return -i; // expect-error[OWN003]{{leak}}
             // expect-note@-28{{allocated here}}
}

static int unreachable_label(void) {
  char *p;
  goto end;
never:
  p = malloc(1);
  free(p);
  goto never;
end:
  return 0;
}

int use(void) { return unreachable_label(); }
