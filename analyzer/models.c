// models.c: library models as data (schema: docs/models.md).
//
// Takes the JSON of rules/models/*.json (embedded as ownck_embedded) and of user
// model files, checks it against the schema and turns it into Model structs in the
// arena of a Models table (function name -> Model), read by model_find().
// Invariants: a load is all or nothing (an error leaves the table as it was); a later
// file overrides an earlier model of the same name; every family a model creates has
// a releaser among the models in force; no cJSON tree outlives the call that parsed
// it; hostile JSON (wrong types, huge numbers, deep nesting) gets one error line,
// never a crash. Errors name the JSON path: "models[3].args[1].role".
#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "analyzer.h"

#define MAX_FILE_SIZE (16 << 20)  // bytes of one user model file
#define MAX_MODELS 65536          // models in one file
#define MAX_IDENT 128             // bytes of a function or family name
#define AT_MAX 96                 // a JSON path: "models[65535].args[126]"

// ---- the table ----------------------------------------------------------------
// Open addressing with linear probing, at most half full, in an arena.
typedef struct Entry {
  const char *key;
  const void *val;
} Entry;

typedef struct Table {
  Entry *e;
  int cap, n;  // cap is 0 or a power of two
} Table;

// The models in force: name -> Model.
struct Models {
  Arena *a;
  Table table;
};

