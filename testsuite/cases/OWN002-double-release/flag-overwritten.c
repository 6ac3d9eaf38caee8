// A flag is only trusted while nothing else writes it: once 'freed' takes a value
// ownck cannot know, the path where 'msg' was released and the one where it was
// not meet again: freeing on 'if (!freed)' may free twice, and not freeing may leak.
#include <stdlib.h>
#include <string.h>

int check_quota(void);

int deliver(const char *text, int fail_fast) {
  char *msg = strdup(text);
  if (!msg)
    return -1;
  int freed = 0;
  if (fail_fast && strlen(msg) > 512) {
    free(msg);
    freed = 1;
  }
  freed = check_quota();
  if (!freed)
    free(msg); // expect-error[OWN002]{{double release of 'msg'}}
               // expect-note@-6{{first released here}}
  return 0; // expect-error[OWN003]{{leak: 'msg' goes out of scope while it still owns its value}}
            // expect-note@-13{{allocated here by 'strdup'}}
}

// The flag tested the wrong way round: the block freed above is freed again, and
// the one never freed leaks.
int deliver_inverted(const char *text, int fail_fast) {
  char *msg = strdup(text);
  if (!msg)
    return -1;
  int freed = 0;
  if (fail_fast) {
    free(msg);
    freed = 1;
  }
  if (freed)
    free(msg); // expect-error[OWN002]{{double release of 'msg'}}
               // expect-note@-5{{first released here}}
  return 0; // expect-error[OWN003]{{leak: 'msg' goes out of scope while it still owns its value}}
            // expect-note@-12{{allocated here by 'strdup'}}
}
