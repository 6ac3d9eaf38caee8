// open_log() wraps fopen(): its result is a fresh owner of the fclose family.
// Releasing it with free() is a mismatched release.
#include <stdio.h>
#include <stdlib.h>

static FILE *open_log(const char *dir) {
  char path[256];
  snprintf(path, sizeof path, "%s/server.log", dir);
  return fopen(path, "a");
}

int log_start(const char *dir) {
  FILE *log = open_log(dir);
  if (!log)
    return -1;
  fputs("started\n", log);
  free(log); // expect-error[OWN010]{{'log' is released with the wrong function}}
  return 0;
}
