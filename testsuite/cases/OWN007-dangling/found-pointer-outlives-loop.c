// A search loop keeps a pointer to its loop-local copy and breaks out: the copy dies
// at the 'break', and the pointer is used after the loop.
// Rust: let mut found = None; for i in 0..n { let tmp = load(i);
//         if tmp.key == key { found = Some(&tmp); break; } } if let Some(f) = found { f.val }
// rustc: E0597 (`tmp` does not live long enough).
#include <ownck/ownership.h>

struct item { int key; int val; };
struct item load(int i);

int lookup(int n, int key) {
  BORROWED const struct item *found = 0;
  for (int i = 0; i < n; i++) {
    struct item tmp = load(i);
    if (tmp.key == key) { found = &tmp; break; } // expect-error[OWN007]
  }
  return found ? found->val : -1;
}
