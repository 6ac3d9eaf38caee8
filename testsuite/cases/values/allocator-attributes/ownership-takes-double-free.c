// ownership_takes(malloc, 1) marks xfree() as the releaser of its first argument:
// calling it twice on the same block is a double free.
#include <stddef.h>

void *xmalloc(size_t n) __attribute__((ownership_returns(malloc)));
void xfree(void *p) __attribute__((ownership_takes(malloc, 1)));

void session_close(size_t n) {
  char *token = xmalloc(n);
  if (!token)
    return;
  token[0] = '\0';
  xfree(token);
  xfree(token); // expect-error[OWN002]
}
