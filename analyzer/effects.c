// effects.c: what a call does to each of its arguments and to its result.
//
// The ownership pass (ownership.c, objects.c) and the borrow pass (borrow.c) ask
// here, and only here, so both see one answer with one precedence:
//
//   an annotation on the callee's declaration    (OWNED, BORROWED, MUT_BORROW, ...)
//   > clang's ownership attributes on it         (ownership_returns/takes/holds)
//   > a user's model                             (.ownck.json, --model)
//   > a summary of the callee's own body         (summary.c: functions defined in the
//                                                 analysed code, FnSig.sum)
//   > a built-in library model                   (rules/models/*.json)
//   > the default for an unknown callee          (a const pointer is read; anything
//                                                 else may be kept: it escapes)
//
// An annotated declaration is taken as a whole: once a callee says anything about
// ownership, its summary and its model are not consulted for the parts it leaves
// unsaid. A user's model is written for that function on purpose: it beats what
// ownck reads off the body (the summary fills in only the arguments it says nothing
// of), while the body beats ownck's own model of a function of that name: a file's
// own 'strndup' is not libc's, summarised or not.
#include <string.h>

#include "analyzer.h"

static bool sig_annotated(const FnSig *sig) {
  if (sig->ret.bits || sig->ret.owned_by)
    return true;
  for (int i = 0; i < sig->nparams; i++)
    if (sig->params[i].bits)
      return true;
  return false;
}

// The summary in force for 'sig': none when its declaration is annotated, or when it
// was not made (deferred: the link that follows will have one).
static const Summary *summary_of(const FnSig *sig) {
  return sig && sig->sum && !sig->sum->deferred && !sig_annotated(sig) ? sig->sum : NULL;
}

const Summary *effects_summary(BORROWED const FnSig *sig) {
  return summary_of(sig);
}

void effects_prepare(BORROWED const Config *cfg, MUT_BORROW Tu *tu) {
  for (int i = 0; i < tu->nsigs; i++) {
    tu->sigs[i]->model = model_find(cfg->models, tu->sigs[i]->name);
    tu->sigs[i]->model_in = cfg->models;
  }
}

const Model *effects_model(BORROWED const Config *cfg, BORROWED const FnSig *sig) {
  if (!sig || sig_annotated(sig))
    return NULL;  // annotations on a declaration beat models
  if (sig->attr_model)
    return sig->attr_model;  // so do clang's ownership attributes
  const Model *m = sig->model_in == cfg->models ? sig->model : model_find(cfg->models, sig->name);
  if (m && m->builtin && (sig->defined || summary_of(sig)))
    return NULL;  // the analysed code's own body beats ownck's model of that name
  return m;
}

const char *effects_family(BORROWED const Config *cfg, BORROWED const char *owned_by) {
  const char *f = owned_by ? model_release_family(cfg->models, owned_by) : NULL;
  return f ? f : owned_by;
}

bool effects_same_arg(BORROWED const Model *m, BORROWED const Op *call) {
  if (!m || m->ret != RET_OWNED || m->ret_arg < 0 || m->ret_arg >= call->nargs)
    return false;
  return !m->ret_owned_if_null || call->args[m->ret_arg].kind != V_NULL;
}

static Role model_role(const ModelArg *ma) {
  switch (ma->role) {
  case ROLE_BORROW:
  case ROLE_BORROW_MUT: return R_READ;
  case ROLE_RELEASE: return R_RELEASE;
  case ROLE_MOVE: return R_MOVE;
  case ROLE_ESCAPE: return R_ESCAPE;
  case ROLE_OUT_OWNED: return R_OUT;
  case ROLE_INOUT_OWNED: return R_INOUT;
  case ROLE_RELEASE_ON_SUCCESS: return R_REALLOC;
  case ROLE_REOPEN: return R_REOPEN;
  case ROLE_NONE: break;
  }
  return R_READ;  // not reached: callers handle ROLE_NONE
}

Role effects_arg(BORROWED const Config *cfg, BORROWED const Op *call, BORROWED const Model *m, int i,
                 const char **family) {
  const FnSig *sig = call->sig;
  *family = NULL;
  const ModelArg *ma = m ? model_arg(m, i) : NULL;
  if (m && m->ret == RET_OWNED && m->ret_arg == i && effects_same_arg(m, call))
    return R_READ;  // freopen(path, mode, f): the result is f itself
  if (ma && ma->role != ROLE_NONE) {
    *family = ma->family;
    return model_role(ma);
  }
  if (!sig)
    return R_ESCAPE;
  const Summary *s = summary_of(sig);
  if (s && i < s->nparams) {
    *family = s->params[i].family;
    return s->params[i].role;
  }
  if (i < sig->nparams) {
    const Ann *a = &sig->params[i];
    if (a->bits & ANN_OWNED) {
      *family = effects_family(cfg, a->owned_by);
      return R_MOVE;
    }
    if (a->bits & (ANN_BORROWED | ANN_MUT_BORROW))
      return R_READ;
    if (sig->param_ty[i].kind == TY_POINTER && sig->param_ty[i].pointee_const)
      return R_READ;
  }
  return sig->system ? R_READ : R_ESCAPE;
}

