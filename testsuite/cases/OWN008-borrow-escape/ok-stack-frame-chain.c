// A stack frame linking to the caller's frame (a BORROWED parameter) lives only
// for this call, so storing the borrow in it is fine; the usual recursive walk.
// rustc accepts.
// Rust: fn walk(parent: &Frame, name: &str) { let f = Frame { parent: Some(parent), name }; visit(&f); }
// rustc: accepted, no E0521.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct frame { const struct frame *parent; const char *name; };

void visit(BORROWED const struct frame *f);

void walk(BORROWED const struct frame *parent, BORROWED const char *name) {
  struct frame f;
  f.parent = parent;
  f.name = name;
  visit(&f);
}
