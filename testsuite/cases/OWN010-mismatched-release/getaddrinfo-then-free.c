// The list getaddrinfo() returns through its out-parameter is released with
// freeaddrinfo(), which walks the whole chain: free(res) frees only the first node
// (and on glibc not even a separately allocated one), leaking the rest.
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int resolve_and_connect(const char *host, const char *port) {
  struct addrinfo hints, *res;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, port, &hints, &res) != 0)
    return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  free(res); // expect-error[OWN010]{{'res' is released with the wrong function}}
  return fd;
}
