// sb_str() returns a borrow of its argument (BORROWED result, elision): returning it
// for the caller's builder is fine.
// Rust: fn name_of(sb: &StrBuf) -> &str { sb.as_str() }
// NLL accepts.
// rustc: accepted, no E0515/E0597.
// expect-no-diagnostics
#include <ownck/ownership.h>

struct strbuf { char *data; unsigned len, cap; };
BORROWED const char *sb_str(BORROWED const struct strbuf *sb);

BORROWED const char *name_of(BORROWED const struct strbuf *sb) {
  return sb_str(sb);
}
