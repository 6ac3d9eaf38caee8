// The view returned by sb_str() is last used before the builder is released.
// Rust: let s = sb.as_str(); puts(s); drop(sb);
// NLL accepts.
// rustc: accepted, no E0505/E0506.
// expect-no-diagnostics
#include <stdio.h>
#include <ownck/ownership.h>

struct strbuf { char *data; unsigned len, cap; };
OWNED struct strbuf *sb_new(void);
void sb_free(OWNED struct strbuf *sb);
BORROWED const char *sb_str(BORROWED const struct strbuf *sb);

void show(void) {
  OWNED struct strbuf *sb = sb_new();
  BORROWED const char *s = sb_str(sb);
  puts(s);
  sb_free(sb);
}
