// '&s->hdr' points into the middle of the caller's struct, a place below the
// MUT_BORROW root: it is neither owned by this function nor an allocation.
// rustc: no safe equivalent; Box::from_raw(&mut s.hdr) compiles only in unsafe
// code and is undefined behaviour (a borrow is not an allocation).
// rustc: no safe equivalent; the nearest is E0507 (releasing what is not owned).
#include <stdlib.h>
#include <ownck/ownership.h>

struct hdr { int kind; int len; };
struct msg { struct hdr hdr; char body[64]; };

void drop_hdr(MUT_BORROW struct msg *s) {
  free(&s->hdr); // expect-error[OWN009]
}
