// Macros that hide control flow: a 'return', a 'goto', a 'break' and a whole loop
// header behind macro names, and a macro that allocates. Findings are located at the
// macro's use in the file, not inside the macro definition.
// hostile-exit: 1
#include <stdio.h>
#include <stdlib.h>

#define TRY(x) do { if ((x) < 0) return -1; } while (0)
#define CHECK(x) do { if (!(x)) goto fail; } while (0)
#define NEW(T) ((T *)calloc(1, sizeof(T)))
#define FOREVER for (;;)
#define STOP_IF(c) if (c) break
#define RETURN_LEAK return 0

int step(void);

int early_return(void) {
  char *p = NEW(char); // expect-note{{allocated here}}
  if (!p)
    return -1;
  TRY(step()); // expect-error[OWN003]{{leak}}
  free(p);
  return 0;
}

int goto_cleanup(void) {
  char *p = NEW(char);
  char *q = NEW(char);
  CHECK(p);
  CHECK(q);
  FOREVER {
    STOP_IF(step() > 0);
  }
  free(q);
  free(p);
  return 0;
fail:
  free(q);
  free(p);
  return -1;
}

int hidden_return(void) {
  FILE *f = fopen("/dev/null", "r"); // expect-note{{allocated here}}
  if (!f)
    return -1;
  RETURN_LEAK; // expect-error[OWN003]{{leak}}
}
