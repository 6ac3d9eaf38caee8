// The stream from an fopen() wrapper is closed with fclose(): same family. No
// finding.
// expect-no-diagnostics
#include <stdio.h>

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
  fclose(log);
  return 0;
}
