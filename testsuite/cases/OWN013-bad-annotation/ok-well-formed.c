// Every annotation in its place: owned pointers and handles, borrows of pointers,
// NULLABLE results, BORROWED_FROM naming a parameter, UNCHECKED on a function.
// expect-no-diagnostics
#include <stdlib.h>
#include <unistd.h>
#include <ownck/ownership.h>

struct rec { OWNED char *name; int len; };

OWNED NULLABLE char *make(size_t n) { return malloc(n); }

BORROWED_FROM(s) const char *after_space(BORROWED const char *s) {
  while (*s && *s != ' ')
    s++;
  return s;
}

void close_fd(OWNED_BY(close) int fd) { close(fd); }

UNCHECKED void *raw_pool(void) { static char pool[64]; return pool; }
