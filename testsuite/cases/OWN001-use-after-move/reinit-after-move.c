// Assigning a fresh owner to a moved variable re-initialises it (Rust allows
// `x = make();` after a move): uses after the assignment are fine.
// expect-no-diagnostics
#include <ownck/ownership.h>
#include <stdlib.h>

struct batch;
void batch_add(struct batch *b, OWNED char *rec);
OWNED char *make_record(void);

int add_two(struct batch *b) {
  OWNED char *rec = make_record();
  if (!rec)
    return -1;
  batch_add(b, rec);
  rec = make_record();
  if (!rec)
    return -1;
  rec[0] = '#';
  batch_add(b, rec);
  return 0;
}