static unsigned hash(const char *s) {
  unsigned h = 2166136261u;  // FNV-1a
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

// The slot holding 'key', or the empty slot where it would go. Needs cap > 0.
static Entry *slot(const Table *t, const char *key) {
  unsigned mask = (unsigned)t->cap - 1;
  unsigned i = hash(key) & mask;
  while (t->e[i].key && strcmp(t->e[i].key, key) != 0)
    i = (i + 1) & mask;
  return &t->e[i];
}

static void grow(Arena *a, Table *t) {
  Table old = *t;
  t->cap = old.cap ? old.cap * 2 : 256;
  t->e = arena_alloc(a, sizeof *t->e * (size_t)t->cap);
  for (int i = 0; i < old.cap; i++)
    if (old.e[i].key)
      *slot(t, old.e[i].key) = old.e[i];
}

// Maps 'key' to 'val', replacing an earlier value.
static void table_put(Arena *a, Table *t, const char *key, const void *val) {
  if (2 * (t->n + 1) > t->cap)
    grow(a, t);
  Entry *e = slot(t, key);
  if (!e->key)
    t->n++;
  e->key = key;
  e->val = val;
}

static const void *table_get(const Table *t, const char *key) {
  return t->cap ? slot(t, key)->val : NULL;
}

// ---- names of the schema's enums (indexed by the C enums) --------------------------
static const char *const role_names[] = {
    "none", "borrow", "borrow_mut", "release", "move", "escape",
    "out_owned", "inout_owned", "release_on_success", "reopen",
};
static const char *const kind_names[] = {"none", "owned", "static", "alias", "borrow", "stack"};
static const char *const fail_names[] = {"none", "null", "negative", "nonzero", "map_failed"};
static const char *const rest_names[] = {"none", "borrow", "borrow_mut", "escape"};
static const ArgRole rest_roles[] = {ROLE_NONE, ROLE_BORROW, ROLE_BORROW_MUT, ROLE_ESCAPE};

static const char *const top_keys[] = {"version", "doc", "models"};
static const char *const model_keys[] = {"name", "doc", "returns", "args", "rest", "noreturn"};
static const char *const ret_keys[] = {"kind", "family", "handle", "fails", "arg",
                                       "owned_if_null", "doc"};
static const char *const arg_keys[] = {"role", "family", "count", "handle", "indirect",
                                       "nonnull", "copy_of", "doc"};

#define COUNT(a) ((int)(sizeof(a) / sizeof *(a)))

static int lookup(const char *const *names, int n, const char *s) {
  for (int i = 0; i < n; i++)
    if (strcmp(names[i], s) == 0)
      return i;
  return -1;
}

// Edit distance of 'a' and 'b', a swap of two neighbours counting as one edit
// ("rulse", "rules"), or 99 when either is long (for suggestions).
static int distance(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  if (na > 32 || nb > 32)
    return 99;
  int d[33][33];
  for (size_t i = 0; i <= na; i++)
    d[i][0] = (int)i;
  for (size_t j = 0; j <= nb; j++)
    d[0][j] = (int)j;
  for (size_t i = 1; i <= na; i++)
    for (size_t j = 1; j <= nb; j++) {
      int best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
      if (d[i - 1][j] + 1 < best)
        best = d[i - 1][j] + 1;
      if (d[i][j - 1] + 1 < best)
        best = d[i][j - 1] + 1;
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
        best = d[i - 2][j - 2] + 1;
      d[i][j] = best;
    }
  return d[na][nb];
}

// The name in 'names' that 's' is probably a typo of, or NULL.
const char *name_closest(BORROWED const char *s, const char *const *names, int n) {
  const char *best = NULL;
  int bestd = 3;
  for (int i = 0; i < n; i++) {
    int d = distance(s, names[i]);
    if (d < bestd && 3 * d <= (int)strlen(names[i])) {
      best = names[i];
      bestd = d;
    }
  }
  return best;
}

// ---- messages -----------------------------------------------------------------
typedef struct Pending {
  Model *m;
  int index;  // position in its file's "models" array
} Pending;

// One load: models converted but not yet in force.
typedef struct Loader {
  Models *ms;
  const char *origin;  // the file being read, for messages and Model.origin
  bool builtin;        // one of ownck's own files (rules/models/)
  Pending *p;
  int np, capp;
} Loader;

// Prints "ownck: error: ORIGIN: AT.KEY: message" ('at' and 'key' may be NULL or
// empty) and returns false.
static bool fail(const Loader *L, const char *at, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static bool fail(const Loader *L, const char *at, const char *key, const char *fmt, ...) {
  va_list ap;
  bool has_at = at && *at, has_key = key && *key;
  fprintf(stderr, "ownck: error: %s: ", L->origin);
  if (has_at || has_key)
    fprintf(stderr, "%s%s%s: ", has_at ? at : "", has_at && has_key ? "." : "",
            has_key ? key : "");
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  return false;
}

// Formats a JSON path into 'buf' (truncated if absurdly long; never overflows).
static void subpath(char buf[AT_MAX], const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void subpath(char buf[AT_MAX], const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, AT_MAX, fmt, ap);
  va_end(ap);
}

// 's' made safe to quote in a message: at most 40 bytes, odd bytes as '?'.
static const char *shown(char buf[48], const char *s) {
  size_t n = 0;
  for (; s[n] && n < 40; n++) {
    unsigned char c = (unsigned char)s[n];
    buf[n] = (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') ? '?' : (char)c;
  }
  strcpy(buf + n, s[n] ? "..." : "");
  return buf;
}

static const char *type_name(const cJSON *v) {
  if (cJSON_IsString(v))
    return "a string";
  if (cJSON_IsNumber(v))
    return "a number";
  if (cJSON_IsBool(v))
    return "a boolean";
  if (cJSON_IsNull(v))
    return "null";
  if (cJSON_IsArray(v))
    return "an array";
  return cJSON_IsObject(v) ? "an object" : "an invalid value";
}

static bool fail_type(const Loader *L, const char *at, const char *key, const char *want,
                      const cJSON *v) {
  return fail(L, at, key, "expected %s, not %s", want, type_name(v));
}

// "unknown role "relase" (did you mean "release"?)", or the list of valid names.
static bool fail_unknown(const Loader *L, const char *at, const char *key, const char *what,
                         const char *s, const char *const *names, int n) {
  char q[48], list[256] = "";
  const char *guess = name_closest(s, names, n);
  if (guess)
    return fail(L, at, key, "unknown %s \"%s\" (did you mean \"%s\"?)", what, shown(q, s), guess);
  for (int i = 0; i < n; i++) {
    strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
    strncat(list, names[i], sizeof list - strlen(list) - 1);
  }
  return fail(L, at, key, "unknown %s \"%s\" (expected one of: %s)", what, shown(q, s), list);
}

// ---- typed fields ---------------------------------------------------------------
static const cJSON *field(const cJSON *o, const char *key) {
  return cJSON_GetObjectItemCaseSensitive(o, key);
}

// Every key of object 'o' is one of 'keys', and none is repeated.
static bool check_keys(const Loader *L, const char *at, const cJSON *o, const char *const *keys,
                       int nkeys) {
  unsigned seen = 0;
  for (const cJSON *c = o->child; c; c = c->next) {
    const char *k = c->string ? c->string : "";
    int i = lookup(keys, nkeys, k);
    if (i < 0)
      return fail_unknown(L, at, NULL, "key", k, keys, nkeys);
    if (seen & (1u << i))
      return fail(L, at, NULL, "duplicate key \"%s\"", k);
    seen |= 1u << i;
  }
  return true;
}

static bool get_bool(const Loader *L, const char *at, const cJSON *o, const char *key, bool *out) {
  const cJSON *v = field(o, key);
  if (!v)
    return true;
  if (!cJSON_IsBool(v))
    return fail_type(L, at, key, "true or false", v);
  *out = cJSON_IsTrue(v);
  return true;
}

// An integral number in [lo, hi] (JSON has no integers: 2.0 is 2, 2.5 is an error).
static bool get_int(const Loader *L, const char *at, const cJSON *o, const char *key, int lo,
                    int hi, int *out) {
  const cJSON *v = field(o, key);
  if (!v)
    return true;
  if (!cJSON_IsNumber(v))
    return fail_type(L, at, key, "a number", v);
  double d = v->valuedouble;
  if (!(d >= lo && d <= hi) || (double)(int)d != d)  // NaN fails the first test
    return fail(L, at, key, "expected an integer from %d to %d", lo, hi);
  *out = (int)d;
  return true;
}

static bool get_doc(const Loader *L, const char *at, const cJSON *o) {
  const cJSON *v = field(o, "doc");
  return !v || cJSON_IsString(v) || fail_type(L, at, "doc", "a string", v);
}

// One of 'names' (its index in *out); *out keeps its default when 'key' is absent.
static bool get_enum(const Loader *L, const char *at, const cJSON *o, const char *key,
                     const char *what, const char *const *names, int n, int *out) {
  const cJSON *v = field(o, key);
  if (!v)
    return true;
  if (!cJSON_IsString(v))
    return fail_type(L, at, key, "a string", v);
  int i = lookup(names, n, v->valuestring);
  if (i < 0)
    return fail_unknown(L, at, key, what, v->valuestring, names, n);
  *out = i;
  return true;
}

static bool is_ident(const char *s) {
  size_t n = strlen(s);
  if (n == 0 || n > MAX_IDENT || (s[0] >= '0' && s[0] <= '9'))
    return false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
      return false;
  }
  return true;
}

// A C identifier (function or family name) copied into the arena; NULL stays NULL
// when 'key' is absent.
static bool get_ident(Loader *L, const char *at, const cJSON *o, const char *key,
                      const char **out) {
  const cJSON *v = field(o, key);
  char q[48];
  if (!v)
    return true;
  if (!cJSON_IsString(v))
    return fail_type(L, at, key, "a string", v);
  if (!is_ident(v->valuestring))
    return fail(L, at, key, "expected a C identifier, not \"%s\"", shown(q, v->valuestring));
  *out = arena_strdup(L->ms->a, v->valuestring);
  return true;
}

// ---- one argument -----------------------------------------------------------------
static bool needs_family(ArgRole r) {
  return r == ROLE_RELEASE || r == ROLE_RELEASE_ON_SUCCESS || r == ROLE_OUT_OWNED ||
         r == ROLE_INOUT_OWNED || r == ROLE_REOPEN;
}

// Which fields fit the role: a family where one is needed (and only there), a count
// only for out_owned, indirect only for release.
static bool check_arg(const Loader *L, const char *at, const ModelArg *a, const cJSON *o) {
  const char *role = role_names[a->role];
  if (needs_family(a->role) && !a->family)
    return fail(L, at, NULL, "role \"%s\" needs a \"family\"", role);
  if (a->family && !needs_family(a->role) && a->role != ROLE_MOVE)
    return fail(L, at, "family", "not used with role \"%s\"", role);
  if (o && field(o, "count") && a->role != ROLE_OUT_OWNED)
    return fail(L, at, "count", "only used with role \"out_owned\"");
  if (a->indirect && a->role != ROLE_RELEASE)
    return fail(L, at, "indirect", "only used with role \"release\"");
  if (a->handle && a->role == ROLE_NONE)
    return fail(L, at, "handle", "not used with role \"none\"");
  return true;
}

// An argument: a role name ("borrow") or an object ({"role": "release", ...}).
static bool convert_arg(Loader *L, const char *at, const cJSON *j, ModelArg *a) {
  int role = ROLE_NONE;
  *a = (ModelArg){.role = ROLE_NONE, .count = 1, .copy_of = -1};
  if (cJSON_IsString(j)) {
    if ((role = lookup(role_names, COUNT(role_names), j->valuestring)) < 0)
      return fail_unknown(L, at, NULL, "role", j->valuestring, role_names, COUNT(role_names));
    a->role = (ArgRole)role;
    return check_arg(L, at, a, NULL);
  }
  if (!cJSON_IsObject(j))
    return fail_type(L, at, NULL, "a role name or an object", j);
  if (!check_keys(L, at, j, arg_keys, COUNT(arg_keys)) || !get_doc(L, at, j))
    return false;
  if (!field(j, "role"))
    return fail(L, at, NULL, "missing \"role\"");
  if (!get_enum(L, at, j, "role", "role", role_names, COUNT(role_names), &role))
    return false;
  a->role = (ArgRole)role;
  return get_ident(L, at, j, "family", &a->family) &&
         get_int(L, at, j, "count", 1, MODEL_MAX_COUNT, &a->count) &&
         get_bool(L, at, j, "handle", &a->handle) &&
         get_bool(L, at, j, "indirect", &a->indirect) &&
         get_bool(L, at, j, "nonnull", &a->nonnull) &&
         get_int(L, at, j, "copy_of", 0, MODEL_MAX_ARGS - 1, &a->copy_of) && check_arg(L, at, a, j);
}

static bool convert_args(Loader *L, const char *at, const cJSON *j, Model *m) {
  char sub[AT_MAX];
  if (!cJSON_IsArray(j))
    return fail_type(L, at, "args", "an array", j);
  int n = cJSON_GetArraySize(j);
  if (n > MODEL_MAX_ARGS)
    return fail(L, at, "args", "%d arguments; at most %d", n, MODEL_MAX_ARGS);
  m->nargs = n;
  m->args = arena_alloc(L->ms->a, sizeof *m->args * (size_t)(n ? n : 1));
  int i = 0;
  for (const cJSON *c = j->child; c; c = c->next, i++) {
    subpath(sub, "%s.args[%d]", at, i);
    if (!convert_arg(L, sub, c, &m->args[i]))
      return false;
  }
  for (i = 0; i < n; i++) {
    subpath(sub, "%s.args[%d]", at, i);
    int from = m->args[i].copy_of;
    if (from >= 0 && (from >= n || from == i))
      return fail(L, sub, "copy_of", "expected the index of another listed argument, not %d", from);
  }
  return true;
}

// ---- the result -----------------------------------------------------------------
// Which fields fit the kind (docs/models.md, "returns").
static bool check_returns(const Loader *L, const char *at, const Model *m, const cJSON *j) {
  const char *kind = kind_names[m->ret];
  bool has_arg = field(j, "arg") != NULL;
  if (m->ret == RET_OWNED && !m->family)
    return fail(L, at, NULL, "kind \"owned\" needs a \"family\"");
  if (m->family && m->ret != RET_OWNED)
    return fail(L, at, "family", "only used with kind \"owned\"");
  if ((m->ret == RET_ALIAS || m->ret == RET_BORROW) && !has_arg)
    return fail(L, at, NULL, "kind \"%s\" needs an \"arg\"", kind);
  if (has_arg && (m->ret == RET_NONE || m->ret == RET_STATIC || m->ret == RET_STACK))
    return fail(L, at, "arg", "not used with kind \"%s\"", kind);
  if (m->ret_owned_if_null && (m->ret != RET_OWNED || !has_arg))
    return fail(L, at, "owned_if_null", "needs kind \"owned\" and an \"arg\"");
  if (m->returns_handle && (m->ret_fail == FAIL_NULL || m->ret_fail == FAIL_MAP_FAILED))
    return fail(L, at, "fails", "a handle fails \"negative\", not \"%s\"", fail_names[m->ret_fail]);
  if (m->ret == RET_OWNED && !m->returns_handle && m->ret_fail == FAIL_NEGATIVE)
    return fail(L, at, "fails", "\"negative\" is for handles: add \"handle\": true");
  if (m->ret != RET_NONE && m->ret_fail == FAIL_NONZERO)
    return fail(L, at, "fails", "\"nonzero\" is for int status results (kind \"none\")");
  return true;
}

static bool convert_returns(Loader *L, const char *mat, const cJSON *j, Model *m) {
  char at[AT_MAX];
  int kind = RET_NONE, fails = FAIL_NONE;
  subpath(at, "%s.returns", mat);
  if (!cJSON_IsObject(j))
    return fail_type(L, at, NULL, "an object", j);
  if (!check_keys(L, at, j, ret_keys, COUNT(ret_keys)) || !get_doc(L, at, j) ||
      !get_enum(L, at, j, "kind", "kind", kind_names, COUNT(kind_names), &kind) ||
      !get_enum(L, at, j, "fails", "failure value", fail_names, COUNT(fail_names), &fails) ||
      !get_ident(L, at, j, "family", &m->family) ||
      !get_bool(L, at, j, "handle", &m->returns_handle) ||
      !get_bool(L, at, j, "owned_if_null", &m->ret_owned_if_null) ||
      !get_int(L, at, j, "arg", 0, MODEL_MAX_ARGS - 1, &m->ret_arg))
    return false;
  m->ret = (RetKind)kind;
  m->ret_fail = (FailKind)fails;
  return check_returns(L, at, m, j);
}

// ---- one model ------------------------------------------------------------------
static bool convert_rest(Loader *L, const char *at, const cJSON *j, Model *m) {
  int rest = 0;
  const cJSON *v = field(j, "rest");
  if (v && cJSON_IsString(v) && lookup(role_names, COUNT(role_names), v->valuestring) >= 0 &&
      lookup(rest_names, COUNT(rest_names), v->valuestring) < 0)
    return fail(L, at, "rest", "role \"%s\" cannot apply to variadic arguments",
                v->valuestring);
  if (!get_enum(L, at, j, "rest", "role", rest_names, COUNT(rest_names), &rest))
    return false;
  m->rest = rest_roles[rest];
  return true;
}

static bool check_model(const Loader *L, const char *at, const Model *m, const cJSON *j) {
  if (m->ret_arg >= m->nargs)
    return fail(L, at, "returns.arg", "argument %d is not in \"args\" (which has %d)",
                m->ret_arg, m->nargs);
  if (m->noreturn && field(j, "returns"))
    return fail(L, at, "returns", "a \"noreturn\" function returns nothing");
  return true;
}

static bool convert_model(Loader *L, const cJSON *j, int index, Model **out) {
  char at[AT_MAX];
  snprintf(at, sizeof at, "models[%d]", index);
  if (!cJSON_IsObject(j))
    return fail_type(L, at, NULL, "an object", j);
  if (!check_keys(L, at, j, model_keys, COUNT(model_keys)) || !get_doc(L, at, j))
    return false;
  Model *m = arena_alloc(L->ms->a, sizeof *m);
  m->origin = L->origin;
  m->builtin = L->builtin;
  m->ret_arg = -1;
  if (!field(j, "name"))
    return fail(L, at, NULL, "missing \"name\"");
  const cJSON *ret = field(j, "returns"), *args = field(j, "args");
  if (!get_ident(L, at, j, "name", &m->name) || !get_bool(L, at, j, "noreturn", &m->noreturn) ||
      (ret && !convert_returns(L, at, ret, m)) || (args && !convert_args(L, at, args, m)) ||
      !convert_rest(L, at, j, m) || !check_model(L, at, m, j))
    return false;
  *out = m;
  return true;
}

// ---- one file -------------------------------------------------------------------
// Index in its file of the last pending model named 'name' (the file being read).
static int first_index(const Loader *L, const char *name) {
  int i = L->np - 1;
  while (i > 0 && strcmp(L->p[i].m->name, name) != 0)
    i--;
  return i >= 0 ? L->p[i].index : -1;
}

// Converts "models" (an array) into pending models; a name may appear only once.
static bool convert_models(Loader *L, const cJSON *arr) {
  Table seen = {0};  // name -> Model, for duplicates within the file
  char at[AT_MAX], q[48];
  if (!cJSON_IsArray(arr))
    return fail_type(L, "models", NULL, "an array", arr);
  if (cJSON_GetArraySize(arr) > MAX_MODELS)
    return fail(L, "models", NULL, "more than %d models", MAX_MODELS);
  int i = 0;
  for (const cJSON *c = arr->child; c; c = c->next, i++) {
    Model *m = NULL;
    if (!convert_model(L, c, i, &m))
      return false;
    if (table_get(&seen, m->name)) {
      snprintf(at, sizeof at, "models[%d]", i);
      return fail(L, at, "name", "duplicate model \"%s\" (also models[%d])", shown(q, m->name),
                  first_index(L, m->name));
    }
    ARR_PUSH(L->ms->a, L->p, L->np, L->capp, ((Pending){m, i}));
    table_put(L->ms->a, &seen, m->name, m);
  }
  return true;
}

// 1-based line and column of byte 'off' of 'text'.
static void line_col(const char *text, size_t off, int *line, int *col) {
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < off; i++) {
    if (text[i] == '\n') {
      ++*line;
      *col = 1;
    } else {
      ++*col;
    }
  }
}

// Parses 'text' and converts its models into L's pending list.
static bool convert_text(Loader *L, const char *text, size_t len, bool in_config) {
  const char *end = text;
  cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, false);
  size_t off = (size_t)(end - text);
  while (root && off < len && text[off] && strchr(" \t\r\n", text[off]))
    off++;
  if (!root || off < len) {
    int line, col;
    line_col(text, off < len ? off : len, &line, &col);
    cJSON_Delete(root);
    fprintf(stderr, "ownck: error: %s:%d:%d: invalid JSON%s\n", L->origin, line, col,
            len == 0 ? " (empty file)" : "");
    return false;
  }
  bool ok = true;
  if (!cJSON_IsObject(root)) {
    ok = fail(L, NULL, NULL, "expected a JSON object at the top level, not %s", type_name(root));
  } else if (!in_config) {
    const cJSON *v = field(root, "version");
    ok = check_keys(L, NULL, root, top_keys, COUNT(top_keys)) && get_doc(L, NULL, root);
    if (ok && v && !(cJSON_IsNumber(v) && v->valuedouble == 1))
      ok = fail(L, NULL, "version", "unsupported (this ownck reads version 1)");
    if (ok && !field(root, "models"))
      ok = fail(L, NULL, NULL, "missing \"models\"");
  }
  if (ok && field(root, "models"))
    ok = convert_models(L, field(root, "models"));
  cJSON_Delete(root);
  return ok;
}

