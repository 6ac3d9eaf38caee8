// A local declared OWNED_BY(fclose) states which function releases it; free() is
// not that function, even though the initializer is an unmodelled helper.
#include <stdio.h>
#include <stdlib.h>
#include <ownck/ownership.h>

FILE *open_log(const char *dir);

void log_line(const char *dir, const char *msg) {
  OWNED_BY(fclose) FILE *log = open_log(dir);
  if (!log)
    return;
  fprintf(log, "%s\n", msg);
  free(log); // expect-error[OWN010]{{'log' is released with the wrong function}}
}
