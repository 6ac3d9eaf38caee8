// fclose releases the stream (even when it fails): writing to it afterwards is a use
// after release, found through the fopen/fclose model.
#include <stdio.h>

int write_report(const char *path, int total) {
  FILE *f = fopen(path, "w");
  if (!f)
    return -1;
  fprintf(f, "total=%d\n", total);
  fclose(f);
  fprintf(f, "done\n"); // expect-error[OWN001]{{use of 'f' after it was released}}
                        // expect-note@-2{{released here by 'fclose'}}
  return 0;
}
