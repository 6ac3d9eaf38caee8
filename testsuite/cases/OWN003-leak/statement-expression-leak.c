// A GNU statement expression (as used by many macro libraries) declares a local
// buffer that goes out of scope at the closing '})' while it still owns its block.
#include <stdlib.h>
#include <string.h>

size_t name_len(const char *name) {
  size_t n = ({
    char *tmp = strdup(name); // expect-note{{allocated here by 'strdup'}}
    tmp ? strlen(tmp) : 0;
  }); // expect-error[OWN003]{{leak: 'tmp' goes out of scope while it still owns its value}}
  return n;
}
