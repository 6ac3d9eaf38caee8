// 'char *argv[]' is a pointer to the caller's array: its elements are not places of
// this function, so nothing stored through it is ours to release.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

int main(int argc, char *argv[]) {
  if (argc > 1)
    argv[1] = strdup("x");  // stored in memory we do not follow: not a leak here
  return 0;
}
