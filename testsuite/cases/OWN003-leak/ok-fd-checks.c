// Descriptor checks in both common spellings: 'fd < 0' and 'fd == -1'. On the
// failing edge the handle is invalid and owns nothing.
// expect-no-diagnostics
#include <fcntl.h>
#include <unistd.h>

int copy_fd(const char *from, const char *to) {
  char buf[4096];
  int in = open(from, O_RDONLY);
  if (in < 0)
    return -1;
  int out = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out == -1) {
    close(in);
    return -1;
  }
  ssize_t n;
  int rc = 0;
  while ((n = read(in, buf, sizeof buf)) > 0)
    if (write(out, buf, (size_t)n) != n) {
      rc = -1;
      break;
    }
  close(out);
  close(in);
  return rc;
}
