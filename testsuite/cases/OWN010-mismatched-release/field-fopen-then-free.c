// A struct field owning a stream, released with free() in the object's teardown.
// Field paths (c->log) are places of their own: the family travels with the value
// stored there.
#include <stdio.h>
#include <stdlib.h>

struct ctx {
  FILE *log;
  int level;
};

int ctx_run(struct ctx *c, const char *path) {
  c->log = fopen(path, "a");
  if (!c->log)
    return -1;
  fputs("started\n", c->log);
  free(c->log); // expect-error[OWN010]{{'c->log' is released with the wrong function}}
                // expect-note@-5{{allocated here by 'fopen'}}
  c->log = NULL;
  return 0;
}
