// Precision: a stream stored in a struct field and closed through the field with
// fclose(), then cleared: the family travels with the value in c->log.
// expect-no-diagnostics
#include <stdio.h>

struct ctx {
  FILE *log;
  int level;
};

int ctx_run(struct ctx *c, const char *path) {
  c->log = fopen(path, "a");
  if (!c->log)
    return -1;
  fputs("started\n", c->log);
  fclose(c->log);
  c->log = NULL;
  return 0;
}
