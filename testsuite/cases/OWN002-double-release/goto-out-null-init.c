// One 'out:' label for everything, with every owner initialised to NULL so the
// label can release unconditionally: free(NULL) and the 'if (f)' guard make each
// release happen at most once on every path. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

int convert(const char *src, const char *dst) {
  int rc = -1;
  char *buf = NULL;
  FILE *in = NULL, *out = NULL;

  in = fopen(src, "r");
  if (!in)
    goto out;
  out = fopen(dst, "w");
  if (!out)
    goto out;
  buf = malloc(4096);
  if (!buf)
    goto out;
  size_t n;
  while ((n = fread(buf, 1, 4096, in)) > 0)
    fwrite(buf, 1, n, out);
  rc = 0;
out:
  free(buf);
  if (out)
    fclose(out);
  if (in)
    fclose(in);
  return rc;
}
