// The buffer is freed under one call of is_cached() and used under the opposite
// call. This is correct only if both calls agree, which ownck cannot know: a
// function may return different results (and an unknown call may change state). A
// sound analyzer must report the maybe-use-after-free, as Rust's borrow checker does
// for maybe-moved values. All four paths are reported: use and double release when
// both calls say "no", a leak when the first says "no" and the second "yes". The fix
// is one decision stored in a local (../OWN002-double-release/free-guarded-by-flag.c).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int is_cached(const char *key);

void show(const char *key) {
  char *val = strdup(key);
  if (!val)
    return;
  if (is_cached(key))
    free(val);
  if (!is_cached(key)) {
    puts(val); // expect-error[OWN001]{{use of 'val' after it was released}}
               // expect-note@-3{{released here by 'free'}}
    free(val); // expect-error[OWN002]{{double release of 'val'}}
  }
} // expect-error[OWN003]{{leak: 'val' goes out of scope}}
