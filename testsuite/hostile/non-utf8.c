// Bytes that are not UTF-8 (Latin-1 'é', a lone continuation byte '€', an
// overlong 'À¯', 'ÿþ'), in comments, in string and character literals and
// just before a finding on the same line: the renderers must not split a sequence,
// miscount columns into a crash, or emit invalid JSON in SARIF.
// hostile-exit: 1
#include <stdlib.h>
#include <string.h>

const char *latin1 = "café ÿþ €";
int c = 'ÿ';

void f(void) {
  /* ééé */ char *p = strdup("À¯í €"); /* ÿ */ free(p); free(p); // expect-error[OWN002]{{}} expect-note{{}}
}
