// Copying an array of owners with memcpy hands the copies to the heap array, but
// the local array still points to the same strings: freeing one through it and
// then reading it is a use after free.
#include <stdlib.h>
#include <string.h>

struct job { char **argv; };

size_t schedule(struct job *sj, const char *path) {
  char *argv[2];
  argv[0] = strdup(path);
  argv[1] = NULL;
  if (!argv[0])
    return 0;
  memcpy(sj->argv, argv, sizeof argv);
  free(argv[0]);
  return strlen(argv[0]);  // expect-error[OWN001]
}
