// Half-written code: several syntax errors in one file. ownck shows clang's first
// three errors, says in one line that the file was not analysed, exits 2, and never
// looks at the broken AST.
// hostile-exit: 2
// hostile-stderr: not analysed: clang reported 4 errors
#include <stdlib.h>

void f(void) {
  char *p = malloc(1) // expect-error{{expected ';' at end of declaration}}
  free(p);
  if (p {             // expect-error{{expected ')'}}
    p = 1;
  }
}                     // expect-error{{expected statement}}

int g(int x) { return x +; }
