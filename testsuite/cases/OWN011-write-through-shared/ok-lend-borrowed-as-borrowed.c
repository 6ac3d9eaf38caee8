// A BORROWED parameter, and addresses of places below it, lent on as BORROWED.
// rustc accepts.
// Rust: fn report(c: &Counter) -> i32 { show(c); show_int(&c.hits) }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct counter { int hits; };

void show(BORROWED const struct counter *c);
int show_int(BORROWED const int *v);

int report(BORROWED struct counter *c) {
  show(c);
  return show_int(&c->hits);
}
