// Unlinking through the back pointer: '*it->prev = it->next' writes the list
// head's 'first' field when 'it' is the first node (the invariant of
// <sys/queue.h>'s TAILQ_REMOVE). The loop reloads 'head->first' each time and
// gets the next node, never the freed one (tmux's screen_free_titles). A store
// through a pointer read from memory may change any field reachable from a
// parameter: ownck forgets what such fields held.
// expect-no-diagnostics
#include <stdlib.h>

struct item { struct item *next; struct item **prev; };
struct items { struct item *first; struct item **last; };

void drain(struct items *head) {
  struct item *it;
  while ((it = head->first) != NULL) {
    if (it->next != NULL)
      it->next->prev = it->prev;
    else
      head->last = it->prev;
    *it->prev = it->next;
    free(it);
  }
}
