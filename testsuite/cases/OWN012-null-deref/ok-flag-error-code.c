// The NULL case sets an error code, and the stream is used only while the code
// says all is well: a flag (an integer tested against 0). Reduced from zlib
// contrib/minizip/minizip.c (getFileCrc). No finding.
// expect-no-diagnostics
#include <stdio.h>

#define ZIP_OK (0)
#define ZIP_ERRNO (-1)

int file_sum(const char *path, char *buf, unsigned long size_buf, unsigned long *result) {
  unsigned long sum = 0;
  int err = ZIP_OK;
  FILE *fin = fopen(path, "rb");
  unsigned long size_read = 0;
  if (fin == NULL)
    err = ZIP_ERRNO;
  if (err == ZIP_OK)
    do {
      err = ZIP_OK;
      size_read = fread(buf, 1, size_buf, fin);
      if (size_read < size_buf)
        if (feof(fin) == 0)
          err = ZIP_ERRNO;
      for (unsigned long i = 0; i < size_read; i++)
        sum += (unsigned char)buf[i];
    } while (err == ZIP_OK && size_read > 0);
  if (fin)
    fclose(fin);
  *result = sum;
  return err;
}
