// #line and GNU line markers that point elsewhere: at a file that does not exist, at
// /dev/zero (endless), at a directory, at line 2,000,000,000. Findings are reported
// where they are in this file (spelling locations, real line numbers), and the
// renderers never try to read the files named by the directives.
// hostile-exit: 1
#include <stdlib.h>

#line 1 "/dev/zero"
void a(void) {
  char *p = malloc(1); // expect-note{{allocated here}}
} // expect-error[OWN003]{{leak}}

#line 2000000000 "/"
void b(void) {
  char *p = malloc(1); // expect-note{{allocated here}}
} // expect-error[OWN003]{{leak}}

# 7 "no/such/file.h" 1 3 4
void c(void) {
  char *p = malloc(1); // expect-note{{allocated here}}
} // expect-error[OWN003]{{leak}}
