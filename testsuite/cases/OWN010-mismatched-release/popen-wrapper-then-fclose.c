// run_cmd() wraps popen(): its result belongs to the pclose family. Closing it with
// fclose() leaves a zombie child behind.
#include <stdio.h>

static FILE *run_cmd(const char *cmd) {
  fflush(NULL);
  return popen(cmd, "r");
}

int first_output_line(const char *cmd, char *line, int n) {
  FILE *p = run_cmd(cmd);
  if (!p)
    return -1;
  int ok = fgets(line, n, p) != NULL;
  fclose(p); // expect-error[OWN010]{{'p' is released with the wrong function}}
  return ok ? 0 : -1;
}
