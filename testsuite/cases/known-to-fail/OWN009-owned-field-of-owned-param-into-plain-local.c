// KNOWN TO FAIL: a plain local that takes an OWNED field out of an OWNED parameter
// ('buf = s->buf') holds something this function owns: the struct is the function's,
// and so are its owned fields. ownck treats a pointer loaded from memory as owned by
// someone else, so returning it from an OWNED function is reported as OWN009 ("'buf'
// is returned as an owner, but this function does not own it"). With the local
// declared OWNED the same code is accepted. Found on lua-cjson's
// strbuf_free_to_string() (examples/showcase/strbuf/, where that function is
// UNCHECKED for another reason). When ownck follows what a plain local loads from an
// owned field of an owned place, this file moves back to ../OWN009-release-of-borrowed/.
//
// rustc: accepted (moving a field out of a Box, then dropping the rest).
// Rust: fn into_buf(s: Box<Sb>) -> Vec<u8> { let buf = s.buf; buf }
// expect-no-diagnostics
#include <ownck/ownership.h>
#include <stdlib.h>

struct sb {
  OWNED char *buf;
  int len;
};

OWNED char *into_buf(OWNED struct sb *s) {
  char *buf = s->buf;
  free(s);
  return buf;
}
