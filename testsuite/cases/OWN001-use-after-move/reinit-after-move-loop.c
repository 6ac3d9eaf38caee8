// Re-initialisation in a loop: each iteration hands 'rec' off and assigns the next
// record to it before the back edge, so the move never reaches the next iteration's
// use (Rust accepts the same loop). No finding.
// expect-no-diagnostics
#include <ownck/ownership.h>
#include <stdlib.h>
#include <string.h>

struct batch;
void batch_add(struct batch *b, OWNED char *rec);

OWNED char *make_record(void);

void fill(struct batch *b, int n) {
  OWNED char *rec = make_record();
  if (!rec)
    return;
  for (int i = 0; i < n; i++) {
    batch_add(b, rec);
    rec = make_record();
    if (!rec)
      return;
    rec[0] = (char)('a' + i);
  }
  free(rec);
}
