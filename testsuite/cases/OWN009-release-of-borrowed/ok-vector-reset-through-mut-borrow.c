// The usual C "clear": free every element, free the array, then store an empty
// array and length. The whole subtree below 'v->items' is replaced before any use.
// rustc accepts (assigning a new Vec drops the old one and its elements).
// Rust: fn reset(v: &mut Vec<String>) { *v = Vec::new(); }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stddef.h>
#include <stdlib.h>
#include <ownck/ownership.h>

struct vec { OWNED NULLABLE char **items; size_t n; };

void vec_reset(MUT_BORROW struct vec *v) {
  for (size_t i = 0; i < v->n; i++)
    free(v->items[i]);
  free(v->items);
  v->items = NULL;
  v->n = 0;
}
