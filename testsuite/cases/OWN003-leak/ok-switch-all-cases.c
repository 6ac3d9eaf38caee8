// Every case of a switch either frees the copy itself or falls to the common free
// after the switch; the early-return case frees before returning.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

enum cmd { CMD_GET, CMD_PUT, CMD_QUIT };

int do_get(const char *key);
int do_put(const char *key);

int dispatch(enum cmd c, const char *arg) {
  char *key = strdup(arg);
  if (!key)
    return -1;
  int rc;
  switch (c) {
  case CMD_GET:
    rc = do_get(key);
    break;
  case CMD_PUT:
    rc = do_put(key);
    break;
  case CMD_QUIT:
    free(key);
    return 1;
  default:
    rc = -1;
    break;
  }
  free(key);
  return rc;
}
