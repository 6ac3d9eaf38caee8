// Once 'fp' has been checked, a second, redundant check ('if (fp && ...)') cannot
// make it NULL again: its false edge is taken only because of the other operand.
// Reduced from redis src/aof.c (loadSingleAppendOnlyFile). The same holds for a
// descriptor checked twice.
// expect-no-diagnostics
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int first_char(const char *path) {
  FILE *fp = fopen(path, "r");
  if (fp == NULL)
    return -1;
  if (fp && fgetc(fp) == EOF) {
    fclose(fp);
    return 0;
  }
  int c = fgetc(fp);
  fclose(fp);
  return c;
}

int first_byte(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  unsigned char b = 0;
  if (fd >= 0 && read(fd, &b, 1) != 1) {
    close(fd);
    return -1;
  }
  close(fd);
  return b;
}
