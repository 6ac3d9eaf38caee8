// KNOWN TO FAIL: descriptors closed by number in a range ('for (fd = first; fd <
// last; fd++) close(fd)') are not tied to the dup() calls that opened them; ownck
// reports a leak. ctest runs this file with WILL_FAIL; a suppression comment is
// the answer for such code today.
//
// Exhausting the descriptor table on purpose (libuv's test-emfile.c): dup(0)
// until EMFILE, discarding each result, then closing the whole range by number
// from the first one. Every descriptor opened is closed by the final loop. Low
// priority: arithmetic on descriptor numbers is outside what ownck follows;
// a suppression comment is a fair answer here.
// expect-no-diagnostics
#include <errno.h>
#include <unistd.h>

int exhaust_and_release(int maxfd) {
  int first;
  do
    first = dup(0);
  while (first == -1 && errno == EINTR);
  if (first < 0)
    return -1;
  while (dup(0) != -1 || errno == EINTR)
    ;
  close(maxfd);
  while (first < maxfd) {
    close(first);
    first += 1;
  }
  return 0;
}
