// Two ways a process keeps what it has until it ends, which are not leaks: a path
// that goes on to exit() (a configuration loader's fatal error label), and main's
// own return. Every path from the 'goto fatal' ends the process; the stream main
// opens lives as long as the process. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void load_config(const char *text) {
  const char *err = NULL;
  char *copy = strdup(text);
  if (!copy)
    return;
  if (strchr(copy, '=') == NULL) {
    err = "missing '='";
    goto fatal;
  }
  free(copy);
  return;
fatal:
  fprintf(stderr, "config: %s\n", err);
  exit(1);
}

int main(int argc, char **argv) {
  FILE *log = fopen("run.log", "a");
  if (!log)
    return 1;
  fprintf(log, "%d arguments\n", argc);
  load_config(argc > 1 ? argv[1] : "a=b");
  return 0;
}
