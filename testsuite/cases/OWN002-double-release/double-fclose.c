// Closing a stream twice is a double release through the fopen/fclose model: the
// second fclose touches a FILE that no longer exists.
#include <stdio.h>

int save(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (!f)
    return -1;
  if (fputs(text, f) == EOF) {
    fclose(f);
    return -1;
  }
  fclose(f);
  fclose(f); // expect-error[OWN002]{{double release of 'f'}}
             // expect-note@-2{{first released here}}
  return 0;
}
