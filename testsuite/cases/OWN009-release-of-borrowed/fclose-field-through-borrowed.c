// The FILE in an OWNED_BY(fclose) field belongs to the logger; a function that
// only borrows the logger cannot close it.
// rustc: E0507 (cannot move out of `log.fp`, which is behind a shared reference).
// Rust: fn finish(log: &Logger) { drop(log.fp); }
#include <stdio.h>
#include <ownck/ownership.h>

struct logger { OWNED_BY(fclose) FILE *fp; int level; };

void finish(BORROWED const struct logger *log) {
  fclose(log->fp); // expect-error[OWN009]
}
