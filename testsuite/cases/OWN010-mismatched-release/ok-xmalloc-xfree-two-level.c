// A project's allocation layer, two levels deep on both sides: xcalloc() ->
// xmalloc() -> malloc() and obj_free() -> xfree() -> free(). Everything is the
// malloc family. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) {
    fputs("out of memory\n", stderr);
    abort();
  }
  return p;
}

static void *xcalloc(size_t n, size_t size) {
  return memset(xmalloc(n * size), 0, n * size);
}

static void xfree(void *p) {
  free(p);
}

struct obj { int id; char tag[16]; };

static void obj_free(struct obj *o) {
  xfree(o);
}

int make_obj(int id) {
  struct obj *o = xcalloc(1, sizeof *o);
  o->id = id;
  int r = o->id * 2;
  obj_free(o);
  return r;
}
