// A file mapped with mmap() and released with free(): free() of a pointer malloc did
// not return is undefined (glibc aborts with "free(): invalid pointer") and the
// mapping stays. Note mmap fails with MAP_FAILED, not NULL.
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

long checksum_file(int fd) {
  struct stat st;
  if (fstat(fd, &st) != 0 || st.st_size == 0)
    return -1;
  size_t len = (size_t)st.st_size;
  unsigned char *p = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
  if (p == MAP_FAILED)
    return -1;
  long sum = 0;
  for (size_t i = 0; i < len; i++)
    sum += p[i];
  free(p); // expect-error[OWN010]{{'p' is released with the wrong function}}
           // expect-note@-7{{allocated here by 'mmap'}}
  return sum;
}
