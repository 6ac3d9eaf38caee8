// Rules may be named by name instead of ID: allow(leak) silences OWN003 leak, and
// allow(double-release) silences OWN002. The same code without them shows the
// findings are there.
#include <stdlib.h>

void silenced(void) {
  char *p = malloc(4); // ownck: allow(leak)
}

void silenced2(void) {
  char *q = malloc(4);
  free(q);
  free(q); // ownck: allow(double-release)
}

void control(void) {
  char *p = malloc(4);
} // expect-error[OWN003]{{leak: 'p' goes out of scope}}

void control2(void) {
  char *q = malloc(4);
  free(q);
  free(q); // expect-error[OWN002]{{double release of 'q'}}
}
