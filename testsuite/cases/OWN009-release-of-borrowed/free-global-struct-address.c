// A global is not an allocation: free() of its address corrupts the heap
// (CWE-590), annotated or not.
// rustc: no safe equivalent; Box::from_raw(&mut CONF) compiles only in unsafe code
// and is undefined behaviour.
// rustc: no safe equivalent; the nearest is E0507 (releasing what is not owned).
#include <stdlib.h>

struct conf { int level; char path[64]; };

struct conf g_conf;

void conf_reset(void) {
  g_conf.level = 0;
  free(&g_conf); // expect-error[OWN009]
}
