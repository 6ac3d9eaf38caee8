// The Windows CRT duplicators _strdup() and _wcsdup() return malloc'd copies like
// strdup()/wcsdup() (declared here, glibc has no prototypes for them): returning
// on the error path without freeing the copy leaks it.
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

char *_strdup(const char *s);
wchar_t *_wcsdup(const wchar_t *s);

int set_title(const char *title) {
  char *t = _strdup(title);
  if (!t)
    return -1;
  if (strlen(t) > 80)
    return -1; // expect-error[OWN003]
  free(t);
  return 0;
}

int set_wide_title(const wchar_t *title) {
  wchar_t *w = _wcsdup(title);
  if (!w)
    return -1;
  if (wcslen(w) > 80)
    return -1; // expect-error[OWN003]
  free(w);
  return 0;
}
