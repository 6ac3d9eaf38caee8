// Unannotated version of the E0499 shape bar_write(&mut foo.bar1) while another
// pointer to foo->bar1 is used later. Plain C pointers may alias: no finding.
// expect-no-diagnostics

struct bar { int id; int hits; };
struct foo { struct bar bar1; struct bar bar2; };
void bar_write(struct bar *b);
void bar_touch(struct bar *b);

void update(struct foo *foo) {
  struct bar *b1 = &foo->bar1;
  bar_write(&foo->bar1);
  bar_touch(b1);
}
