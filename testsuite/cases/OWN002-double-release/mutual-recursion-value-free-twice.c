// A JSON-like value destructor in two mutually recursive functions: value_free()
// frees arrays through array_free(), which calls value_free() on each element.
// Both release their parameter; freeing the document twice is a double release.
#include <stdlib.h>

struct value;
struct array { struct value **items; size_t n; };
struct value { int kind; char *str; struct array *arr; };

static void value_free(struct value *v);

static void array_free(struct array *a) {
  for (size_t i = 0; i < a->n; i++)
    value_free(a->items[i]);
  free(a->items);
  free(a);
}

static void value_free(struct value *v) {
  if (!v)
    return;
  if (v->arr)
    array_free(v->arr);
  free(v->str);
  free(v);
}

void doc_close(struct value *doc, int verbose) {
  if (verbose)
    value_free(doc);
  value_free(doc); // expect-error[OWN002]{{double release of 'doc'}}
}
