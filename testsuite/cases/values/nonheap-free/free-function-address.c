// A function's address is code, not an allocation: freeing a callback pointer
// that still holds a function (instead of a heap closure) is OWN009.
#include <stdlib.h>

typedef void (*handler_fn)(int);

static void default_handler(int sig) { (void)sig; }

void drop_handler(void) {
  handler_fn h = default_handler;
  h(0);
  free((void *)h); // expect-error[OWN009]
}
