/* strbuf.c: a growable string buffer, the kind every C project writes once.
 *
 * Shows the realloc pitfall: 'p = realloc(p, n)' overwrites the only pointer to
 * the old block, which realloc leaves allocated when it fails.
 * Try: ownck examples/strbuf.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct strbuf {
  char *data;
  size_t len, cap;
};

static int sb_init(struct strbuf *sb) {
  sb->data = malloc(16);
  if (!sb->data)
    return -1;
  sb->data[0] = '\0';
  sb->len = 0;
  sb->cap = 16;
  return 0;
}

/* Appends 's', doubling the capacity as needed; the old block is kept on failure. */
static int sb_append(struct strbuf *sb, const char *s) {
  size_t n = strlen(s);
  if (sb->len + n + 1 > sb->cap) {
    size_t cap = sb->cap;
    while (sb->len + n + 1 > cap)
      cap *= 2;
    char *p = realloc(sb->data, cap);
    if (!p)
      return -1;
    sb->data = p;
    sb->cap = cap;
  }
  memcpy(sb->data + sb->len, s, n + 1);
  sb->len += n;
  return 0;
}

/* Returns a copy of the buffer's text with a trailing newline. */
static char *sb_line(const struct strbuf *sb) {
  char *line = malloc(sb->len + 1);
  if (!line)
    return NULL;
  memcpy(line, sb->data, sb->len + 1);
  line = realloc(line, sb->len + 2); /* BUG: the old block leaks if realloc fails */
  if (!line)
    return NULL;
  line[sb->len] = '\n';
  line[sb->len + 1] = '\0';
  return line;
}

int main(int argc, char **argv) {
  struct strbuf sb;
  if (sb_init(&sb) != 0)
    return 1;
  for (int i = 1; i < argc; i++)
    if (sb_append(&sb, argv[i]) != 0 || sb_append(&sb, " ") != 0)
      break;
  char *line = sb_line(&sb);
  if (line) {
    fputs(line, stdout);
    free(line);
  }
  free(sb.data);
  return 0;
}
