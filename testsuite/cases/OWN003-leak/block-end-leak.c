// A local declared in an inner block dies at the block's closing brace. A buffer
// that is only freed on one branch leaks there, even though the function goes on.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int log_line(FILE *out, const char *msg, int verbose) {
  if (verbose) {
    char *copy = strdup(msg); // expect-note{{allocated here by 'strdup'}}
    if (copy && strlen(copy) > 80) {
      copy[80] = '\0';
      fputs(copy, out);
      free(copy);
    }
  } // expect-error[OWN003]{{leak: 'copy' goes out of scope while it still owns its value}}
  return fputs(msg, out);
}
