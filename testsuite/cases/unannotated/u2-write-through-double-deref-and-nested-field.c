// Unannotated: '(*p)->num = 6' and 'foo->bar1.int1 = 3' through plain pointers
// are writes C allows; only a BORROWED pointer makes them OWN011.
// rustc accepts the raw-pointer version.
// Rust: unsafe fn set(p: *const *mut Node, foo: *mut Foo) { (**p).num = 6; (*foo).bar1.int1 = 3; }
// expect-no-diagnostics
struct node { int num; struct node *next; };
struct bar { int int1; int int2; };
struct foo { struct bar bar1; };

void set(struct node *const *p, struct foo *foo) {
  (*p)->num = 6;
  foo->bar1.int1 = 3;
}
