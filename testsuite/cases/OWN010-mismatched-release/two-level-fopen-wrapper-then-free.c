// Two levels of wrapping: open_data() calls open_in(), which calls fopen(). The
// fclose family travels up both summaries; the caller frees the stream.
#include <stdio.h>
#include <stdlib.h>

static FILE *open_in(const char *dir, const char *name, const char *mode) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  return fopen(path, mode);
}

static FILE *open_data(const char *name) {
  return open_in("/var/lib/app", name, "rb");
}

long data_size(const char *name) {
  FILE *f = open_data(name);
  if (!f)
    return -1;
  long n = 0;
  while (fgetc(f) != EOF)
    n++;
  free(f); // expect-error[OWN010]{{'f' is released with the wrong function}}
  return n;
}
