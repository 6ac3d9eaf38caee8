// Passing a freed pointer to a library function is a use: strlen reads the block.
#include <stdlib.h>
#include <string.h>

size_t normalized_length(const char *in) {
  char *s = strdup(in);
  if (!s)
    return 0;
  for (char *c = s; *c; c++)
    if (*c == '\t')
      *c = ' ';
  free(s);
  return strlen(s); // expect-error[OWN001]{{use of 's' after it was released}}
                    // expect-note@-2{{released here by 'free'}}
}