// ---- putting pending models in force --------------------------------------------
static void add_releasers(Arena *a, Table *fam, const Model *m) {
  for (int i = 0; i < m->nargs; i++)
    if (m->args[i].role == ROLE_RELEASE)
      table_put(a, fam, m->args[i].family, m);
}

static bool has_releaser(const Loader *L, const Table *fam, const char *family, int index,
                         const char *key) {
  char at[AT_MAX], q[48];
  if (table_get(fam, family))
    return true;
  snprintf(at, sizeof at, "models[%d]", index);
  shown(q, family);
  return fail(L, at, key,
              "nothing releases family \"%s\" (no model has an argument {\"role\": \"release\", "
              "\"family\": \"%s\"})", q, q);
}

// Every family 'p' creates, takes or moves has a releaser in 'fam'.
static bool check_families(Loader *L, const Table *fam, const Pending *p) {
  const Model *m = p->m;
  char key[AT_MAX];
  L->origin = m->origin;
  if (m->family && !has_releaser(L, fam, m->family, p->index, "returns.family"))
    return false;
  for (int i = 0; i < m->nargs; i++) {
    snprintf(key, sizeof key, "args[%d].family", i);
    if (m->args[i].family && !has_releaser(L, fam, m->args[i].family, p->index, key))
      return false;
  }
  return true;
}

