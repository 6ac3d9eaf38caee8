// free(p); p = NULL; free(p); is not a double free: the second call frees NULL,
// which C defines as a no-op (C11 7.22.3.3). No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct session { char *user; char *token; };

void session_logout(struct session *s) {
  free(s->token);
  s->token = NULL;
}

void session_end(struct session *s) {
  free(s->token);
  s->token = NULL;
  free(s->user);
  s->user = NULL;
  free(s->token);
}

int once(void) {
  char *p = malloc(8);
  if (!p)
    return -1;
  strcpy(p, "abc");
  free(p);
  p = NULL;
  free(p);
  return 0;
}
