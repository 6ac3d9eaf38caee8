// Each element is released and set to NULL at once through a MUT_BORROW vector:
// every slot is put back (empty) before anything else looks at it.
// rustc accepts.
// Rust: fn clear_all(v: &mut Vec<Option<String>>) { for s in v.iter_mut() { *s = None; } }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stddef.h>
#include <stdlib.h>
#include <ownck/ownership.h>

struct vec { char **items; size_t n; };

void clear_all(MUT_BORROW struct vec *v) {
  for (size_t i = 0; i < v->n; i++) {
    free(v->items[i]);
    v->items[i] = NULL;
  }
}
