// C11: _Generic selections (only the chosen association is evaluated), _Atomic
// pointers, _Static_assert, _Alignas, _Alignof, _Thread_local and _Noreturn. Nothing
// here is wrong except the double free through an _Atomic pointer.
// hostile-exit: 1
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(sizeof(char) == 1, "bytes");
static _Thread_local char *tls_buf;

#define release(x) _Generic((x), char *: free, default: free)(x)
#define length(x) _Generic((x), const char *: strlen, char *: strlen)(x)

_Noreturn void die(void);

size_t generic(const char *s) {
  char *d = strdup(s);
  if (!d)
    die();
  size_t n = length(d);
  release(d);
  return n;
}

void atomic_double(void) {
  char *_Atomic p = malloc(4);
  _Alignas(16) char local[32];
  (void)local;
  (void)_Alignof(long);
  free(p);
  free(p); // expect-error[OWN002]{{}}
           // expect-note@-2{{first released here}}
}

void tls(void) {
  tls_buf = malloc(8); // stored in a (thread-local) global: not a leak
}

int atomic_counter(_Atomic int *c) { return atomic_fetch_add(c, 1); }
