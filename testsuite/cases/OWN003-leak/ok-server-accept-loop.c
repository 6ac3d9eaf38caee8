// A server loop that closes each accepted connection on every path (including the
// 'continue' after a failed read), and a listening socket returned to the caller.
// expect-no-diagnostics
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

int serve(const char *req, size_t n);

int listen_on(const struct sockaddr_in *addr) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0)
    return -1;
  if (bind(fd, (const struct sockaddr *)addr, sizeof *addr) != 0 || listen(fd, 16) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

void serve_forever(int lfd) {
  char req[512];
  for (;;) {
    int cfd = accept(lfd, NULL, NULL);
    if (cfd == -1)
      continue;
    ssize_t n = recv(cfd, req, sizeof req, 0);
    if (n <= 0) {
      close(cfd);
      continue;
    }
    serve(req, (size_t)n);
    close(cfd);
  }
}
