// File descriptors are owned handles (open/close model): closing one twice may
// close a descriptor that another thread has just been given.
#include <fcntl.h>
#include <unistd.h>

int read_header(const char *path, char *hdr, size_t n) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  ssize_t got = read(fd, hdr, n);
  close(fd);
  if (got < 0) {
    close(fd); // expect-error[OWN002]{{double release of 'fd'}}
               // expect-note@-3{{first released here}}
    return -1;
  }
  return (int)got;
}
