// A DIR* from opendir() released with free(): the directory descriptor leaks (one fd
// per call: a long-running server eventually hits EMFILE) and free() gets a pointer
// whose layout is libc's business. closedir() is the only releaser.
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

int count_entries(const char *dir) {
  DIR *d = opendir(dir);
  if (!d)
    return -1;
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
      n++;
  free(d); // expect-error[OWN010]{{'d' is released with the wrong function}}
           // expect-note@-9{{allocated here by 'opendir'}}
  return n;
}
