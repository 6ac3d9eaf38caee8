// A function that uses a computed goto (GNU '&&label') cannot be modelled: ownck
// says so once and checks nothing in it, rather than guessing (fail closed). The
// function after it is still checked.
#include <stdlib.h>

int dispatch(const unsigned char *code) {
  static void *ops[] = {&&op_halt, &&op_next};
  char *scratch = malloc(16);
  goto *ops[code[0]]; // expect-remark{{function 'dispatch' was not checked: it uses a computed goto}}
op_next:
  code++;
  goto *ops[code[0]];
op_halt:
  free(scratch);
  return 0;
}

void after(void) {
  char *p = malloc(4);
  if (!p)
    return;
} // expect-error[OWN003]{{leak: 'p' goes out of scope}}
