// Unannotated: storing a plain pointer parameter in a field of the caller's struct,
// one or two field steps deep, is not OWN008.
// rustc accepts the raw-pointer version.
// Rust: unsafe fn attach(c: *mut Ctx, name: *const c_char) { (*c).name = name; (*c).meta.label = name; }
// expect-no-diagnostics
struct meta { const char *label; };
struct ctx { const char *name; struct meta meta; struct ctx *parent; };

void attach(struct ctx *c, const char *name, struct ctx *parent) {
  c->name = name;
  c->meta.label = name;
  c->parent = parent;
}
