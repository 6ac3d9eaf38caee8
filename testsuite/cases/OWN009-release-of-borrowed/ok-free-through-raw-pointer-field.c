// The same loop as free-elements-through-borrowed.c, but 'items' is an unannotated
// pointer: C's const is shallow, and an unannotated pointer field is a raw pointer
// (Rust's *mut), so what it points to is not the BORROWED struct's to protect.
// Declare the field OWNED (or BORROWED) to have the elements checked.
// Rust: fn drop_all(v: &Vec) { for i in 0..v.n { unsafe { free(*v.items.add(i)) } } }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stddef.h>
#include <stdlib.h>
#include <ownck/ownership.h>

struct vec { char **items; size_t n; };

void drop_all(BORROWED const struct vec *v) {
  for (size_t i = 0; i < v->n; i++)
    free(v->items[i]);
}
