// Unannotated version of an E0503 shape: 'u.f' is read while a writable pointer to
// the overlapping member 'u.i' is used later (type punning). No finding.
// expect-no-diagnostics

union word { int i; float f; };

float pun(void) {
  union word u = {.i = 7};
  int *pi = &u.i;
  float f = u.f;
  *pi = 1;
  return f;
}
