// A "close the log" helper writes a trailer and fclose()s its stream: its summary
// releases parameter 0 (family fclose) on every path. The caller writes one more
// line to the closed FILE.
#include <stdio.h>

static void log_close(FILE *log) {
  fputs("-- end of log --\n", log);
  fclose(log);
}

int run_job(const char *path, int steps) {
  FILE *log = fopen(path, "a");
  if (!log)
    return -1;
  for (int i = 0; i < steps; i++)
    fprintf(log, "step %d\n", i);
  log_close(log);
  fprintf(log, "done\n"); // expect-error[OWN001]{{use of 'log' after it was released}}
  return 0;
}
