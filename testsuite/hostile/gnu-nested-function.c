// GCC nested functions: clang does not implement them and rejects the file. ownck must
// then print clang's error and one clean 'ownck: error: ... not analysed' line, exit 2,
// and not crash on the half-built AST.
// hostile-exit: 2
// hostile-stderr: not analysed: clang reported
#include <stdlib.h>

int outer(int n) {
  int inner(int k) { return k * n; } // expect-error{{function definition is not allowed here}}
  char *p = malloc(4);
  free(p);
  return inner(2); // expect-error{{call to undeclared function}}
}
