// 'v->items[i]' is a deref, a field and an index step below the BORROWED root 'v':
// the elements belong to the caller's vector (its OWNED array), which frees them again.
// rustc: E0507 (cannot move out of index of `Vec<String>`).
// Rust: fn drop_all(v: &Vec<String>) { for i in 0..v.len() { drop(v[i]); } }
#include <stddef.h>
#include <stdlib.h>
#include <ownck/ownership.h>

struct vec { OWNED char **items; size_t n; };

void drop_all(BORROWED const struct vec *v) {
  for (size_t i = 0; i < v->n; i++)
    free(v->items[i]); // expect-error[OWN009]
}
