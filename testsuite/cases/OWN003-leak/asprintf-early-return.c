// asprintf stores a malloc'd string through its first argument on success. The
// string leaks when the next step (opening the file it names) fails.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

int touch_lock(const char *dir, int id) {
  char *path;
  if (asprintf(&path, "%s/lock.%d", dir, id) < 0) // expect-note{{allocated here by 'asprintf'}}
    return -1;
  FILE *f = fopen(path, "w");
  if (!f)
    return -1; // expect-error[OWN003]{{leak: 'path' goes out of scope while it still owns its value}}
  fclose(f);
  free(path);
  return 0;
}
