// sb_str() is declared to return a BORROWED view of its argument, so the result is a
// borrow of '*sb' even though the receiving local 's' carries no annotation.
// Rust: let s: &str = sb.as_str(); sb.append("x"); puts(s);
// rustc: E0502 (cannot borrow `*sb` as mutable because it is also borrowed as immutable).
#include <stdio.h>
#include <ownck/ownership.h>

struct strbuf { char *data; unsigned len, cap; };
BORROWED const char *sb_str(BORROWED const struct strbuf *sb);
void sb_append(MUT_BORROW struct strbuf *sb, BORROWED const char *text);

void greet(MUT_BORROW struct strbuf *sb) {
  const char *s = sb_str(sb);
  sb_append(sb, "x"); // expect-error[OWN004]
  puts(s);
}
