// job_finish() frees the job on both of its returns (error and success): two
// different frees, but together "released on every path". The caller reports the
// failed job's id after job_finish() returned -1: a use after free.
#include <stdio.h>
#include <stdlib.h>

struct job { int id; int status; };

static int job_finish(struct job *j) {
  if (j->status != 0) {
    fprintf(stderr, "job %d failed: %d\n", j->id, j->status);
    free(j);
    return -1;
  }
  free(j);
  return 0;
}

int job_run(int id, int status) {
  struct job *j = malloc(sizeof *j);
  if (!j)
    return -1;
  j->id = id;
  j->status = status;
  if (job_finish(j) < 0)
    return j->id; // expect-error[OWN001]{{use of 'j' after it was released}}
  return 0;
}
