// Line endings of every kind in one file: \r\n, a lone \r, and \n\r (two line ends,
// as clang 19 counts them). Each finding is on the line its expectation is on.#include <stdlib.h>

void mixed(void) {
  char *p = malloc(4);  char *q = malloc(4);
  free(p);
  p[0] = 1;  // expect-error[OWN001]
  free(q);  free(q);  // expect-error[OWN002]
}
