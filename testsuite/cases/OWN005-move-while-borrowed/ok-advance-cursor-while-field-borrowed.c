// Advancing the cursor 'cur' while 'v', a MUT_BORROW of 'cur->value', is still used:
// overwriting the reference itself leaves the node it pointed to alone.
// Rust: let mut cur: &mut Node = list; loop { let v = &mut cur.value;
//         match cur.next.as_deref_mut() { Some(n) => { cur = n; *v += 1; } None => ... } }
// NLL accepts (NLL RFC problem case #4: mutating &mut references).
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct node { int value; OWNED struct node *next; };

void bump_all(MUT_BORROW struct node *list) {
  MUT_BORROW struct node *cur = list;
  while (cur) {
    MUT_BORROW int *v = &cur->value;
    cur = cur->next;
    *v += 1;
  }
}
