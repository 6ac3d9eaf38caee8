// map_file() wraps mmap() of a whole file (family munmap, fails with MAP_FAILED,
// which the wrapper turns into NULL). Releasing the mapping with free() is a
// mismatched release.
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static void *map_file(const char *path, size_t *len) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return NULL;
  struct stat st;
  void *p = MAP_FAILED;
  if (fstat(fd, &st) == 0 && st.st_size > 0)
    p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (p == MAP_FAILED)
    return NULL;
  *len = (size_t)st.st_size;
  return p;
}

int count_zeros(const char *path) {
  size_t len = 0;
  unsigned char *data = map_file(path, &len);
  if (!data)
    return -1;
  int n = 0;
  for (size_t i = 0; i < len; i++)
    n += data[i] == 0;
  free(data); // expect-error[OWN010]{{'data' is released with the wrong function}}
  return n;
}
