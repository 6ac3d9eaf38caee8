// strchr's result points into the string it searched (its model: a borrow of
// argument 0): once the string is freed, so is what the result points to.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void print_value(const char *line) {
  char *copy = strdup(line);
  if (!copy)
    return;
  char *value = strchr(copy, '=');
  free(copy);
  if (value)
    puts(value + 1);  // expect-error[OWN001]{{use of 'value' after it was released}}
}
