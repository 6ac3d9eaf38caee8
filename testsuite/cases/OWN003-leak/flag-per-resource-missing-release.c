// Per-resource flags must not hide a resource the cleanup forgets ('log'), nor one
// whose flag is cleared while it is still held ('copy').
#include <stdio.h>
#include <stdlib.h>

int want(int what);

int setup(void) {
  int have_buf = 0, have_log = 0, have_copy = 0, have_tmp = 0;
  char *buf, *copy, *tmp;
  FILE *log;
  if (want(1)) {
    buf = malloc(4096);
    if (!buf)
      goto out;
    have_buf = 1;
  }
  if (want(2)) {
    log = fopen("setup.log", "a");
    if (!log)
      goto out;
    have_log = 1;
  }
  if (want(4)) {
    copy = malloc(64);
    if (copy == NULL)
      goto out;
    have_copy = 1;
  }
  if (want(5)) {
    tmp = calloc(1, 32);
    if (!tmp)
      goto out;
    have_tmp = 1;
  }
  have_copy = 0;
out:
  if (have_tmp)
    free(tmp);
  if (have_copy)
    free(copy);
  if (have_buf)
    free(buf);
  return have_log; // expect-error[OWN003]{{leak: 'log' goes out of scope while it still owns its value}}
                   // expect-note@-26{{allocated here by 'fopen'}}
                   // expect-error@-2[OWN003]{{leak: 'copy' goes out of scope while it still owns its value}}
                   // expect-note@-22{{allocated here by 'malloc'}}
}
