// GNU statement expressions ({ ... }) nested in conditions, arguments and other
// statement expressions, as macro libraries use them (MAX, container_of, TAKE_PTR).
// A temporary owner dies at the closing '})'.
// hostile-exit: 1
#include <stdlib.h>
#include <string.h>

#define TAKE_PTR(p) ({ typeof(p) t_ = (p); (p) = NULL; t_; })
#define MAX(a, b) ({ typeof(a) a_ = (a); typeof(b) b_ = (b); a_ > b_ ? a_ : b_; })

char *take(void) {
  char *p = malloc(8);
  if (!p)
    return NULL;
  return TAKE_PTR(p);
}

int nested(int a, int b) {
  return MAX(({ int x = MAX(a, b); x + 1; }), ({ int y = a * b; y; }));
}

int leaks(const char *s) {
  if (({ char *d = strdup(s); d != NULL; })) // expect-error[OWN003]{{leak}}
                                              // expect-note@-1{{allocated here}}
    return 1;
  return 0;
}
