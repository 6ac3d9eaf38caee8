// A popen() wrapper's stream is closed with pclose() by a second wrapper: the
// pclose family on both sides. No finding.
// expect-no-diagnostics
#include <stdio.h>

static FILE *run_cmd(const char *cmd) {
  fflush(NULL);
  return popen(cmd, "r");
}

static int finish_cmd(FILE *p) {
  return pclose(p);
}

int first_output_line(const char *cmd, char *line, int n) {
  FILE *p = run_cmd(cmd);
  if (!p)
    return -1;
  if (!fgets(line, n, p))
    line[0] = '\0';
  return finish_cmd(p);
}
