// Precision: every allocator paired with the releaser of its own family, one function
// each (heap, stdio stream, descriptor, pipe stream, directory, mapping, library).
// None of these may be reported: the family table must be exact, not approximate.
// expect-no-diagnostics
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int heap(size_t n) {
  char *p = malloc(n);
  if (!p)
    return -1;
  memset(p, 0, n);
  free(p);
  return 0;
}

int zeroed(size_t n) {
  int *v = calloc(n, sizeof *v);
  if (!v)
    return -1;
  v[0] = 1;
  free(v);
  return 0;
}

int stream(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
  int c = fgetc(f);
  fclose(f);
  return c;
}

int descriptor(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  char b;
  ssize_t n = read(fd, &b, 1);
  close(fd);
  return (int)n;
}

int command(const char *cmd) {
  FILE *p = popen(cmd, "r");
  if (!p)
    return -1;
  int c = fgetc(p);
  pclose(p);
  return c;
}

int directory(const char *dir) {
  DIR *d = opendir(dir);
  if (!d)
    return -1;
  int n = 0;
  while (readdir(d))
    n++;
  closedir(d);
  return n;
}

int mapping(int fd, size_t len) {
  char *m = mmap(NULL, len, PROT_READ, MAP_SHARED, fd, 0);
  if (m == MAP_FAILED)
    return -1;
  int c = m[0];
  munmap(m, len);
  return c;
}

int library(const char *lib) {
  void *h = dlopen(lib, RTLD_NOW);
  if (!h)
    return -1;
  dlclose(h);
  return 0;
}
