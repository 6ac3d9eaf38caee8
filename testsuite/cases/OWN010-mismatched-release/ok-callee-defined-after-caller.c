// Wrappers defined after their caller, behind prototypes: open_db() wraps fopen()
// and close_db() wraps fclose(). The families match. No finding.
// expect-no-diagnostics
#include <stdio.h>

FILE *open_db(const char *path);
void close_db(FILE *db);

int db_records(const char *path) {
  FILE *db = open_db(path);
  if (!db)
    return -1;
  int n = 0, c;
  while ((c = fgetc(db)) != EOF)
    n += c == '\n';
  close_db(db);
  return n;
}

FILE *open_db(const char *path) {
  return fopen(path, "rb");
}

void close_db(FILE *db) {
  fclose(db);
}
