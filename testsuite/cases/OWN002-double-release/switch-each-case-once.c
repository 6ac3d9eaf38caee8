// Every case of the switch ends in 'break' and releases the handle once; the default
// case releases it too, so it is released exactly once on every path. No finding.
// expect-no-diagnostics
#include <stdio.h>

enum kind { K_TEXT, K_BIN };

int dump(enum kind k, const char *path) {
  FILE *f = fopen(path, k == K_BIN ? "rb" : "r");
  if (!f)
    return -1;
  switch (k) {
  case K_TEXT:
    fputs("text\n", stdout);
    fclose(f);
    break;
  case K_BIN:
    fputs("binary\n", stdout);
    fclose(f);
    break;
  default:
    fclose(f);
    break;
  }
  return 0;
}
