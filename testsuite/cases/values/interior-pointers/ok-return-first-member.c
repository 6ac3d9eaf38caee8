// The embedded-base idiom (cJSON's hooks, libuv handles, "struct inheritance"):
// the constructor returns '&o->base', the first member, which has the same
// address as the block; the matching destructor frees it. Not a leak of o.
// expect-no-diagnostics
#include <stdlib.h>

enum json_type { JSON_NULL, JSON_OBJECT };

struct json_value { enum json_type type; };
struct json_object { struct json_value base; struct json_value **items; size_t n; };

struct json_value *json_object_new(void) {
  struct json_object *o = calloc(1, sizeof *o);
  if (!o)
    return NULL;
  o->base.type = JSON_OBJECT;
  o->items = NULL;
  return &o->base;
}

void json_value_free(struct json_value *v) {
  free(v);
}
