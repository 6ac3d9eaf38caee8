// Ownership handed to a thread: pthread_create() gives 'arg' to the new thread,
// which frees it when it is done. The caller does not leak it. No finding.
// expect-no-diagnostics
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static void *worker(void *arg) {
  char *job = arg;
  size_t n = strlen(job);
  free(job);
  return (void *)n;
}

int start_worker(const char *what, pthread_t *t) {
  char *job = strdup(what);
  if (!job)
    return -1;
  if (pthread_create(t, NULL, worker, job) != 0) {
    free(job);
    return -1;
  }
  return 0;
}
