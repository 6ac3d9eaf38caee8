// The string builder is released while a view returned by sb_str() (BORROWED, so it
// borrows its argument) is still used.
// Rust: let s = sb.as_str(); drop(sb); puts(s);   (sb: Box<StrBuf>)
// rustc: E0505 (cannot move out of `sb` because it is borrowed).
#include <stdio.h>
#include <ownck/ownership.h>

struct strbuf { char *data; unsigned len, cap; };
OWNED struct strbuf *sb_new(void);
void sb_free(OWNED struct strbuf *sb);
BORROWED const char *sb_str(BORROWED const struct strbuf *sb);

void show(void) {
  OWNED struct strbuf *sb = sb_new();
  BORROWED const char *s = sb_str(sb);
  sb_free(sb); // expect-error[OWN005]
  puts(s);
}
