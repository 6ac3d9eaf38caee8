// A header that does not exist: clang's fatal error is printed, and ownck says in one
// line that the file was not analysed and exits 2 (it never analyses half a file).
// hostile-exit: 2
// hostile-stderr: not analysed: clang reported 1 error
#include "this-header-does-not-exist.h" // expect-error{{file not found}}
#include <stdlib.h>

void f(void) {
  char *p = malloc(1);
  (void)p;
}
