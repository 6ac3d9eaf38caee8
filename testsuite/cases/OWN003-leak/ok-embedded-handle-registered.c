// The intrusive pattern of event loops and kernel-style lists: a struct embeds a
// handle ('&ctx->poll'), and registering the handle with an unknown function hands
// the whole struct to it (it is freed later, from a callback that gets the handle).
// '&ctx->poll' escaping means 'ctx' escapes too, so neither the constructor's result
// nor the caller's pointer is a leak. No finding.
// expect-no-diagnostics
#include <stdlib.h>

struct handle { void *data; int fd; };
struct ctx { struct handle poll; int sock; };

int handle_start(struct handle *h, int fd, void (*cb)(struct handle *));

static void on_event(struct handle *h) {
  free(h->data);
}

static struct ctx *ctx_new(int sock) {
  struct ctx *ctx = malloc(sizeof *ctx);
  if (!ctx)
    abort();
  ctx->sock = sock;
  ctx->poll.data = ctx;
  handle_start(&ctx->poll, sock, on_event);
  return ctx;
}

void serve(int sock) {
  struct ctx *ctx = ctx_new(sock);
  ctx->sock = sock;
}
