// The classic error-path double free: the failure branch frees the buffer and then
// jumps to the shared 'out:' label, which frees it again.
#include <stdio.h>
#include <stdlib.h>

int load(const char *path, char **out) {
  int rc = -1;
  char *buf = malloc(4096);
  if (!buf)
    return -1;
  FILE *f = fopen(path, "r");
  if (!f) {
    free(buf);
    goto out;
  }
  if (fread(buf, 1, 4096, f) == 0) {
    fclose(f);
    goto out;
  }
  fclose(f);
  *out = buf;
  return 0;
out:
  free(buf); // expect-error[OWN002]{{double release of 'buf'}}
             // expect-note@-12{{first released here}}
  return rc;
}
