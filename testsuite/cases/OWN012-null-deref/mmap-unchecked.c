// mmap() fails with MAP_FAILED, not NULL: the finding, its note and its help say so
// (reduced from redis src/debug.c). The checked mapping below is fine.
#include <stddef.h>
#include <sys/mman.h>

int first_page_byte(int fd) {
  char *p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
  int b = p[0]; // expect-warning[OWN012]{{'p' may be MAP_FAILED here}}
                // expect-note@-2{{allocated here by 'mmap'}}
  munmap(p, 4096);
  return b;
}

int checked_page_byte(int fd) {
  char *p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
  if (p == MAP_FAILED)
    return -1;
  int b = p[0];
  munmap(p, 4096);
  return b;
}
