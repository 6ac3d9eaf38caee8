// Each iteration allocates, fills and hands off its own buffer: the move in one
// iteration does not reach the next because the variable is assigned a fresh
// value first. No finding (precision test for loops).
// expect-no-diagnostics
#include <ownck/ownership.h>
#include <stdio.h>
#include <stdlib.h>

struct sink;
void sink_send(struct sink *s, OWNED char *buf);

void broadcast(struct sink **sinks, int n) {
  for (int i = 0; i < n; i++) {
    OWNED char *buf = malloc(64);
    if (!buf)
      return;
    snprintf(buf, 64, "hello %d", i);
    sink_send(sinks[i], buf);
  }
}
