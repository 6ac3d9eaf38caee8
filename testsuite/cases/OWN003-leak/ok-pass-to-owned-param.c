// Passing the owner to a function whose parameter is OWNED moves it there: the
// callee must release it, the caller no longer owns it.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>
#include <ownck/ownership.h>

int queue_push(OWNED char *msg);

int send_copy(const char *text) {
  char *msg = strdup(text);
  if (!msg)
    return -1;
  return queue_push(msg);
}

int send_two(const char *a, const char *b) {
  char *m1 = strdup(a);
  if (!m1)
    return -1;
  if (queue_push(m1) < 0)
    return -1;
  char *m2 = strdup(b);
  if (!m2)
    return -1;
  return queue_push(m2);
}
