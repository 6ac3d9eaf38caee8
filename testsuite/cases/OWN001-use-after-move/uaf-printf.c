// A classic: the error message is printed after the buffer holding it was freed.
// printf's "%s" argument is read, so it is a use after free.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int report_error(const char *file, int line) {
  char *msg = malloc(256);
  if (!msg)
    return -1;
  snprintf(msg, 256, "%s:%d: parse error", file, line);
  free(msg);
  printf("%s\n", msg); // expect-error[OWN001]{{use of 'msg' after it was released}}
                       // expect-note@-2{{released here by 'free'}}
  return -1;
}
