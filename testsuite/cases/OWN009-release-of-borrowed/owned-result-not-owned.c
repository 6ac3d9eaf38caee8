// An OWNED result promises the caller a value to release; returning a pointer the
// function does not own (a caller's string) breaks that promise.
#include <string.h>
#include <ownck/ownership.h>

OWNED NULLABLE char *pick(char *a, char *b) {
  if (strlen(a) > strlen(b))
    return a; // expect-error[OWN009]{{'a' is returned as an owner, but this function does not own it}}
  return strdup(b);
}
