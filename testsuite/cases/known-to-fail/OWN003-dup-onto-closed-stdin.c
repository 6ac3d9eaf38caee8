// KNOWN TO FAIL: 'close(0); r = dup(fd)' makes r descriptor 0, the process's
// standard input, which nobody closes on purpose; ownck does not know which number
// dup returns and reports 'r' overwritten while it owns a descriptor. ctest runs
// this file with WILL_FAIL: when ownck follows the lowest-free-descriptor rule, the
// test "fails" and the file moves to ../OWN003-leak/.
//
// The classic redirection 'close(0); dup(fd)': dup returns the lowest free
// descriptor, 0, which becomes the process's standard input and is used as
// such. Reusing the variable that received it leaks nothing (libuv's
// test-pipe-close-stdout-read-stdin.c; the same holds for 1 and 2).
// expect-no-diagnostics
#include <unistd.h>

int open_stream_on(int fd);   /* wraps descriptor 0 */

int redirect_stdin(int fd) {
  int r;
  close(0);
  r = dup(fd);
  if (r == -1)
    return -1;
  r = open_stream_on(0);
  return r;
}
