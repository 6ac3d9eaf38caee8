// Buffers made only when their feature is on ('q = on ? malloc(n) : NULL'), released
// under the same test at the end. Twelve features are more combinations than ownck
// keeps whole; each buffer remembers the feature flag tested when it was made. No
// finding.
// expect-no-diagnostics
#include <stdlib.h>

int enabled(int feature);
void show(const char *a, const char *b, const char *c, const char *d);

void features(void) {
  int f0 = enabled(0), f1 = enabled(1), f2 = enabled(2), f3 = enabled(3);
  int f4 = enabled(4), f5 = enabled(5), f6 = enabled(6), f7 = enabled(7);
  int f8 = enabled(8), f9 = enabled(9), f10 = enabled(10), f11 = enabled(11);
  char *b0 = f0 ? malloc(16) : NULL, *b1 = f1 ? malloc(16) : NULL;
  char *b2 = f2 ? malloc(16) : NULL, *b3 = f3 ? malloc(16) : NULL;
  char *b4 = f4 ? malloc(16) : NULL, *b5 = f5 ? malloc(16) : NULL;
  char *b6 = f6 ? malloc(16) : NULL, *b7 = f7 ? malloc(16) : NULL;
  char *b8 = f8 ? malloc(16) : NULL, *b9 = f9 ? malloc(16) : NULL;
  char *b10 = f10 ? malloc(16) : NULL, *b11 = f11 ? malloc(16) : NULL;
  show(b0, b1, b2, b3);
  show(b4, b5, b6, b7);
  show(b8, b9, b10, b11);
  if (f0) free(b0);
  if (f1) free(b1);
  if (f2) free(b2);
  if (f3) free(b3);
  if (f4) free(b4);
  if (f5) free(b5);
  if (f6) free(b6);
  if (f7) free(b7);
  if (f8) free(b8);
  if (f9) free(b9);
  if (f10) free(b10);
  if (f11) free(b11);
}
