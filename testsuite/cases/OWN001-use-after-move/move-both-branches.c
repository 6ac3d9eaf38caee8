// A value moved on both arms of an if/else is definitely moved after the join:
// reading it afterwards is a use after move (Rust E0382), reported at the use
// with both move sites as notes.
#include <ownck/ownership.h>
#include <stdlib.h>
#include <string.h>

struct queue;
void queue_push(struct queue *q, OWNED char *msg);
void archive_push(OWNED char *msg);

void dispatch(struct queue *q, const char *text, int urgent) {
  OWNED char *msg = strdup(text);
  if (!msg)
    return;
  if (urgent)
    queue_push(q, msg);
  else
    archive_push(msg);
  msg[0] = '!'; // expect-error[OWN001]{{use of moved value 'msg'}}
                // expect-note@-4{{value moved here}}
                // expect-note@-3{{value moved here}}
}
