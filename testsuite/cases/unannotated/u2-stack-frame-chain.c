// Unannotated: a stack frame storing the caller's frame pointer and a plain
// pointer parameter, passed down: the frame dies first; nothing to report.
// rustc accepts.
// Rust: unsafe fn walk(parent: *const Frame, name: *const c_char) { let f = Frame { parent, name }; visit(&f); }
// expect-no-diagnostics
struct frame { const struct frame *parent; const char *name; };

void visit(const struct frame *f);

void walk(const struct frame *parent, const char *name) {
  struct frame f;
  f.parent = parent;
  f.name = name;
  visit(&f);
}
