// Two levels of wrapping: obj_unref() drops the last reference through obj_free(),
// which goes through xfree() to free(). Each summary releases parameter 0, so the
// caller's second obj_unref() is a double release.
#include <stdlib.h>

struct obj { int refs; char *name; };

static void xfree(void *p) {
  free(p);
}

static void obj_free(struct obj *o) {
  xfree(o->name);
  xfree(o);
}

static void obj_unref(struct obj *o) {
  obj_free(o);
}

void replace(struct obj *old, struct obj **slot, struct obj *fresh) {
  obj_unref(old);
  *slot = fresh;
  obj_unref(old); // expect-error[OWN002]{{double release of 'old'}}
}