// Checks the pending models' families, then puts them in force, in order.
static bool commit(Loader *L) {
  Arena *a = L->ms->a;
  Table fam = {0};  // family -> a model releasing it
  for (int i = 0; i < L->ms->table.cap; i++)
    if (L->ms->table.e[i].key)
      add_releasers(a, &fam, L->ms->table.e[i].val);
  for (int i = 0; i < L->np; i++)
    add_releasers(a, &fam, L->p[i].m);
  for (int i = 0; i < L->np; i++)
    if (!check_families(L, &fam, &L->p[i]))
      return false;
  for (int i = 0; i < L->np; i++)
    table_put(a, &L->ms->table, L->p[i].m->name, L->p[i].m);
  return true;
}

// ---- reading files --------------------------------------------------------------
// Reads 'path' whole into the arena, NUL-terminated.
static bool read_all(Loader *L, const char *path, char **text, size_t *len) {
  *text = arena_read_file(L->ms->a, path, MAX_FILE_SIZE, len);
  if (*text)
    return true;
  if (errno == EFBIG)
    return fail(L, NULL, NULL, "larger than %d MiB", MAX_FILE_SIZE >> 20);
  // fopen succeeds on a directory; reading it is what fails
  return fail(L, NULL, NULL, errno == EISDIR || errno == EIO ? "cannot read: %s" : "cannot open: %s", strerror(errno));
}

