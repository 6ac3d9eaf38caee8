// A descriptor stored in a field of a global is the same descriptor: closing it
// through the local and then through the global closes it twice. Reduced from
// redis src/replication.c (syncWithMaster's error path closes 'dfd' and then
// 'server.repl_transfer_fd'). The other functions touch the same global fields
// first, which must not disturb this one.
#include <fcntl.h>
#include <unistd.h>

struct server_state { int repl_transfer_fd; int repl_state; char *repl_tmpfile; };
struct server_state server;

void cancel_transfer(void) {
  if (server.repl_transfer_fd != -1) {
    close(server.repl_transfer_fd);
    server.repl_transfer_fd = -1;
  }
}

int start_transfer(const char *tmpfile) {
  int dfd = open(tmpfile, O_CREAT | O_WRONLY | O_EXCL, 0644);
  if (dfd == -1)
    return -1;
  server.repl_transfer_fd = dfd;
  server.repl_state = 1;
  if (write(dfd, "x", 1) != 1)
    goto error;
  return 0;

error:
  close(dfd);
  if (server.repl_transfer_fd != -1)
    close(server.repl_transfer_fd); // expect-error[OWN002]{{double release of 'server.repl_transfer_fd'}}
                                    // expect-note@-3{{first released here}}
  server.repl_transfer_fd = -1;
  return -1;
}

int stop_transfer(void) {
  int fd = server.repl_transfer_fd;
  server.repl_transfer_fd = -1;
  return fd == -1 ? 0 : close(fd);
}
