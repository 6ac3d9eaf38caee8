// A histogram filled through a BORROWED struct: each '++' on an element of its
// array field is a write through the shared borrow.
// rustc: E0594 (cannot assign to `h.bins[_]`, which is behind a `&` reference).
// Rust: fn count(h: &Hist, v: &[u8]) { for &b in v { h.bins[b as usize % 8] += 1; } }
#include <ownck/ownership.h>

struct hist { int bins[8]; };

void count(BORROWED struct hist *h, BORROWED const unsigned char *v, int n) {
  for (int i = 0; i < n; i++)
    ++h->bins[v[i] % 8]; // expect-error[OWN011]
}
