// The classic shallow copy: the new record takes the OWNED name of a BORROWED
// source, so two records own one string.
// rustc: E0507 (cannot move out of `src.name`, which is behind a shared reference).
// Rust: fn copy_rec(src: &Rec) -> Box<Rec> { Box::new(Rec { name: src.name, id: src.id }) }
#include <stdlib.h>
#include <ownck/ownership.h>

struct rec { OWNED char *name; int id; };

OWNED NULLABLE struct rec *copy_rec(BORROWED const struct rec *src) {
  OWNED struct rec *r = malloc(sizeof *r);
  if (!r)
    return NULL;
  r->id = src->id;
  r->name = src->name; // expect-error[OWN009]
  return r;
}
