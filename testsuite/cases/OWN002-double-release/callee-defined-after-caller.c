// The release helper is defined after its caller, behind a prototype. Summaries do
// not depend on the order of definitions: the second close_db() is a double release.
#include <stdio.h>
#include <stdlib.h>

struct db { FILE *f; char *path; };

void close_db(struct db *d);

int db_check(struct db *d) {
  int bad = ferror(d->f);
  if (bad)
    close_db(d);
  close_db(d); // expect-error[OWN002]{{double release of 'd'}}
  return bad;
}

void close_db(struct db *d) {
  fclose(d->f);
  free(d->path);
  free(d);
}
