// Precision: a local declared OWNED_BY(fclose), initialised from an unmodelled helper,
// closed with fclose(): the annotation gives the family, and it matches.
// expect-no-diagnostics
#include <stdio.h>
#include <ownck/ownership.h>

FILE *open_log(const char *dir);

void log_line(const char *dir, const char *msg) {
  OWNED_BY(fclose) FILE *log = open_log(dir);
  if (!log)
    return;
  fprintf(log, "%s\n", msg);
  fclose(log);
}
