// A library handle from dlopen() released with free(): the reference count is never
// dropped (the library stays mapped) and free() gets a pointer malloc never returned.
#include <dlfcn.h>
#include <stdlib.h>

int has_symbol(const char *lib, const char *sym) {
  void *h = dlopen(lib, RTLD_LAZY);
  if (!h)
    return 0;
  int found = dlsym(h, sym) != NULL;
  free(h); // expect-error[OWN010]{{'h' is released with the wrong function}}
           // expect-note@-5{{allocated here by 'dlopen'}}
  return found;
}
