// 'struct entry b = a' copies the pointer field: b.name and a.name are the same
// block. After free(a.name), reading b.name is a use after free.
#include <stdlib.h>
#include <string.h>

void printLine(const char *line);

struct entry { char *name; int id; };

void rename_entry(const char *s) {
  struct entry a;
  a.id = 1;
  a.name = strdup(s);
  if (!a.name)
    return;
  struct entry b = a;
  free(a.name);
  printLine(b.name); // expect-error[OWN001]
}
