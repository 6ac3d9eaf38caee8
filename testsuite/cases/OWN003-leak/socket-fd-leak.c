// A socket descriptor leaks when connect fails: the error path returns -1 and the
// descriptor stays open. A client that retries leaks one descriptor per attempt.
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

int dial(const struct sockaddr_in *addr) {
  int fd = socket(AF_INET, SOCK_STREAM, 0); // expect-note{{allocated here by 'socket'}}
  if (fd == -1)
    return -1;
  if (connect(fd, (const struct sockaddr *)addr, sizeof *addr) != 0)
    return -1; // expect-error[OWN003]{{leak: 'fd' goes out of scope while it still owns its value}}
  return fd;
}
