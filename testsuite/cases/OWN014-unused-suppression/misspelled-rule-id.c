// A misspelled rule ID in allow() names no rule: the comment is OWN014 and the leak
// it was meant for is still reported.
#include <stdlib.h>

void misspelled(void) {
  // expect-warning[OWN014]@+1{{'ownck: allow(...)' names 'OWN03', which is no rule}}
  char *p = malloc(4); // ownck: allow(OWN03): meant OWN003
} // expect-error[OWN003]{{leak: 'p' goes out of scope}}
