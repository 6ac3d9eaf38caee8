// A destructor takes the record OWNED: releasing its OWNED fields, then the
// record, is the owner's job.
// rustc accepts (Drop of Box<Rec> drops its fields).
// Rust: fn rec_free(r: Option<Box<Rec>>) { drop(r); }
// rustc: accepted, no E0507.
// expect-no-diagnostics
#include <stdlib.h>
#include <ownck/ownership.h>

struct rec { OWNED char *name; OWNED char *note; int id; };

void rec_free(OWNED NULLABLE struct rec *r) {
  if (!r)
    return;
  free(r->name);
  free(r->note);
  free(r);
}
