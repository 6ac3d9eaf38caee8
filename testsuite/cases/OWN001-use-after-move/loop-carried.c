// A move inside a loop body reaches the next iteration through the back edge: the
// use at the top of the body is a use after move, noted as "value moved here, in
// previous iteration of loop" (rustc's wording). Moving it again is OWN002, and
// when n <= 0 the buffer is never handed off at all (OWN003).
#include <ownck/ownership.h>
#include <stdio.h>
#include <stdlib.h>

struct sink;
void sink_send(struct sink *s, OWNED char *buf);

void broadcast(struct sink **sinks, int n) {
  OWNED char *buf = malloc(64);
  if (!buf)
    return;
  snprintf(buf, 64, "hello");
  for (int i = 0; i < n; i++) {
    buf[0] = 'H';           // expect-error[OWN001]{{use of moved value 'buf'}}
    sink_send(sinks[i], buf); // expect-note{{value moved here, in previous iteration of loop}}
                              // expect-error@-1[OWN002]{{double move of 'buf'}}
  }
} // expect-error[OWN003]{{leak: 'buf' goes out of scope}}
