// Precision: glob() and regcomp() fill caller-provided structs whose storage is
// released with globfree(&g) / regfree(&re) (indirect releasers), on success only.
// expect-no-diagnostics
#include <glob.h>
#include <regex.h>
#include <stddef.h>

int count_matching(const char *pattern, const char *re_src) {
  glob_t g;
  if (glob(pattern, 0, NULL, &g) != 0)
    return -1;
  regex_t re;
  if (regcomp(&re, re_src, REG_NOSUB) != 0) {
    globfree(&g);
    return -1;
  }
  int n = 0;
  for (size_t i = 0; i < g.gl_pathc; i++)
    if (regexec(&re, g.gl_pathv[i], 0, NULL, 0) == 0)
      n++;
  regfree(&re);
  globfree(&g);
  return n;
}
