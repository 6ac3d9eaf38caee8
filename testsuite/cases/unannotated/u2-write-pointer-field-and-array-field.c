// Unannotated: '*s->pointer += 1' and 's->arr[i] = 0' through a plain struct
// pointer are not OWN011.
// rustc accepts the raw-pointer version.
// Rust: unsafe fn touch(s: *mut S, i: usize) { *(*s).pointer += 1; (*s).arr[i] = 0; }
// expect-no-diagnostics
struct s { int *pointer; int arr[16]; };

void touch(struct s *s, int i) {
  *s->pointer += 1;
  s->arr[i & 15] = 0;
}
