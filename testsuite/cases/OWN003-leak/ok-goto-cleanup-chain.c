// A layered goto cleanup chain done right: each failure jumps to the label that
// releases exactly what has been acquired so far, in reverse order.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

int transform(FILE *in, FILE *out, char *scratch, size_t n);

int convert(const char *src, const char *dst, size_t n) {
  int rc = -1;
  FILE *in = fopen(src, "rb");
  if (!in)
    goto err;
  FILE *out = fopen(dst, "wb");
  if (!out)
    goto err_in;
  char *scratch = malloc(n);
  if (!scratch)
    goto err_out;
  rc = transform(in, out, scratch, n);

  free(scratch);
err_out:
  fclose(out);
err_in:
  fclose(in);
err:
  return rc;
}
