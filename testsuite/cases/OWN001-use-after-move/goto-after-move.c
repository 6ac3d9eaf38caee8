// A move before a forward 'goto' is still in effect at the label: the cleanup code
// after the label must not touch the moved value. The classic mistake is a shared
// "out:" label that logs or releases what an earlier step handed away.
#include <ownck/ownership.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int table_put(OWNED char *key, int value);

int register_name(const char *name, int value) {
  int rc = -1;
  OWNED char *key = strdup(name);
  if (!key)
    return -1;
  if (table_put(key, value) != 0)
    goto out;
  rc = 0;
out:
  fprintf(stderr, "registered %s: %d\n", key, rc); // expect-error[OWN001]{{use of moved value 'key'}}
                                                     // expect-note@-5{{value moved here}}
  return rc;
}
