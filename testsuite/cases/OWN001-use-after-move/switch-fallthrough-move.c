// A case that moves and then falls through into the next case moves the value for
// that case too: the fall-through edge carries the move, so the use in 'case
// CMD_PRINT' is a use after move on that path.
#include <ownck/ownership.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum cmd { CMD_STORE, CMD_PRINT, CMD_DROP };
void store_take(OWNED char *s);

void run(enum cmd c, const char *arg) {
  OWNED char *s = strdup(arg);
  if (!s)
    return;
  switch (c) {
  case CMD_STORE:
    store_take(s);
    /* fall through */
  case CMD_PRINT:
    puts(s);  // expect-error[OWN001]{{use of moved value 's'}}
              // expect-note@-4{{value moved here}}
    free(s);  // expect-error[OWN002]{{release of moved value 's'}}
    break;
  case CMD_DROP:
    free(s);
    break;
  }
}
