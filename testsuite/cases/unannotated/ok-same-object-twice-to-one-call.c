// Unannotated version of the E0502 call shape: one object passed as the destination
// and as the source of one call (memcpy-style overlap). No borrow-conflict finding.
// expect-no-diagnostics

struct vec { int items[8]; int len; };
void append_all(struct vec *dst, const struct vec *src);

void double_up(struct vec *v) {
  append_all(v, v);
}
