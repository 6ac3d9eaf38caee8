// KNOWN TO FAIL: a flag whose address is passed to a function ('parse(&owned)') may
// be changed by it, so ownck does not keep its value per path; here the callee is a
// plain setter in the same file, and ownck reports a leak of 'buf' at the return.
// ctest runs this file with WILL_FAIL: when the analysis learns it (by reading the
// callee), the test "fails" and the file moves to ../OWN003-leak/.
//
// The buffer is allocated only when the flag is set, and freed under the same test.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

static void mark(int *flag, int on) { *flag = on; }

size_t scratch_length(const char *text, int big) {
  int owned = 0;
  char *buf = NULL;
  mark(&owned, big);
  if (owned) {
    buf = malloc(4096);
    if (!buf)
      return 0;
    strncpy(buf, text, 4095);
    buf[4095] = '\0';
  }
  size_t n = buf ? strlen(buf) : strlen(text);
  if (owned)
    free(buf);
  return n;
}
