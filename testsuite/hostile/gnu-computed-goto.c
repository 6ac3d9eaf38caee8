// GNU computed goto (labels as values, 'goto *p'): the CFG cannot know the target, so
// the function is skipped with one remark (fail closed), never guessed at. Other
// functions in the file are still checked.
// hostile-exit: 1
#include <stdlib.h>

int dispatch(const unsigned char *code) {
  static void *table[] = {&&op_inc, &&op_dec, &&op_end};
  int acc = 0;
  char *scratch = malloc(8);
  goto *table[*code++]; // expect-remark{{was not checked}}
op_inc:
  acc++;
  goto *table[*code++];
op_dec:
  acc--;
  goto *table[*code++];
op_end:
  free(scratch);
  return acc;
}

void still_checked(void) {
  char *p = malloc(1);
  free(p);
  free(p); // expect-error[OWN002]{{}}
           // expect-note@-2{{first released here}}
}
