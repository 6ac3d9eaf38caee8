// The text 'ownck: allow(' is a suppression only at the start of a comment: inside a
// string literal or in the middle of a comment it is not one. It silences nothing,
// and it is not reported as an unused suppression (OWN014) either.
#include <stdio.h>
#include <stdlib.h>

void in_string(void) {
  char *p = malloc(4); puts("// ownck: allow(OWN003)");
} // expect-error[OWN003]{{leak: 'p' goes out of scope}}

void mid_comment(void) {
  char *p = malloc(4); // to silence this, write ownck: allow(OWN003) at the start
} // expect-error[OWN003]{{leak: 'p' goes out of scope}}

/* A block comment that explains suppressions:
   ownck: allow(OWN003) on a continuation line is not a comment's start either */
void in_block_comment(void) {
  char *p = malloc(4);
  free(p);
}

void in_char_and_string(void) {
  char q = '"'; char *p = malloc(4); printf("%c ownck: allow(OWN003)\n", q);
} // expect-error[OWN003]{{leak: 'p' goes out of scope}}
