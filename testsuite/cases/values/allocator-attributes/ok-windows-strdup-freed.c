// _strdup() and _wcsdup() (Windows CRT, declared here) return blocks that free()
// releases: freed once on every path, nothing is reported.
// expect-no-diagnostics
#include <stdlib.h>
#include <wchar.h>

char *_strdup(const char *s);
wchar_t *_wcsdup(const wchar_t *s);

int titles(const char *a, const wchar_t *wa) {
  char *t = _strdup(a);
  if (!t)
    return -1;
  wchar_t *w = _wcsdup(wa);
  if (!w) {
    free(t);
    return -1;
  }
  t[0] = (char)w[0];
  free(w);
  free(t);
  return 0;
}
