// Unannotated version of the classic E0502 invalidation (a view kept across a write
// to the buffer). Without BORROWED/MUT_BORROW declarations ownck cannot know that
// sb_str() returns a view into sb, so it reports nothing.
// expect-no-diagnostics
#include <stdio.h>

struct strbuf { char *data; unsigned len, cap; };
const char *sb_str(const struct strbuf *sb);
void sb_append(struct strbuf *sb, const char *text);

void greet(struct strbuf *sb) {
  const char *s = sb_str(sb);
  sb_append(sb, "x");
  puts(s);
}
