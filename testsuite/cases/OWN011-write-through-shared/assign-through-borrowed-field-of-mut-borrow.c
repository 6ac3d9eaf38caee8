// The root 'm' is MUT_BORROW, but the path goes through its BORROWED 'view' field:
// the shared borrow in the middle makes everything below it read-only.
// rustc: E0594 (cannot assign to `m.view.len`, which is behind a `&` reference).
// Rust: fn rewind(m: &mut Reader<'_>) { m.pos = 0; m.view.len = 0; }  // view: &'a Buf
#include <stddef.h>
#include <ownck/ownership.h>

struct buf { char data[32]; size_t len; };
struct reader { BORROWED struct buf *view; size_t pos; };

void rewind_reader(MUT_BORROW struct reader *m) {
  m->pos = 0;
  m->view->len = 0; // expect-error[OWN011]
}
