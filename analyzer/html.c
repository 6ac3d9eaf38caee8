// html.c: one self-contained HTML page for a run's diagnostics (--format=html).
//
// (Being written: for now, the gcc lines in a <pre>.)
#include "analyzer.h"

bool html_write(MUT_BORROW Results *r, BORROWED const Config *cfg, FILE *out) {
  fputs("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>ownck report</title></head><body><pre>\n", out);
  for (int i = 0; i < r->ndiags; i++)
    fprintf(out, "%s\n", r->diags[i]->msg);
  fputs("</pre></body></html>\n", out);
  (void)cfg;
  return fflush(out) == 0 && !ferror(out);
}
