// A buffer that is sometimes a mapping and sometimes a heap copy, with the copy path
// released by munmap(): munmap on heap memory unmaps whatever pages it covers (or
// fails with EINVAL and leaks). strdup's result belongs to free's family.
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

size_t config_length(const char *text) {
  char *copy = strdup(text);
  if (!copy)
    return 0;
  size_t n = strlen(copy);
  munmap(copy, n + 1); // expect-error[OWN010]{{'copy' is released with the wrong function}}
                       // expect-note@-5{{allocated here by 'strdup'}}
  return n;
}