// ---- exported -------------------------------------------------------------------
static bool is_model_file(const char *name) {
  size_t n = name ? strlen(name) : 0;
  return n > 12 && strncmp(name, "models/", 7) == 0 && strcmp(name + n - 5, ".json") == 0;
}

Models *models_new(MUT_BORROW Arena *a) {
  Models *ms = arena_alloc(a, sizeof *ms);
  ms->a = a;
  return ms;
}

bool models_load_builtin(MUT_BORROW Models *ms) {
  Loader L = {.ms = ms, .builtin = true};
  int order[256], n = 0;
  for (int i = 0; i < ownck_nembedded && n < COUNT(order); i++)
    if (is_model_file(ownck_embedded[i].name))
      order[n++] = i;
  for (int i = 1; i < n; i++)  // name order, whatever the table's
    for (int j = i; j > 0 && strcmp(ownck_embedded[order[j - 1]].name,
                                    ownck_embedded[order[j]].name) > 0; j--) {
      int t = order[j];
      order[j] = order[j - 1];
      order[j - 1] = t;
    }
  for (int i = 0; i < n; i++) {
    const EmbeddedFile *f = &ownck_embedded[order[i]];
    L.origin = arena_printf(ms->a, "rules/%s", f->name);
    if (!convert_text(&L, f->data, f->len, false))
      return false;
  }
  return commit(&L);
}

