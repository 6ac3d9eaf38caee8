// KNOWN TO FAIL: ownck joins the paths where the flag is 0 and 1, so it reports a
// use after free, a double free and a leak here. Fixing it needs path-sensitive
// values of local scalars (disjunctive states keyed by the flag). ctest runs this
// file with WILL_FAIL: when the analysis learns it, the test "fails" and the file
// moves back to ../OWN002-double-release/.
//
// The release is decided once and remembered in a local flag that nothing else can
// change: 'if (!handed_off) free(msg)' runs exactly on the paths where the earlier
// free did not. An analyzer that keeps a local scalar's value per path sees no
// double free and no leak. Precision test (compare ../OWN001-use-after-move/
// conditional-free-unknown-condition.c, where the condition is a call).
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
