// open_config() wraps fopen() (a fresh owner of the fclose family, possibly NULL).
// The caller returns without closing the stream when the header is wrong.
#include <stdio.h>
#include <string.h>

static FILE *open_config(const char *dir) {
  char path[512];
  snprintf(path, sizeof path, "%s/app.conf", dir);
  return fopen(path, "r");
}

int config_version(const char *dir) {
  char line[128];
  FILE *f = open_config(dir);
  if (!f)
    return -1;
  if (!fgets(line, sizeof line, f) || strncmp(line, "version=", 8) != 0)
    return -1; // expect-error[OWN003]{{leak: 'f' goes out of scope}}
  fclose(f);
  return line[8] - '0';
}
