// Two shared borrows of the owner, both last used before it is given away.
// Rust: let a = &*name; let b = &*name; puts(a); puts(b); list.push(name);
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <stdio.h>
#include <ownck/ownership.h>

struct list { int len; };
OWNED char *str_new(BORROWED const char *s);
void list_push(MUT_BORROW struct list *l, OWNED char *s);

void add_name(MUT_BORROW struct list *l) {
  OWNED char *name = str_new("bob");
  BORROWED const char *a = name;
  BORROWED const char *b = name;
  puts(a);
  puts(b);
  list_push(l, name);
}
