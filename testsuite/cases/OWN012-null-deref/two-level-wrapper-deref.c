// Two levels of wrapping, neither of which checks: str_alloc() -> mem_alloc() ->
// malloc(). "May be NULL" travels up both summaries.
#include <stdio.h>
#include <stdlib.h>

static void *mem_alloc(size_t n) {
  return malloc(n);
}

static char *str_alloc(size_t len) {
  return mem_alloc(len + 1);
}

char *format_int(int v) {
  char *s = str_alloc(16);
  sprintf(s, "%d", v); // expect-warning[OWN012]{{'s' may be NULL here}}
  return s;
}
