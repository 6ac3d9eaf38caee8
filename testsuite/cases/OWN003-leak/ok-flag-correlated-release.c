// Flags: a local integer tested later decides whether the value is released, and
// ownck keeps its value per path. No finding in any of these.
// expect-no-diagnostics
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// Reduced from redis src/server.c (serverLogRaw): stdout or a file, closed only
// when it is the file.
void log_line(const char *logfile, const char *msg) {
  int log_to_stdout = logfile[0] == '\0';
  FILE *fp = log_to_stdout ? stdout : fopen(logfile, "a");
  if (!fp)
    return;
  fprintf(fp, "%s\n", msg);
  fflush(fp);
  if (!log_to_stdout)
    fclose(fp);
}

// The same with a descriptor and a goto (redis serverLogFromHandler).
void log_from_handler(const char *logfile, const char *msg) {
  int log_to_stdout = logfile[0] == '\0';
  int fd = log_to_stdout ? STDOUT_FILENO : open(logfile, O_APPEND | O_CREAT | O_WRONLY, 0644);
  if (fd == -1)
    return;
  if (write(fd, msg, strlen(msg)) == -1)
    goto err;
  if (write(fd, "\n", 1) == -1)
    goto err;
err:
  if (!log_to_stdout)
    close(fd);
}

// A copy made only when needed, released only if it was made.
size_t normalized_length(const char *name, bool lower) {
  char *s = (char *)name;
  bool owned = false;
  if (lower) {
    s = strdup(name);
    if (!s)
      return 0;
    owned = true;
    for (char *p = s; *p; p++)
      if (*p >= 'A' && *p <= 'Z')
        *p = (char)(*p - 'A' + 'a');
  }
  size_t n = strlen(s);
  if (owned)
    free(s);
  return n;
}

// The flag is set through a conditional expression.
int parse_config(const char *path, int use_default) {
  int from_file = use_default ? 0 : 1;
  FILE *f = from_file ? fopen(path, "r") : stdin;
  if (f == NULL)
    return -1;
  int c = fgetc(f);
  if (from_file)
    fclose(f);
  return c;
}

// Handed off in a loop; the flag says whether anyone took it.
struct slot { char *data; };

int store_first_free(struct slot *slots, int n, const char *text) {
  char *copy = strdup(text);
  if (!copy)
    return -1;
  int stored = 0;
  for (int i = 0; i < n && !stored; i++) {
    if (slots[i].data == NULL) {
      slots[i].data = copy;
      stored = 1;
    }
  }
  if (!stored)
    free(copy);
  return stored ? 0 : -1;
}
