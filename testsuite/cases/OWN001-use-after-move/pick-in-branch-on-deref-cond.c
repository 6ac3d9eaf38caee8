// A use after release under a condition that reads memory: 'victim' is 'a' or 'b'
// depending on 'a->len', and 'a' is used after 'victim' is freed. On the side where
// 'victim' is 'a' that is a use after free; keeping the two sides apart (a path
// flag) must not hide it.
#include <stdlib.h>

struct buf { size_t len; char *data; };

size_t drop_shorter(struct buf *a, struct buf *b) {
  struct buf *victim = b;
  if (a->len < 8)
    victim = a;
  free(victim); // expect-note{{released here}}
  return a->len; // expect-error[OWN001]{{use of 'a' after it was released}}
}
