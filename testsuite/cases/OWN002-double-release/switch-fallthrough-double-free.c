// A missing 'break' after a case that frees: execution falls into the next case,
// which frees the same block again.
#include <stdlib.h>
#include <string.h>

enum mode { M_ABORT, M_DONE };

void finish(enum mode m, const char *s) {
  char *copy = strdup(s);
  if (!copy)
    return;
  switch (m) {
  case M_ABORT:
    free(copy);
  case M_DONE: // the missing 'break' above is the bug
    free(copy); // expect-error[OWN002]{{double release of 'copy'}}
                // expect-note@-3{{first released here}}
    break;
  }
}