ResultEffect effects_result(BORROWED const Config *cfg, BORROWED const Op *call, BORROWED const Model *m) {
  ResultEffect r = {.kind = RES_NONE, .fail = FAIL_NONE, .arg = -1};
  const FnSig *sig = call->sig;
  if (!sig)
    return r;
  if (m) {
    r.arg = m->ret_arg;
    r.fail = m->returns_handle ? FAIL_NEGATIVE : m->ret_fail;
    r.family = m->family;
    r.reallocates = effects_reallocates(m);
    if (m->ret == RET_ALIAS || effects_same_arg(m, call))
      r.kind = RES_ALIAS;
    else if (m->ret == RET_OWNED)
      r.kind = RES_OWNED;
    else if (m->ret == RET_STATIC || m->ret == RET_STACK)
      r.kind = RES_STATIC, r.stack = m->ret == RET_STACK;
    else if (m->ret == RET_BORROW)
      r.kind = RES_BORROW;
    return r;
  }
  const Summary *s = summary_of(sig);
  if (s && !s->bottom && s->res != RES_NONE) {  // a bottom one says nothing yet
    r.kind = s->res;
    r.family = s->family;
    r.fail = s->fail;
    r.arg = s->arg;
    r.reallocates = s->reallocates;
    r.quiet = s->quiet;
    if (s->null_param >= 0 && s->null_param < call->nargs
        && call->args[s->null_param].konst == (s->null_if_zero ? K_NONZERO : K_ZERO))
      r.fail = FAIL_NONE;  // _sdsnewlen(..., 0): NULL only when the flag given is not 0
    return r;
  }
  r.family = effects_family(cfg, sig->ret.owned_by);
  r.nullable = (sig->ret.bits & ANN_NULLABLE) != 0;
  if ((sig->ret.bits & ANN_OWNED) || sig->ret.owned_by) {
    r.kind = RES_OWNED;  // OWNED NULLABLE: a new owner, or NULL (an invalid handle)
    r.fail = !r.nullable ? FAIL_NONE : sig->ret_ty.kind == TY_POINTER ? FAIL_NULL : FAIL_NEGATIVE;
  } else if (r.nullable)
    r.kind = RES_EXTERNAL, r.fail = FAIL_NULL;
  else if (!sig_annotated(sig) && sig->ret_ty.kind == TY_POINTER && !sig->ret_ty.is_fnptr)
    r.kind = RES_UNKNOWN;
  return r;
}

// ---- what a model's out-parameters do ----

bool effects_out_args(BORROWED const Model *m) {
  for (int i = 0; m && i < m->nargs; i++)
    if (m->args[i].role == ROLE_OUT_OWNED || m->args[i].role == ROLE_INOUT_OWNED)
      return true;
  return false;
}

bool effects_out_owned(BORROWED const Model *m) {
  for (int i = 0; m && i < m->nargs; i++)
    if (m->args[i].role == ROLE_OUT_OWNED)
      return true;
  return false;
}

const char *effects_out_family(BORROWED const Model *m) {
  for (int i = 0; m && i < m->nargs; i++)
    if (m->args[i].role == ROLE_OUT_OWNED || m->args[i].role == ROLE_INOUT_OWNED)
      return m->args[i].family;
  return NULL;
}

bool effects_reallocates(BORROWED const Model *m) {
  for (int i = 0; m && i < m->nargs; i++)
    if (m->args[i].role == ROLE_RELEASE_ON_SUCCESS)
      return true;
  return false;
}

// ---- what a call does to the fields of what it is given ----

static Touch param_touch(const ParamSum *ps, const char *field) {
  if (ps->touch_all || (!field && ps->ntouched))
    return TOUCH_YES;
  for (int k = 0; field && k < ps->ntouched; k++)
    if (!strcmp(ps->touched[k], field))
      return TOUCH_YES;
  return ps->touch_may ? TOUCH_MAY : TOUCH_NONE;
}

Touch effects_touch(BORROWED const Op *call, BORROWED const Model *m, int i, BORROWED const char *field) {
  const FnSig *sig = call->sig;
  const ModelArg *ma = m ? model_arg(m, i) : NULL;
  if (ma && ma->role != ROLE_NONE)
    return ma->role == ROLE_BORROW_MUT || ma->role == ROLE_ESCAPE ? TOUCH_MAY : TOUCH_NONE;
  if (!sig)
    return TOUCH_MAY;
  const Summary *s = summary_of(sig);
  if (s && i < s->nparams)
    return param_touch(&s->params[i], field);
  if (i < sig->nparams) {
    const Ann *a = &sig->params[i];
    if (a->bits & ANN_MUT_BORROW)
      return TOUCH_MAY;
    if (a->bits & (ANN_OWNED | ANN_BORROWED))
      return TOUCH_NONE;
    if (sig->param_ty[i].kind == TY_POINTER && sig->param_ty[i].pointee_const)
      return TOUCH_NONE;
  }
  return sig->system ? TOUCH_NONE : TOUCH_MAY;
}
