// Precision: an optional out-parameter written only when the caller passed one:
// 'if (err) *err = ...'.
// expect-no-diagnostics
#include <stdlib.h>
#include <ownck/ownership.h>

long parse_count(const char *s, NULLABLE int *err) {
  char *end;
  long v = strtol(s, &end, 10);
  if (err != NULL)
    *err = (*end != '\0');
  return v;
}
