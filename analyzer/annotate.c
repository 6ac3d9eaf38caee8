// annotate.c: checks that each annotation of a function can apply (OWN013).
//
// Takes a Func from parse.c (its signature, parameters, locals and the struct fields
// it uses) and reports annotations that contradict each other or the declaration's
// type: OWNED on a double, OWNED and BORROWED together, a borrow that is not a
// pointer, BORROWED_FROM naming no parameter. Runs before the CFG is built; a
// function with a bad annotation is still checked with what the annotations say.
#include <stdarg.h>
#include <string.h>

#include "analyzer.h"

// What a declaration of type 'ty' is, for messages; NULL if it may carry 'bits'.
static const char *unfit(unsigned bits, const Ann *a, Ty ty) {
  bool owner = (bits & ANN_OWNED) || a->owned_by;
  bool borrow = bits & (ANN_BORROWED | ANN_MUT_BORROW);
  if (ty.kind == TY_FLOAT)
    return "a floating-point value";
  if (ty.kind == TY_RECORD && (owner || borrow || (bits & ANN_NULLABLE)))
    return "a struct held by value";
  if (ty.kind == TY_ARRAY && (owner || borrow))
    return "an array";
  if (ty.kind == TY_VOID)
    return "void";
  if (ty.is_fnptr && (owner || borrow))
    return "a function pointer";
  if ((borrow || (bits & ANN_NULLABLE)) && ty.kind == TY_INT)
    return "an integer (only pointers can be borrowed or NULL)";
  return NULL;
}

static const char *conflict(const Ann *a) {
  bool owner = (a->bits & ANN_OWNED) || a->owned_by;
  if (owner && (a->bits & ANN_BORROWED))
    return "OWNED and BORROWED";
  if (owner && (a->bits & ANN_MUT_BORROW))
    return "OWNED and MUT_BORROW";
  if ((a->bits & ANN_BORROWED) && (a->bits & ANN_MUT_BORROW))
    return "BORROWED and MUT_BORROW";
  return NULL;
}

static Span where(const Ann *a, Span decl) { return a->span.line ? a->span : decl; }

// An OWN013 finding about 'name' at 'at'. Not through sink_add: a field's annotation
// is reported by every function that uses the field, and diag_sort merges those.
static Diag *bad_annotation(Sink *k, Span at, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static Diag *bad_annotation(Sink *k, Span at, const char *name, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  Diag *d = diag_new(k->res, OWN013, k->cfg->level[OWN013], at, "%s", msg);
  d->fail_on = k->cfg->opt.fail_on;
  d->place = arena_strdup(k->res->arena, name);
  d->func_line = k->func_line;
  return d;
}

// Reports what is wrong with annotation 'a' of 'name'; an annotation that cannot
// apply is then dropped, so the checks that follow do not act on it.
static void check_one(Sink *k, const char *what, const char *name, Ann *a, Ty ty, Span decl) {
  Results *s = k->res;
  if (!a->bits && !a->owned_by)
    return;
  const char *both = conflict(a), *bad = unfit(a->bits, a, ty);
  Diag *d = NULL;
  if (both) {
    d = bad_annotation(k, where(a, decl), name, "%s '%s' is annotated both %s", what, name, both);
    d->label = "contradictory annotations";
    diag_help(s, d, "an owner is not a borrow: keep the one that says what '%s' is", name);
  } else if (bad) {
    d = bad_annotation(k, where(a, decl), name, "%s '%s' is %s: ownership annotations do not apply", what, name,
                       bad);
    d->label = "annotation that cannot apply";
    diag_help(s, d, "annotate pointers and integer handles (OWNED_BY(close) int fd)");
    a->bits &= ANN_UNCHECKED;
    a->owned_by = NULL;
  } else if ((a->bits & ANN_UNCHECKED) && strcmp(what, "function")) {
    d = bad_annotation(k, where(a, decl), name, "%s '%s' is annotated UNCHECKED, which applies to functions only",
                       what, name);
    d->label = "UNCHECKED on a variable";
  }
  if (d && strcmp(what, "field"))  // a field is declared once, whichever function uses it
    d->func = k->func;
  else if (d)
    d->func_line = 0;
}

// BORROWED_FROM(p) on a function must name one of its pointer parameters.
static void check_borrowed_from(Sink *k, const Func *f) {
  Results *s = k->res;
  const FnSig *sig = f->sig;
  const char *from = sig->ret.borrowed_from;
  if (!from)
    return;
  for (int i = 0; i < sig->nparams; i++)
    if (sig->param_names[i] && !strcmp(sig->param_names[i], from))
      return;
  Diag *d = bad_annotation(k, where(&sig->ret, f->span), from, "BORROWED_FROM(%s) names no parameter of '%s'", from,
                           f->name);
  d->label = "no such parameter";
  d->func = k->func;
  diag_help(s, d, "name the parameter whose borrow the result lives on");
}

void annotate_check(Sink *k, Func *f) {
  Ty ret = f->sig->ret_ty;
  Ann ra = f->sig->ret;
  ra.bits &= ~(unsigned)ANN_UNCHECKED;  // UNCHECKED is about the function, not its result
  if (ret.kind != TY_VOID || ra.bits) {
    check_one(k, "the result of", f->name, &ra, ret, f->span);
    f->sig->ret.bits = ra.bits | (f->sig->ret.bits & ANN_UNCHECKED);
    f->sig->ret.owned_by = ra.owned_by;
  }
  check_borrowed_from(k, f);
  for (int i = 0; i < f->nvars; i++) {
    Var *v = f->vars[i];
    const char *what = v->kind == VK_PARAM ? "parameter" : v->kind == VK_FIELD ? "field" : "variable";
    if (v->kind == VK_TEMP)
      continue;
    Ty ty = v->ty;
    if (ty.kind == TY_ARRAY && v->elem_pointer && !(v->ann.bits & ANN_OWNED) && !v->ann.owned_by)
      ty.kind = TY_POINTER;  // an array of borrows: its elements are not told apart
    check_one(k, what, v->kind == VK_FIELD ? v->field : v->name, &v->ann, ty, v->decl);
  }
}
