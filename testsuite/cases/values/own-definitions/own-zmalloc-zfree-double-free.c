// redis-style wrappers defined in the file: zmalloc() returns malloc's block
// (aborting on failure) and zfree() frees it. Read from their bodies, zfree()
// twice on one block is a double free.
#include <stdlib.h>

static void *zmalloc(size_t size) {
  void *ptr = malloc(size);
  if (!ptr)
    abort();
  return ptr;
}

static void zfree(void *ptr) {
  free(ptr);
}

void client_free(size_t n) {
  char *querybuf = zmalloc(n);
  querybuf[0] = '\0';
  zfree(querybuf);
  zfree(querybuf); // expect-error[OWN002]
}
