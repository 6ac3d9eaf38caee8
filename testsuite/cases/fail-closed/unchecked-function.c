// UNCHECKED switches the checks off for a function's body (Rust: unsafe fn); its
// signature is still trusted by callers, whose bodies are checked.
#include <stdlib.h>
#include <ownck/ownership.h>

UNCHECKED OWNED char *pool_take(void) {
  static char slab[64];
  return slab; // not an owner, but the body is not checked
}

void user(void) {
  char *p = pool_take();
  p[0] = 1;
} // expect-error[OWN003]{{leak: 'p' goes out of scope}}
