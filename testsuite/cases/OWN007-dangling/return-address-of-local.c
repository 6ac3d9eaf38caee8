// Returning the address of a local hands the caller a pointer into a stack frame
// that is gone when the function returns (Rust: E0515). Arrays decay the same way.
#include <stdio.h>

int *counter_slot(void) {
  int slot = 0;
  return &slot; // expect-error[OWN007]{{returning the address of local variable 'slot'}}
                // expect-note@-2{{'slot' is declared here}}
}

struct point { int x, y; };

struct point *origin(void) {
  struct point p = {0, 0};
  return &p; // expect-error[OWN007]{{returning the address of local variable 'p'}}
}

const char *label(int n) {
  char text[16];
  snprintf(text, sizeof text, "#%d", n);
  return text; // expect-error[OWN007]{{returning the address of local variable 'text'}}
}
