// The same switch written with 'break' after the move: every case moves or releases
// the value exactly once and no case sees another case's move. No finding.
// expect-no-diagnostics
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
    break;
  case CMD_PRINT:
    puts(s);
    free(s);
    break;
  default:
    free(s);
    break;
  }
}
