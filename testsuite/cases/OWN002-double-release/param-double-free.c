// An unannotated pointer parameter is owned by the caller; a function that frees it
// twice is still a double free, found without any annotation.
#include <stdlib.h>

struct buf { char *data; size_t len; };

void buf_destroy(struct buf *b) {
  free(b->data);
  free(b);
  free(b); // expect-error[OWN002]{{double release of 'b'}}
           // expect-note@-2{{first released here}}
}
