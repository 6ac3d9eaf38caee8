// 'enabled' starts at 0 but its address is handed out, so it may change: the code
// under 'if (enabled)' is live, and its double free is reported.
#include <stdlib.h>

static int enabled = 0;
int *enabled_flag(void) { return &enabled; }

void drop(char *buf) {
  if (enabled) {
    free(buf);
    free(buf); // expect-error[OWN002]
  }
}
