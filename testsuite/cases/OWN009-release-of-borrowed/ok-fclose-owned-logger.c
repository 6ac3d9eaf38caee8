// The logger is taken OWNED, so closing its OWNED_BY(fclose) field and freeing it
// is the owner releasing what it owns.
// rustc accepts.
// Rust: fn finish(log: Box<Logger>) { drop(log); }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <ownck/ownership.h>

struct logger { OWNED_BY(fclose) FILE *fp; int level; };

void finish(OWNED struct logger *log) {
  fclose(log->fp);
  free(log);
}
