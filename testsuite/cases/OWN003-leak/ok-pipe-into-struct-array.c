// libuv's test runner: 'pipe((int *)&args.pipe)' fills an array member, 'if (r)'
// tests the status (0 on success, -1 on failure: non-zero is failure, as for a
// status that fails "nonzero"), and the elements are read ('args.pipe[0]') and
// closed one by one. '&args.pipe' is the array itself; reading an element is no
// dereference of a descriptor; nothing leaks on the failure return. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <unistd.h>

struct args { int pipe[2]; int status; };

int wait_child(void) {
  struct args args;
  int r = pipe((int *)&(args.pipe));
  if (r) {
    perror("pipe()");
    return -1;
  }
  char c;
  ssize_t n = read(args.pipe[0], &c, 1);
  close(args.pipe[0]);
  close(args.pipe[1]);
  return (int)n;
}
