// A buffer on the stack when the data is small, on the heap otherwise, freed only if
// it is not the stack one (redis's cluster messages): the comparison with the
// array's address says which object the pointer holds, so the path that keeps the
// stack buffer has no heap block to leak. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void send_bytes(const unsigned char *p, size_t n);

void send_message(const char *text, size_t n) {
  unsigned char buf[256];
  unsigned char *msg = buf;
  if (n > sizeof buf) {
    msg = malloc(n);
    if (!msg)
      return;
  }
  memcpy(msg, text, n);
  send_bytes(msg, n);
  if (msg != buf)
    free(msg);
}
