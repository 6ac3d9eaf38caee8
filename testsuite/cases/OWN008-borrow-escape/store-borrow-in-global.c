// A BORROWED parameter lives only for the call; keeping it in a global, in the
// caller's struct or behind an out-parameter lets it outlive the owner (E0521).
#include <ownck/ownership.h>

struct ctx { const char *name; };
static const char *last_name;

void remember(BORROWED const char *name) {
  last_name = name; // expect-error[OWN008]{{borrowed 'name' escapes}}
                    // expect-note@-2{{'name' is only borrowed for the duration of the call}}
}

void attach(struct ctx *c, BORROWED const char *name) {
  c->name = name; // expect-error[OWN008]{{borrowed 'name' escapes}}
}

void hand_out(const char **out, BORROWED const char *name) {
  *out = name; // expect-error[OWN008]{{borrowed 'name' escapes}}
}
