// '(*p)->data': two derefs and a field below the BORROWED root 'p'; the buffer is
// owned by the caller's struct.
// rustc: E0507 (cannot move out of `p.data`, which is behind a shared reference).
// Rust: fn drop_data(p: &&Buf) { drop(p.data); }
#include <stdlib.h>
#include <ownck/ownership.h>

struct buf { OWNED char *data; size_t len; };

void drop_data(BORROWED struct buf *const *p) {
  free((*p)->data); // expect-error[OWN009]
}
