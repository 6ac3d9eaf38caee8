// Handing the same OWNED value to two OWNED parameters gives it two owners; the
// second call is a double move (Rust E0382 "use of moved value").
#include <ownck/ownership.h>
#include <stdlib.h>

struct msg { int id; char body[64]; };
void outbox_push(OWNED struct msg *m);
void audit_push(OWNED struct msg *m);

int send(int id) {
  OWNED struct msg *m = calloc(1, sizeof *m);
  if (!m)
    return -1;
  m->id = id;
  outbox_push(m);
  audit_push(m); // expect-error[OWN002]{{double move of 'm'}}
                 // expect-note@-2{{value moved here}}
  return 0;
}
