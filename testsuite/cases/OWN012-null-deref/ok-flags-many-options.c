// A main() with many option flags set while parsing argv, and an error code that
// says whether the file opened. The option flags give many valuations that do not
// matter to any object; paths whose states are the same merge, so the error code
// still tells the NULL path apart. Reduced from zlib contrib/minizip/minizip.c. No
// finding.
// expect-no-diagnostics
#include <stdio.h>
#include <string.h>

#define ZIP_OK (0)
#define ZIP_ERRNO (-1)

int add_file(const char *name, int level);

int main(int argc, char **argv) {
  int opt_overwrite = 0, opt_append = 0, opt_level = 6, opt_exclude = 0, opt_verbose = 0;
  int opt_quiet = 0, opt_store = 0, opt_large = 0, opt_crc = 0, opt_dry = 0, opt_keep = 0;
  char buf[4096];
  for (int i = 1; i < argc; i++) {
    if (argv[i][0] != '-')
      continue;
    if (!strcmp(argv[i], "-o")) opt_overwrite = 1;
    if (!strcmp(argv[i], "-a")) opt_append = 1;
    if (!strcmp(argv[i], "-0")) opt_level = 0;
    if (!strcmp(argv[i], "-j")) opt_exclude = 1;
    if (!strcmp(argv[i], "-v")) opt_verbose = 1;
    if (!strcmp(argv[i], "-q")) opt_quiet = 1;
    if (!strcmp(argv[i], "-s")) opt_store = 1;
    if (!strcmp(argv[i], "-l")) opt_large = 1;
    if (!strcmp(argv[i], "-c")) opt_crc = 1;
    if (!strcmp(argv[i], "-n")) opt_dry = 1;
    if (!strcmp(argv[i], "-k")) opt_keep = 1;
  }
  if (opt_overwrite && opt_append)
    return 1;
  int err = ZIP_OK;
  for (int i = 1; i < argc && err == ZIP_OK; i++) {
    FILE *fin = NULL;
    size_t size_read = 0;
    if (opt_verbose && !opt_quiet)
      printf("adding %s\n", argv[i]);
    err = add_file(argv[i], opt_store ? 0 : opt_level);
    if (err != ZIP_OK) {
      printf("error in opening %s in zipfile\n", argv[i]);
    } else {
      fin = fopen(argv[i], "rb");
      if (fin == NULL)
        err = ZIP_ERRNO;
    }
    if (err == ZIP_OK)
      do {
        size_read = fread(buf, 1, sizeof buf, fin);
        if (size_read < sizeof buf && feof(fin) == 0)
          err = ZIP_ERRNO;
      } while (err == ZIP_OK && size_read > 0);
    if (fin)
      fclose(fin);
  }
  return err != ZIP_OK || opt_exclude || opt_large || opt_crc || opt_dry || opt_keep;
}
