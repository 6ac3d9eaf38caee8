// A block allocated before a loop and freed inside it is freed again on the second
// iteration, after the body has already written and read the freed block (OWN001).
// When n <= 0 the loop body never runs and the block leaks (OWN003).
#include <stdio.h>
#include <stdlib.h>

void print_all(const char **names, int n) {
  char *line = malloc(256);
  if (!line)
    return;
  for (int i = 0; i < n; i++) {
    snprintf(line, 256, "name: %s", names[i]); // expect-error[OWN001]{{use of 'line' after it was released}}
    puts(line); // expect-error[OWN001]{{use of 'line' after it was released}}
    free(line); // expect-error[OWN002]{{double release of 'line'}}
                // expect-note@-1{{first released here}}
  }
} // expect-error[OWN003]{{leak: 'line' goes out of scope}}
