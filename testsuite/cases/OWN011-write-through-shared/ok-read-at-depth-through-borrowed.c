// Reading every shape that would be a write error: '(*p)->num', 'foo->bar1.int1',
// '*s->pointer', 's->arr[i]' through BORROWED pointers. Shared borrows read freely.
// rustc accepts.
// Rust: fn sum(p: &&Node, foo: &Foo, s: &S, i: usize) -> i32 { p.num + foo.bar1.int1 + *s.pointer + s.arr[i] }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct node { int num; struct node *next; };
struct bar { int int1; int int2; };
struct foo { struct bar bar1; };
struct s { int *pointer; int arr[4]; };

int sum(BORROWED struct node *const *p, BORROWED struct foo *foo, BORROWED struct s *s, int i) {
  return (*p)->num + foo->bar1.int1 + *s->pointer + s->arr[i & 3];
}
