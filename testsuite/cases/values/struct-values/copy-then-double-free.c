// A struct assigned by value shares its pointer fields with the original:
// freeing the field through both copies frees the block twice.
#include <stdlib.h>

struct buffer { char *data; size_t len; };

void swap_out(size_t n) {
  struct buffer cur, saved;
  cur.data = malloc(n);
  if (!cur.data)
    return;
  cur.len = n;
  saved = cur;
  free(cur.data);
  free(saved.data); // expect-error[OWN002]
}
