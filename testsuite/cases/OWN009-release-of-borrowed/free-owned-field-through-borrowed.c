// 'b' is only borrowed: the buffer in its OWNED field still belongs to the caller's
// struct, which will free it again. Releasing any path below a borrow is E0507.
// rustc: E0507 (cannot move out of `b.buf`, which is behind a shared reference).
// Rust: fn drop_buf(b: &Buf) { drop(b.buf); }
#include <stdlib.h>
#include <ownck/ownership.h>

struct buf { OWNED char *buf; size_t len; };

void drop_buf(BORROWED struct buf *b) {
  free(b->buf); // expect-error[OWN009]
}
