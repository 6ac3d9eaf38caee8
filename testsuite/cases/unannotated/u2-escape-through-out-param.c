// Unannotated: '*out = p' with plain pointers hands a pointer to the caller, as C
// APIs do all the time (strchr-style lookups): not OWN008.
// rustc accepts the raw-pointer version.
// Rust: unsafe fn find(out: *mut *const c_char, s: *const c_char) { *out = s.add(1); }
// expect-no-diagnostics
void find(const char **out, const char *s) {
  if (s[0] != '\0')
    *out = s + 1;
  else
    *out = s;
}
