// main.c: uses the buffer API of alloc.c, which is another translation unit. With
// 'ownck -p' the summaries of buf_new() and buf_free() come from alloc.c (through
// compile_commands.json): the second buf_free() is a double release, and the buffer
// of greet() leaks when the name is empty. Checked on its own, without alloc.c,
// both functions are black boxes and nothing is reported here.
#include <stdio.h>
#include <string.h>

#include "alloc.h"

static int shout(const char *msg) {
  size_t n = strlen(msg);
  char *b = buf_new(n + 2);
  if (!b)
    return -1;
  memcpy(b, msg, n);
  b[n] = '!';
  b[n + 1] = '\0';
  int rc = puts(b);
  buf_free(b);
  buf_free(b); // expect-error[OWN002]{{double release of 'b'}}
  return rc;
}

static int greet(const char *name) {
  char *b = buf_new(strlen(name) + 7);
  if (!b)
    return -1;
  if (name[0] == '\0')
    return -1; // expect-error[OWN003]{{leak: 'b' goes out of scope}}
  strcpy(b, "hello ");
  strcat(b, name);
  int rc = puts(b);
  buf_free(b);
  return rc;
}

int main(int argc, char **argv) {
  if (shout("ownck") < 0)
    return 1;
  return greet(argc > 1 ? argv[1] : "") < 0;
}
