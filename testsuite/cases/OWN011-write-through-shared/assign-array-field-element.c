// 's->arr[i]' is an element of an array inside the BORROWED struct: writing it
// changes the shared object.
// rustc: E0594 (cannot assign to `s.arr[_]`, which is behind a `&` reference).
// Rust: fn clear_at(s: &Table, i: usize) { s.arr[i] = 0; }
#include <ownck/ownership.h>

struct table { int arr[16]; int n; };

void clear_at(BORROWED struct table *s, int i) {
  if (i >= 0 && i < 16)
    s->arr[i] = 0; // expect-error[OWN011]
}
