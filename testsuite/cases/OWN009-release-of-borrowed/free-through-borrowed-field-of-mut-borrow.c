// 'm' is MUT_BORROW, but its 'view' field is a BORROWED pointer: the data below
// it belongs to whoever lent the view. The shared borrow is in the middle of the path.
// rustc: E0507 (cannot move out of `m.view.data`, which is behind a shared reference).
// Rust: fn drop_view(m: &mut Reader<'_>) { drop(m.view.data); }
#include <stdlib.h>
#include <ownck/ownership.h>

struct buf { OWNED char *data; size_t len; };
struct reader { BORROWED struct buf *view; size_t pos; };

void drop_view(MUT_BORROW struct reader *m) {
  m->pos = 0;
  free(m->view->data); // expect-error[OWN009]
}
