// The helper is defined after its caller, with only a prototype before it.
// Summaries are computed bottom-up over the call graph, not in file order, so the
// call is understood anyway: after session_end(s), 's->user' is a use after free.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct session { char user[64]; int id; };

void session_end(struct session *s);

int logout(const char *user, int id) {
  struct session *s = calloc(1, sizeof *s);
  if (!s)
    return -1;
  strncpy(s->user, user, sizeof s->user - 1);
  s->id = id;
  session_end(s);
  fprintf(stderr, "%s logged out\n", s->user); // expect-error[OWN001]{{use of 's' after it was released}}
  return 0;
}

void session_end(struct session *s) {
  memset(s, 0, sizeof *s);
  free(s);
}
