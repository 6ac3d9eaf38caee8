// stack_push() stores the item in the stack (parameter 1 is stored away, on every
// path); stack_destroy() frees the items and the stack. The caller frees nothing
// itself and nothing is freed twice. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct stack { char *items[16]; size_t n; };

static void stack_push(struct stack *s, char *item) {
  s->items[s->n++] = item;
}

static void stack_destroy(struct stack *s) {
  for (size_t i = 0; i < s->n; i++)
    free(s->items[i]);
  free(s);
}

int collect(const char *a, const char *b) {
  struct stack *s = calloc(1, sizeof *s);
  if (!s)
    return -1;
  char *x = strdup(a);
  if (x)
    stack_push(s, x);
  char *y = strdup(b);
  if (y)
    stack_push(s, y);
  size_t n = s->n;
  stack_destroy(s);
  return (int)n;
}
