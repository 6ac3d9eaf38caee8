// A DIR* from opendir leaks when the scan stops early to report an unexpected
// entry. closedir is needed on every exit, including the one in the middle of the
// readdir loop.
#include <dirent.h>
#include <string.h>

int dir_is_clean(const char *path) {
  DIR *d = opendir(path); // expect-note{{allocated here by 'opendir'}}
  if (!d)
    return -1;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, "core") == 0)
      return 0; // expect-error[OWN003]{{leak: 'd' goes out of scope while it still owns its value}}
  }
  closedir(d);
  return 1;
}
