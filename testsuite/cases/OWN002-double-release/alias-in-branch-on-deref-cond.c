// A double release under a condition that reads memory: where '*flag' is set,
// 'alias' is 'buf', and both are freed. The two sides of the branch stay apart
// (a path flag); the side that frees the block twice is still reported.
#include <stdlib.h>

void release_both(const char *flag, char *buf) {
  char *alias = NULL;
  if (*flag)
    alias = buf;
  free(alias); // expect-note{{first released here}}
  free(buf); // expect-error[OWN002]{{double release of 'buf'}}
}
