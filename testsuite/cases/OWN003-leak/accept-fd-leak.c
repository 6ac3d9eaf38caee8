// An accepted connection leaks when the request cannot be read: the server loop
// moves on to the next client with 'continue' and never closes this one.
#include <sys/socket.h>
#include <unistd.h>

int serve(const char *req, size_t n);

void serve_forever(int lfd) {
  char req[512];
  for (;;) {
    int cfd = accept(lfd, NULL, NULL); // expect-note{{allocated here by 'accept'}}
    if (cfd < 0)
      continue;
    ssize_t n = recv(cfd, req, sizeof req, 0);
    if (n <= 0)
      continue; // expect-error[OWN003]{{leak: 'cfd' goes out of scope while it still owns its value}}
    serve(req, (size_t)n);
    close(cfd);
  }
}
