// The search loop copies the found value out before breaking, instead of keeping a
// pointer to its loop-local copy.
// Rust: for i in 0..n { let tmp = load(i); let t = &tmp; if t.key == key { val = t.val; break; } }
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct item { int key; int val; };
struct item load(int i);

int lookup(int n, int key) {
  int val = -1;
  for (int i = 0; i < n; i++) {
    struct item tmp = load(i);
    BORROWED const struct item *t = &tmp;
    if (t->key == key) { val = t->val; break; }
  }
  return val;
}
