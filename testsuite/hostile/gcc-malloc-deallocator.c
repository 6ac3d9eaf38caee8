// GCC 11's malloc(deallocator) attribute, unguarded: clang rejects it, so the file
// is not analysed. ownck shows clang's error with a help line that says how to keep
// the attribute for GCC and tell ownck the same, and exits 2.
// hostile-exit: 2
// hostile-stderr: not analysed: clang reported 1 error
#include <stdlib.h>

void buf_free(void *p);
void *buf_new(size_t n) __attribute__((malloc(buf_free, 1))); // expect-error{{'malloc' attribute takes no arguments}}
