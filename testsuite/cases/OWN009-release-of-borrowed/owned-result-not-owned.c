// An OWNED result promises the caller a value to release; returning a pointer the
// function does not own (a caller's string) breaks that promise.
// rustc: no safe equivalent; the nearest is E0507 (releasing what is not owned).
#include <string.h>
#include <ownck/ownership.h>

OWNED NULLABLE char *pick(char *a, char *b) {
  if (strlen(a) > strlen(b))
    return a; // expect-error[OWN009]{{'a' is returned as an owner, but this function does not own it}}
  return strdup(b);
}
