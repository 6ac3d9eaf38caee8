// A FILE* from fopen leaks when the header read fails and the function returns
// without fclose. Each call leaks a stream and its descriptor (CWE-775), until
// fopen itself starts failing with EMFILE.
#include <stdio.h>

int read_magic(const char *path, unsigned *magic) {
  FILE *f = fopen(path, "rb"); // expect-note{{allocated here by 'fopen'}}
  if (f == NULL)
    return -1;
  if (fread(magic, sizeof *magic, 1, f) != 1)
    return -1; // expect-error[OWN003]{{leak: 'f' goes out of scope while it still owns its value}}
  fclose(f);
  return 0;
}
