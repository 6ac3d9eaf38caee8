// The release is decided once and remembered in a local flag that nothing else can
// change: 'if (!freed) free(msg)' runs exactly on the paths where the earlier free
// did not. ownck keeps a flag's value per path ('freed' is 0 on one, 1 on the
// other), so it sees no double free and no leak. Precision test (compare
// ../OWN001-use-after-move/conditional-free-unknown-condition.c, where the
// condition is a call).
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int deliver(const char *text, int fail_fast) {
  char *msg = strdup(text);
  if (!msg)
    return -1;
  int freed = 0;
  if (fail_fast && strlen(msg) > 512) {
    free(msg);
    freed = 1;
  }
  if (!freed) {
    puts(msg);
    free(msg);
  }
  return freed ? -1 : 0;
}
