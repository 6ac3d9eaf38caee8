// The same test of an unchanged local guards the allocation and the release ('if (n
// > 15)' twice, 'mode == 2' twice): a comparison of a local or parameter with a
// constant, made twice, is a flag of its own when one of the variable's tests decides
// an allocation or a release, so the path that allocates is the path that frees.
// 'mode == 2 && copy' counts too, though its own branches release nothing but through
// the '&&'. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

size_t scratch_copy(const char *src, size_t n) {
  char small[16], *p = small;
  if (n > 15)
    p = malloc(n + 1);
  if (!p)
    return 0;
  memcpy(p, src, n < 15 ? n : 15);
  size_t first = (size_t)p[0];
  if (n > 15)
    free(p);
  return first;
}

int parse_mode(int mode, const char *path) {
  char *copy = NULL;
  if (mode == 2)
    copy = strdup(path);
  else if (mode == 3)
    return 1;
  if (mode == 2 && copy)
    free(copy);
  return 0;
}
