// The free() wrapper is defined after its caller, behind a prototype. It is still a
// releaser of the malloc family when the caller is checked, so closing a directory
// stream with it is a mismatched release.
#include <dirent.h>
#include <stdlib.h>

void mem_release(void *p);

int count_entries(const char *path) {
  DIR *d = opendir(path);
  if (!d)
    return -1;
  int n = 0;
  while (readdir(d))
    n++;
  mem_release(d); // expect-error[OWN010]
  return n;
}

void mem_release(void *p) {
  free(p);
}
