// check.c: the checks of one function, in order.
//
// Takes a Func from the front end and a Sink for its findings: the annotations are
// checked (annotate.c), the CFG is built (cfg.c) and the ownership and borrow passes
// run over it. Everything it allocates is scratch: the Func itself is not changed
// (but for annotations that cannot apply, which annotate_check drops), so a Func can
// be checked again after the caller resets 'scratch'.
#include "analyzer.h"

void func_check(MUT_BORROW Sink *k, MUT_BORROW Arena *scratch, MUT_BORROW Func *f, FILE *dump) {
  if (dump) {
    cfg_dump(cfg_build(scratch, f), dump);
    return;
  }
  annotate_check(k, f);
  Cfg *g = cfg_build(scratch, f);
  own_check(k, scratch, g);
  borrow_check(k, scratch, g);
}
