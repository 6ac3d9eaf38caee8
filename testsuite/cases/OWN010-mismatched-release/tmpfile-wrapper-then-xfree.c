// Both sides wrapped: scratch_open() returns a tmpfile() stream (fclose family) and
// xfree() ends in free() (malloc family). Releasing one with the other is a
// mismatched release, seen only through both summaries.
#include <stdio.h>
#include <stdlib.h>

static FILE *scratch_open(void) {
  FILE *f = tmpfile();
  if (!f)
    perror("tmpfile");
  return f;
}

static void xfree(void *p) {
  if (p)
    free(p);
}

int spool(const char *text) {
  FILE *tmp = scratch_open();
  if (!tmp)
    return -1;
  fputs(text, tmp);
  rewind(tmp);
  int c = fgetc(tmp);
  xfree(tmp); // expect-error[OWN010]
  return c;
}
