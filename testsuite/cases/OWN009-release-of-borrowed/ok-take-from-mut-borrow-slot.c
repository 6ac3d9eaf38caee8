// Taking the owner out of a MUT_BORROW slot and putting NULL back at once is
// Option::take: the caller's slot is empty, this function owns the value.
// rustc accepts.
// Rust: fn drain(slot: &mut Option<Box<[u8]>>) { let mine = slot.take(); drop(mine); }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stddef.h>
#include <stdlib.h>
#include <ownck/ownership.h>

void drain(MUT_BORROW char **slot) {
  OWNED NULLABLE char *mine = *slot;
  *slot = NULL;
  free(mine);
}
