// The Linux-style cleanup chain: each step that fails jumps to the label that undoes
// exactly the steps before it, and each label releases one resource once. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

struct ctx { char *in; char *out; FILE *log; };

int ctx_init(struct ctx *c, const char *logpath) {
  c->in = malloc(1024);
  if (!c->in)
    goto err;
  c->out = malloc(1024);
  if (!c->out)
    goto err_free_in;
  c->log = fopen(logpath, "a");
  if (!c->log)
    goto err_free_out;
  return 0;

err_free_out:
  free(c->out);
err_free_in:
  free(c->in);
err:
  return -1;
}

int run_once(const char *path) {
  int rc = -1;
  char *a = malloc(16);
  if (!a)
    goto out;
  char *b = malloc(16);
  if (!b)
    goto out_a;
  FILE *f = fopen(path, "r");
  if (!f)
    goto out_b;
  rc = fread(a, 1, 16, f) > 0 ? 0 : -1;
  fclose(f);
out_b:
  free(b);
out_a:
  free(a);
out:
  return rc;
}
