// Storing the owner in a global (a process-wide cache) hands it to the global:
// it outlives the function, so nothing leaks at the return.
// expect-no-diagnostics
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

static char *g_hostname;
static int g_logfd = -1;

int set_hostname(const char *name) {
  char *p = strdup(name);
  if (!p)
    return -1;
  free(g_hostname);
  g_hostname = p;
  return 0;
}

int open_logfile(const char *path) {
  int fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0644);
  if (fd < 0)
    return -1;
  g_logfd = fd;
  return 0;
}
