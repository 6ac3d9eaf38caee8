// The classic invalidation: a view into the buffer is kept, the buffer is grown
// through a MUT_BORROW, and the view is used afterwards (it may point to freed memory).
// Rust: let s = sb.as_str(); sb.append("x"); puts(s);   (sb: &mut StrBuf)
// rustc: E0502 (cannot borrow `*sb` as mutable because it is also borrowed as immutable).
#include <stdio.h>
#include <ownck/ownership.h>

struct strbuf { char *data; unsigned len, cap; };
BORROWED const char *sb_str(BORROWED const struct strbuf *sb);
void sb_append(MUT_BORROW struct strbuf *sb, BORROWED const char *text);

void greet(MUT_BORROW struct strbuf *sb) {
  BORROWED const char *s = sb_str(sb);
  sb_append(sb, "x"); // expect-error[OWN004]
  puts(s);
}
