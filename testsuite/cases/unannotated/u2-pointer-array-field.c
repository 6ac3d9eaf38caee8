// Unannotated: a struct field that is an array of plain pointers, filled with the
// caller's pointers and written through, is ordinary C (no OWN008, OWN011, OWN013).
// rustc accepts the raw-pointer version.
// Rust: unsafe fn bind(s: *mut Slots, a: *mut i32, i: usize) { (*s).slot[i] = a; *(*s).slot[i] = 0; }
// expect-no-diagnostics
struct slots { int *slot[8]; const int *vals[8]; int n; };

void bind(struct slots *s, int *a, const int *v, int i) {
  s->slot[i & 7] = a;
  s->vals[i & 7] = v;
  *s->slot[i & 7] = *s->vals[i & 7];
}
