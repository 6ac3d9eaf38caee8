// A portability shim (#ifndef HAVE_STRNDUP) defines strndup() in the file with
// malloc(). Its own body, not the libc model, says what it returns: a new block,
// which the early return leaks.
#include <stdlib.h>
#include <string.h>

char *strndup(const char *s, size_t n) {
  size_t len = strnlen(s, n);
  char *p = malloc(len + 1);
  if (!p)
    return NULL;
  memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

int first_word_len(const char *line) {
  char *w = strndup(line, strcspn(line, " "));
  if (!w)
    return -1;
  if (w[0] == '\0')
    return 0; // expect-error[OWN003]
  int n = (int)strlen(w);
  free(w);
  return n;
}
