// On a path that only goes on to end the process, what is still held is the
// system's to release (ok-leak-on-the-way-to-exit.c); a block whose only pointer is
// overwritten there is lost before that, and is still reported.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *name = strdup(argc > 1 ? argv[1] : "world");
  if (!name)
    return 1;
  name = strdup("again");  // expect-error[OWN003]{{'name' is overwritten while it still owns its value}}
  if (!name)
    return 1;
  printf("hello %s\n", name);
  return 0;
}
