// suggest.c: the annotations the summaries imply, as findings with fix-its (OWN015).
//
// For each function of a file that has a summary and no annotation yet: OWNED (or
// OWNED_BY(family)) on the parameters it releases on every path, BORROWED or
// MUT_BORROW on those it only borrows, OWNED [NULLABLE] on a function that returns a
// new owner, BORROWED_FROM(p) on an accessor of p. A function is suggested for only
// when its annotated signature says at its calls what its summary says there (its
// parameters are released, borrowed or escape; its result is a new owner, a borrow,
// or nothing); otherwise (a parameter kept on some paths, a result that is a
// parameter) it is left alone. The fix-its insert each annotation in the definition
// and in every prototype outside system headers, and the #include it needs.
#include <string.h>

#include "analyzer.h"

// The annotation a parameter gets, "" for none, or NULL if none says what its
// summary says.
static const char *param_annotation(Arena *a, const ParamSum *ps, Ty ty) {
  bool pointer = ty.kind == TY_POINTER && !ty.is_fnptr;
  switch (ps->role) {
  case R_RELEASE:
  case R_MOVE:
    return ps->family ? arena_printf(a, "OWNED_BY(%s)", ps->family) : "OWNED";
  case R_READ:
    if (ps->frees_pointee)
      return NULL;  // 'freep(&p)': no annotation says that '*&p' is released
    if (!pointer || ty.pointee_const)
      return "";
    return ps->touch_all || ps->touch_may || ps->ntouched ? "MUT_BORROW" : "BORROWED";
  case R_ESCAPE:
    return pointer && !ty.pointee_const ? "" : NULL;  // the default for an unknown callee
  default:
    return NULL;
  }
}

// The annotation the function itself gets, "" for none, or NULL if none says it.
static const char *result_annotation(Arena *a, const FnSig *sig, const Summary *s) {
  bool pointer = sig->ret_ty.kind == TY_POINTER && !sig->ret_ty.is_fnptr;
  switch (s->res) {
  case RES_NONE:
    return "";
  case RES_OWNED:
    if (!pointer || (s->fail != FAIL_NONE && s->fail != FAIL_NULL) || s->quiet || s->null_param >= 0)
      return NULL;  // NULLABLE would make each unchecked use an error
    return arena_printf(a, "%s%s", s->family ? arena_printf(a, "OWNED_BY(%s)", s->family) : "OWNED",
                        s->fail == FAIL_NULL ? " NULLABLE" : "");
  case RES_BORROW:
    if (s->arg < 0 || s->arg >= sig->nparams || !sig->param_names[s->arg] || !*sig->param_names[s->arg])
      return NULL;
    return arena_printf(a, "BORROWED_FROM(%s)", sig->param_names[s->arg]);
  default:
    return NULL;
  }
}

static bool annotated(const FnSig *sig) {
  if (sig->ret.bits || sig->ret.owned_by)
    return true;
  for (int i = 0; i < sig->nparams; i++)
    if (sig->params[i].bits || sig->params[i].owned_by)
      return true;
  return false;
}

static bool contains(const char *t, size_t len, const char *what) {
  size_t n = strlen(what);
  for (size_t i = 0; i + n <= len; i++)
    if (!memcmp(t + i, what, n))
      return true;
  return false;
}

// Where the #include of the annotations goes in file 'file' of 'r': before its
// first #include, or at its top; an empty span if it has one already.
static Span include_at(Results *r, int file) {
  size_t len;
  Span first = {file, 1, 1, 1, 1};
  bool found = false;
  for (int line = 1; src_line(r, file, line, &len); line++) {
    const char *t = src_line(r, file, line, &len);
    if (contains(t, len, "ownck/ownership.h"))
      return (Span){0};
    size_t i = 0;
    while (i < len && (t[i] == ' ' || t[i] == '\t'))
      i++;
    if (!found && len - i >= 8 && !strncmp(t + i, "#include", 8)) {
      first = (Span){file, line, 1, line, 1};
      found = true;
    }
  }
  return first;
}

// Adds to 'd' the fix-its that put 'text' (an annotation, and a space) at 'at' in
// every declaration of 'sig': 'param' is the parameter, -1 for the function.
static void fix_everywhere(Results *r, Diag *d, const FnSig *sig, int param, const char *text) {
  for (int k = 0; k < sig->ndecls; k++) {
    const SigDecl *dl = &sig->decls[k];
    Span at = param < 0 ? dl->start : param < dl->nparams ? dl->params[param] : (Span){0};
    if (dl->macro || !at.line)
      continue;
    Span inc = include_at(r, at.file);
    bool have = false;
    for (int i = 0; inc.line && i < d->nfixes && !have; i++)
      have = d->fixes[i].at.file == inc.file && d->fixes[i].at.line == inc.line && d->fixes[i].at.col == 1
             && strstr(d->fixes[i].text, "#include");
    if (inc.line && !have)
      diag_fix(r, d, inc, "#include <ownck/ownership.h>\n");
    const char *fix = arena_printf(r->arena, "%s ", text);  // not inside the call that borrows 'r' mutably
    diag_fix(r, d, at, fix);
  }
}

// The suggestion for function 'f', if there is one.
static void suggest_func(Results *r, const Config *cfg, Arena *a, const Func *f) {
  const FnSig *sig = f->sig;
  const Summary *s = sig->sum;
  if (!s || s->bottom || annotated(sig) || f->unchecked || !sig->ndecls || s->nparams != sig->nparams)
    return;
  const char **pann = arena_alloc(a, sizeof(char *) * (size_t)(sig->nparams + 1));
  const char *what = "";
  for (int i = 0; i < sig->nparams; i++) {
    if (!(pann[i] = param_annotation(a, &s->params[i], sig->param_ty[i])))
      return;
    if (*pann[i])
      what = arena_printf(a, "%s%s%s on '%s'", what, *what ? ", " : "", pann[i],
                          sig->param_names[i] && *sig->param_names[i] ? sig->param_names[i] : "?");
  }
  const char *rann = result_annotation(a, sig, s);
  if (!rann)
    return;
  if (*rann)
    what = arena_printf(a, "%s%s%s on the function", what, *what ? ", " : "", rann);
  if (!*what || cfg->level[OWN015] == LVL_NONE)
    return;
  Diag *d = diag_new(r, OWN015, cfg->level[OWN015], f->span, "'%s' can be annotated: %s", f->name, what);
  d->fail_on = cfg->opt.fail_on;
  d->func = arena_strdup(r->arena, f->name);  // the result outlives the unit's IR
  d->func_line = f->span.line;
  d->place = d->func;
  d->label = "its summary implies these annotations";
  diag_note(r, d, "summary: %s", s->text);
  if (*rann)
    fix_everywhere(r, d, sig, -1, rann);
  for (int i = 0; i < sig->nparams; i++)
    if (*pann[i])
      fix_everywhere(r, d, sig, i, pann[i]);
}

void suggest_tu(MUT_BORROW Results *r, BORROWED const Config *cfg, BORROWED const Tu *tu, MUT_BORROW Arena *scratch) {
  for (int i = 0; i < tu->nfuncs; i++) {
    suggest_func(r, cfg, scratch, tu->funcs[i]);
    arena_reset(scratch);
  }
}
