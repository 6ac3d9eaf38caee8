// A suppression with a reason after '):' (recorded as the SARIF justification): the
// reason may hold any text, parentheses and 'ownck' included; the comment is used
// (no OWN014). A URL in a string literal before the comment does not hide it. The
// same code without the comment shows the finding is there.
#include <stdio.h>
#include <stdlib.h>

void silenced(void) {
  char *name = malloc(32); // ownck: allow(OWN003): freed at exit (see atexit() in main.c), by ownck's rules a leak
}

void silenced2(void) {
  puts("http://example.com/"); char *p = malloc(4); // ownck: allow(OWN003): after a '//' in a string
}

void control(void) {
  char *name = malloc(32);
} // expect-error[OWN003]{{leak: 'name' goes out of scope}}
