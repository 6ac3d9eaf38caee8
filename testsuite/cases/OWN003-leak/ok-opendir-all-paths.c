// opendir/closedir with an early exit from the readdir loop that closes first.
// expect-no-diagnostics
#include <dirent.h>
#include <string.h>

int has_entry(const char *path, const char *name) {
  DIR *d = opendir(path);
  if (!d)
    return -1;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, name) == 0) {
      closedir(d);
      return 1;
    }
  }
  closedir(d);
  return 0;
}
