// strbuf_release() frees the buffer held in a field of the caller's stack struct and
// resets it (parameter 0 is only borrowed, but what its field held is released).
// After the call the field no longer owns anything: the function's end is not a leak
// of 'sb.buf'. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct strbuf { char *buf; size_t len, alloc; };

static void strbuf_release(struct strbuf *sb) {
  free(sb->buf);
  sb->buf = NULL;
  sb->len = sb->alloc = 0;
}

size_t quoted_len(const char *s) {
  struct strbuf sb;
  sb.len = strlen(s) + 2;
  sb.alloc = sb.len + 1;
  sb.buf = malloc(sb.alloc);
  if (!sb.buf)
    return 0;
  sb.buf[0] = '"';
  memcpy(sb.buf + 1, s, sb.len - 2);
  sb.buf[sb.len - 1] = '"';
  sb.buf[sb.len] = '\0';
  size_t n = strlen(sb.buf);
  strbuf_release(&sb);
  return n;
}
