// Each arm of the if moves the owner exactly once and nothing uses it after the
// join: a move on every path is how ownership is handed on, not an error.
// expect-no-diagnostics
#include <stdlib.h>
#include <ownck/ownership.h>

void send_fast(OWNED char *msg);
void send_slow(OWNED char *msg);

void dispatch(int urgent) {
  OWNED char *msg = malloc(64);
  if (!msg)
    return;
  msg[0] = 0;
  if (urgent)
    send_fast(msg);
  else
    send_slow(msg);
}
