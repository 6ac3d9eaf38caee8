// Reading a BORROWED string and writing a freshly allocated copy: the writes go
// to memory this function owns.
// rustc accepts.
// Rust: fn upper(src: &str) -> String { src.to_ascii_uppercase() }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>
#include <ownck/ownership.h>

OWNED NULLABLE char *upper(BORROWED const char *src) {
  size_t n = strlen(src);
  OWNED NULLABLE char *out = malloc(n + 1);
  if (!out)
    return NULL;
  for (size_t i = 0; i < n; i++)
    out[i] = (char)(src[i] >= 'a' && src[i] <= 'z' ? src[i] - 32 : src[i]);
  out[n] = '\0';
  return out;
}
