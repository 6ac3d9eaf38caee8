// A local array is not an allocation: free() of it (the array decays to the
// address of its first element) corrupts the heap (CWE-590). No annotation needed.
// rustc: no safe equivalent; Box::from_raw(line.as_mut_ptr()) compiles only in
// unsafe code and is undefined behaviour.
#include <stdio.h>
#include <stdlib.h>

int read_line(FILE *f) {
  char line[128];
  if (!fgets(line, sizeof line, f))
    return -1;
  free(line); // expect-error[OWN009]
  return 0;
}
