// The classic invalidation, done right: the view's last use comes before the buffer
// is grown, and a fresh view is taken afterwards.
// Rust: let s = sb.as_str(); puts(s); sb.append("x"); let s = sb.as_str(); puts(s);
// NLL accepts (each borrow ends at its last use).
// rustc: accepted, no E0499/E0502.
// expect-no-diagnostics
#include <stdio.h>
#include <ownck/ownership.h>

struct strbuf { char *data; unsigned len, cap; };
BORROWED const char *sb_str(BORROWED const struct strbuf *sb);
void sb_append(MUT_BORROW struct strbuf *sb, BORROWED const char *text);

void greet(MUT_BORROW struct strbuf *sb) {
  BORROWED const char *s = sb_str(sb);
  puts(s);
  sb_append(sb, "x");
  s = sb_str(sb);
  puts(s);
}
