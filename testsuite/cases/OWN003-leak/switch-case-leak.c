// A leak inside one 'case' of a switch: the CMD_QUIT case returns without freeing
// the argument copy that every other case frees after the switch.
#include <stdlib.h>
#include <string.h>

enum cmd { CMD_GET, CMD_PUT, CMD_QUIT };

int do_get(const char *key);
int do_put(const char *key);

int dispatch(enum cmd c, const char *arg) {
  char *key = strdup(arg); // expect-note{{allocated here by 'strdup'}}
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
    return 1; // expect-error[OWN003]{{leak: 'key' goes out of scope while it still owns its value}}
  default:
    rc = -1;
    break;
  }
  free(key);
  return rc;
}
