// A stream from popen() must be closed with pclose(), which also waits for the child.
// fclose() leaves a zombie process and, on glibc, leaks the popen bookkeeping.
#include <stdio.h>
#include <string.h>

int git_head(char *out, size_t size) {
  FILE *p = popen("git rev-parse HEAD", "r");
  if (p == NULL)
    return -1;
  int ok = fgets(out, (int)size, p) != NULL;
  fclose(p); // expect-error[OWN010]{{'p' is released with the wrong function}}
             // expect-note@-5{{allocated here by 'popen'}}
  if (ok)
    out[strcspn(out, "\n")] = '\0';
  return ok ? 0 : -1;
}
