// Giving 'name' away to an OWNED parameter while a borrow of it is still used later.
// Rust: let view = &*name; list.push(name); puts(view);   (name: Box<str>)
// rustc: E0505 (cannot move out of `name` because it is borrowed).
#include <stdio.h>
#include <ownck/ownership.h>

struct list { int len; };
OWNED char *str_new(BORROWED const char *s);
void list_push(MUT_BORROW struct list *l, OWNED char *s);

void add_name(MUT_BORROW struct list *l) {
  OWNED char *name = str_new("bob");
  BORROWED const char *view = name;
  list_push(l, name); // expect-error[OWN005]
  puts(view);
}
