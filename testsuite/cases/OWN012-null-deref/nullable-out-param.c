// An optional out-parameter (NULLABLE int *err): the caller passes NULL when it does
// not care. Storing into it unconditionally is the bug the annotation exists for.
#include <stdlib.h>
#include <ownck/ownership.h>

long parse_count(const char *s, NULLABLE int *err) {
  char *end;
  long v = strtol(s, &end, 10);
  *err = (*end != '\0'); // expect-error[OWN012]{{dereference of NULLABLE 'err' without a NULL check}}
  return v;
}
