// A pointer parameter the function never assigns decides, by being NULL or not,
// whether a stream was opened: 'if (filename) fclose(lf.f)' closes exactly what
// 'fopen' opened. Reduced from lua 5.4 src/lauxlib.c (luaL_loadfilex). No finding.
// expect-no-diagnostics
#include <stdio.h>

typedef struct LoadF { int n; FILE *f; char buff[64]; } LoadF;

int errfile(const char *what);
int skipcomment(LoadF *lf, int *c);
int load(LoadF *lf);

int loadfile(const char *filename) {
  LoadF lf;
  int status, readstatus, c;
  if (filename == NULL) {
    lf.f = stdin;
  } else {
    lf.f = fopen(filename, "r");
    if (lf.f == NULL)
      return errfile("open");
  }
  if (skipcomment(&lf, &c))
    lf.buff[lf.n++] = '\n';
  status = load(&lf);
  readstatus = ferror(lf.f);
  if (filename)
    fclose(lf.f);
  if (readstatus)
    return errfile("read");
  return status;
}