bool models_load_text(MUT_BORROW Models *ms, BORROWED const char *origin,
                      BORROWED const char *text, size_t len, bool in_config) {
  Loader L = {.ms = ms, .origin = arena_strdup(ms->a, origin)};
  return convert_text(&L, text, len, in_config) && commit(&L);
}

bool models_load_file(MUT_BORROW Models *ms, BORROWED const char *path) {
  Loader L = {.ms = ms, .origin = arena_strdup(ms->a, path)};
  char *text = NULL;
  size_t len = 0;
  return read_all(&L, path, &text, &len) && convert_text(&L, text, len, false) && commit(&L);
}

const Model *model_find(BORROWED const Models *ms, BORROWED const char *name) {
  if (!name || !ms)
    return NULL;
  const Model *m = table_get(&ms->table, name);
  if (!m && strncmp(name, "__builtin_", 10) == 0)
    m = table_get(&ms->table, name + 10);
  return m;
}

const ModelArg *model_arg(BORROWED const Model *m, int i) {
  static const ModelArg rest[] = {
      [ROLE_NONE] = {.role = ROLE_NONE, .count = 1},
      [ROLE_BORROW] = {.role = ROLE_BORROW, .count = 1},
      [ROLE_BORROW_MUT] = {.role = ROLE_BORROW_MUT, .count = 1},
      [ROLE_ESCAPE] = {.role = ROLE_ESCAPE, .count = 1},
  };
  if (i >= 0 && i < m->nargs)
    return &m->args[i];
  return i >= 0 ? &rest[m->rest] : &rest[ROLE_NONE];
}

const char *model_release_family(BORROWED const Models *ms, BORROWED const char *fn) {
  const Model *m = model_find(ms, fn);
  for (int i = 0; m && i < m->nargs; i++)
    if (m->args[i].role == ROLE_RELEASE)
      return m->args[i].family;
  return NULL;
}

int models_count(BORROWED const Models *ms) {
  return ms->table.n;
}
