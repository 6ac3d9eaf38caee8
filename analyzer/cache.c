// cache.c: the result cache, so an unchanged file is answered without parsing.
//
// An entry is one JSON file, DIR/<key>.json, where the key hashes what the result
// depends on before anything is read: the source's path, its directory and flags,
// the Config (cfg->hash: ownck's binary, its options, models and configuration) and
// the cache format. The entry holds the TuResult and every file the translation unit
// read, each with a hash of its contents, its size and its modification time; it is
// used only if all of them are unchanged: the same size and time, or else the same
// hash (as ccache's direct mode does). It also keeps the directories those files came
// from and those on the include path, with their times: a header added to one of them
// (which could shadow another: '-Iinclude' and a new include/string.h) is a miss. Entries are written to a temporary file
// and renamed, so threads and concurrent runs never see half of one. The cache only
// saves work: an entry that cannot be read or written is ignored.
//
// A -p run's entries (a key of their own) also keep the summaries of the file's
// functions that other files may call ("exports") and the summary text of each other
// file's function its results used ("imports"): the driver trusts an entry only if
// those are still the summaries in force.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "analyzer.h"

#define CACHE_FORMAT "ownck-cache-3"
#define MAX_ENTRY ((size_t)64 << 20)

uint64_t hash_bytes(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  if (!h)
    h = 14695981039346656037u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ b[i]) * 1099511628211u;
  return h;
}

static uint64_t hash_str(uint64_t h, const char *s) {
  return hash_bytes(h, s ? s : "", (s ? strlen(s) : 0) + 1);  // the NUL separates
}

static const char *entry_path(Arena *a, const Config *cfg, const Job *job, const char *dir, bool project) {
  uint64_t h = hash_str(0, project ? CACHE_FORMAT "-project" : CACHE_FORMAT);
  h = hash_str(h, cfg->hash);
  h = hash_str(h, job->path);
  h = hash_str(h, job->only);
  for (int i = 0; i < job->argc; i++)
    h = hash_str(h, job->argv[i]);
  uint64_t h2 = hash_str(h ^ 0x9e3779b97f4a7c15u, job->path);  // a second hash: 128 bits in all
  return arena_printf(a, "%s/%016llx%016llx.json", dir, (unsigned long long)h, (unsigned long long)h2);
}

// The hash of file 'path''s contents as text, or NULL if it cannot be read.
static const char *file_hash(Arena *a, const char *path) {
  size_t len;
  const char *text = arena_read_file(a, path, (size_t)1 << 30, &len);
  if (!text)
    return NULL;
  uint64_t h = hash_bytes(0, text, len), h2 = hash_bytes(0x9e3779b97f4a7c15u, text, len);
  return arena_printf(a, "%016llx%016llx", (unsigned long long)h, (unsigned long long)h2);
}

// ---- TuResult <-> JSON ----

static cJSON *span_json(Span sp) {
  cJSON *a = cJSON_CreateArray();
  int v[5] = {sp.file, sp.line, sp.col, sp.end_line, sp.end_col};
  for (int i = 0; i < 5; i++)
    cJSON_AddItemToArray(a, cJSON_CreateNumber(v[i]));
  return a;
}

static void add_str(cJSON *o, const char *key, const char *s) {
  if (s)
    cJSON_AddStringToObject(o, key, s);
}

static cJSON *diag_json(const Diag *d) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddNumberToObject(o, "rule", d->rule);
  cJSON_AddNumberToObject(o, "level", d->level);
  cJSON_AddItemToObject(o, "span", span_json(d->span));
  add_str(o, "msg", d->msg);
  add_str(o, "label", d->label);
  add_str(o, "help", d->help);
  add_str(o, "func", d->func);
  add_str(o, "place", d->place);
  cJSON_AddNumberToObject(o, "func_line", d->func_line);
  cJSON_AddNumberToObject(o, "fail_on", d->fail_on);
  cJSON_AddBoolToObject(o, "skipped", d->skipped);
  cJSON_AddBoolToObject(o, "suppressed", d->suppressed);
  add_str(o, "reason", d->reason);
  cJSON *labels = cJSON_AddArrayToObject(o, "labels");
  for (int i = 0; i < d->nlabels; i++) {
    cJSON *l = cJSON_CreateObject();
    cJSON_AddItemToObject(l, "span", span_json(d->labels[i].span));
    add_str(l, "msg", d->labels[i].msg);
    cJSON_AddItemToArray(labels, l);
  }
  cJSON *notes = cJSON_AddArrayToObject(o, "notes");
  for (int i = 0; i < d->nnotes; i++)
    cJSON_AddItemToArray(notes, cJSON_CreateString(d->notes[i]));
  if (d->nfixes) {
    cJSON *fixes = cJSON_AddArrayToObject(o, "fixes");
    for (int i = 0; i < d->nfixes; i++) {
      cJSON *f = cJSON_CreateObject();
      cJSON_AddItemToObject(f, "span", span_json(d->fixes[i].at));
      add_str(f, "text", d->fixes[i].text);
      cJSON_AddItemToArray(fixes, f);
    }
  }
  return o;
}

static Span json_span(const cJSON *a, int nfiles, bool *ok) {
  int v[5] = {0};
  for (int i = 0; i < 5; i++) {
    const cJSON *x = cJSON_GetArrayItem(a, i);
    *ok &= cJSON_IsNumber(x);
    v[i] = cJSON_IsNumber(x) ? x->valueint : 0;
  }
  *ok &= v[0] >= 0 && v[0] < nfiles;
  return (Span){v[0], v[1], v[2], v[3], v[4]};
}

static const char *json_str(Arena *a, const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) ? arena_strdup(a, v->valuestring) : NULL;
}

static int json_int(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsNumber(v) ? v->valueint : 0;
}

static bool json_diag(Results *r, const cJSON *o) {
  Arena *a = r->arena;
  bool ok = cJSON_IsObject(o);
  Rule rule = (Rule)json_int(o, "rule");
  Level level = (Level)json_int(o, "level");
  ok &= rule >= RULE_NONE && rule < RULE_COUNT && level >= LVL_NONE && level <= LVL_ERROR;
  Span sp = json_span(cJSON_GetObjectItemCaseSensitive(o, "span"), r->nfiles, &ok);
  const char *msg = json_str(a, o, "msg");
  if (!ok || !msg)
    return false;
  Diag *d = diag_new(r, rule, level, sp, "%s", msg);
  d->label = json_str(a, o, "label");
  d->help = json_str(a, o, "help");
  d->func = json_str(a, o, "func");
  d->place = json_str(a, o, "place");
  d->func_line = json_int(o, "func_line");
  d->fail_on = (Level)json_int(o, "fail_on");
  d->skipped = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "skipped"));
  d->suppressed = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "suppressed"));
  d->reason = json_str(a, o, "reason");
  const cJSON *l;
  cJSON_ArrayForEach(l, cJSON_GetObjectItemCaseSensitive(o, "labels")) {
    Label lab = {json_span(cJSON_GetObjectItemCaseSensitive(l, "span"), r->nfiles, &ok), json_str(a, l, "msg")};
    ARR_PUSH(a, d->labels, d->nlabels, d->caplabels, lab);
  }
  const cJSON *n;
  cJSON_ArrayForEach(n, cJSON_GetObjectItemCaseSensitive(o, "notes")) {
    if (cJSON_IsString(n))
      ARR_PUSH(a, d->notes, d->nnotes, d->capnotes, arena_strdup(a, n->valuestring));
  }
  cJSON_ArrayForEach(n, cJSON_GetObjectItemCaseSensitive(o, "fixes")) {
    Fix x = {json_span(cJSON_GetObjectItemCaseSensitive(n, "span"), r->nfiles, &ok), json_str(a, n, "text")};
    ok &= x.text != NULL;
    ARR_PUSH(a, d->fixes, d->nfixes, d->capfixes, x);
  }
  return ok;
}

// ---- summaries <-> JSON ----

static cJSON *param_json(const ParamSum *ps) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddNumberToObject(o, "role", ps->role);
  add_str(o, "family", ps->family);
  int flags = ps->released_some | ps->stored << 1 | ps->value << 2 | ps->touch_all << 3 | ps->touch_may << 4
              | ps->frees_pointee << 5;
  cJSON_AddNumberToObject(o, "flags", flags);
  cJSON *t = cJSON_AddArrayToObject(o, "touched");
  for (int i = 0; i < ps->ntouched; i++)
    cJSON_AddItemToArray(t, cJSON_CreateString(ps->touched[i]));
  return o;
}

static cJSON *summary_json(const Summary *s) {
  if (!s)
    return cJSON_CreateNull();
  cJSON *o = cJSON_CreateObject();
  if (s->deferred) {
    cJSON_AddBoolToObject(o, "deferred", true);
    return o;
  }
  cJSON *ps = cJSON_AddArrayToObject(o, "params");
  for (int i = 0; i < s->nparams; i++)
    cJSON_AddItemToArray(ps, param_json(&s->params[i]));
  cJSON_AddNumberToObject(o, "res", s->res);
  add_str(o, "family", s->family);
  cJSON_AddNumberToObject(o, "fail", s->fail);
  cJSON_AddNumberToObject(o, "arg", s->arg);
  cJSON_AddBoolToObject(o, "realloc", s->reallocates);
  cJSON_AddBoolToObject(o, "noreturn", s->noreturn);
  cJSON_AddBoolToObject(o, "quiet", s->quiet);
  cJSON_AddNumberToObject(o, "null_param", s->null_param);
  cJSON_AddBoolToObject(o, "null_if_zero", s->null_if_zero);
  add_str(o, "text", s->text);
  return o;
}

static bool json_param(Arena *a, const cJSON *o, ParamSum *ps) {
  int role = json_int(o, "role"), flags = json_int(o, "flags");
  if (!cJSON_IsObject(o) || role < R_READ || role > R_KEEP)
    return false;
  ps->role = (Role)role;
  ps->family = json_str(a, o, "family");
  ps->released_some = flags & 1, ps->stored = flags >> 1 & 1, ps->value = flags >> 2 & 1;
  ps->touch_all = flags >> 3 & 1, ps->touch_may = flags >> 4 & 1, ps->frees_pointee = flags >> 5 & 1;
  const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "touched"), *e;
  ps->touched = arena_alloc(a, sizeof(char *) * (size_t)(cJSON_GetArraySize(t) + 1));
  cJSON_ArrayForEach(e, t) {
    if (!cJSON_IsString(e))
      return false;
    ps->touched[ps->ntouched++] = arena_strdup(a, e->valuestring);
  }
  return true;
}

// A summary read back (NULL for JSON null); false if the entry is malformed.
static bool json_summary(Arena *a, const cJSON *o, const Summary **out) {
  *out = NULL;
  if (cJSON_IsNull(o))
    return true;
  if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "deferred"))) {
    Summary *s = arena_alloc(a, sizeof *s);
    s->deferred = true;
    s->arg = s->null_param = -1;
    s->text = "deferred";
    *out = s;
    return true;
  }
  const cJSON *ps = cJSON_GetObjectItemCaseSensitive(o, "params"), *e;
  if (!cJSON_IsObject(o) || !cJSON_IsArray(ps))
    return false;
  Summary *s = arena_alloc(a, sizeof *s);
  s->params = arena_alloc(a, sizeof(ParamSum) * (size_t)(cJSON_GetArraySize(ps) + 1));
  cJSON_ArrayForEach(e, ps) {
    if (!json_param(a, e, &s->params[s->nparams++]))
      return false;
  }
  s->res = (ResKind)json_int(o, "res");
  s->family = json_str(a, o, "family");
  s->fail = (FailKind)json_int(o, "fail");
  s->arg = json_int(o, "arg");
  s->reallocates = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "realloc"));
  s->noreturn = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "noreturn"));
  s->quiet = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "quiet"));
  s->null_param = cJSON_GetObjectItemCaseSensitive(o, "null_param") ? json_int(o, "null_param") : -1;
  s->null_if_zero = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "null_if_zero"));
  summary_set_text(a, s);
  const char *text = json_str(a, o, "text");
  *out = s;
  return text && !strcmp(text, s->text) && s->res >= RES_NONE && s->res <= RES_UNKNOWN;
}

static void sums_json(cJSON *root, const CacheSums *sums) {
  cJSON *ex = cJSON_AddArrayToObject(root, "exports");
  for (int i = 0; i < sums->exports.n; i++) {
    cJSON *e = cJSON_CreateArray();
    cJSON_AddItemToArray(e, cJSON_CreateString(sums->exports.names[i]));
    cJSON_AddItemToArray(e, summary_json(sums->exports.sums[i]));
    cJSON_AddItemToArray(ex, e);
  }
  cJSON *im = cJSON_AddArrayToObject(root, "imports");
  for (int i = 0; i < sums->nimports; i++) {
    cJSON *e = cJSON_CreateArray();
    cJSON_AddItemToArray(e, cJSON_CreateString(sums->imports[i].name));
    cJSON_AddItemToArray(e, cJSON_CreateString(sums->imports[i].text));
    cJSON_AddItemToArray(im, e);
  }
}

static bool json_sums(Arena *a, const cJSON *root, CacheSums *sums) {
  const cJSON *ex = cJSON_GetObjectItemCaseSensitive(root, "exports");
  const cJSON *im = cJSON_GetObjectItemCaseSensitive(root, "imports"), *e;
  if (!cJSON_IsArray(ex) || !cJSON_IsArray(im))
    return false;
  int nex = cJSON_GetArraySize(ex), nim = cJSON_GetArraySize(im);
  sums->exports = (SumExports){arena_alloc(a, sizeof(char *) * (size_t)(nex + 1)),
                               arena_alloc(a, sizeof(Summary *) * (size_t)(nex + 1)), 0, nex + 1};
  cJSON_ArrayForEach(e, ex) {
    const cJSON *name = cJSON_GetArrayItem(e, 0);
    if (!cJSON_IsString(name) || !json_summary(a, cJSON_GetArrayItem(e, 1), &sums->exports.sums[sums->exports.n]))
      return false;
    sums->exports.names[sums->exports.n++] = arena_strdup(a, name->valuestring);
  }
  SumImport *imports = arena_alloc(a, sizeof(SumImport) * (size_t)(nim + 1));
  sums->nimports = 0;
  cJSON_ArrayForEach(e, im) {
    const cJSON *name = cJSON_GetArrayItem(e, 0), *text = cJSON_GetArrayItem(e, 1);
    if (!cJSON_IsString(name) || !cJSON_IsString(text))
      return false;
    imports[sums->nimports++] = (SumImport){arena_strdup(a, name->valuestring), arena_strdup(a, text->valuestring)};
  }
  sums->imports = imports;
  return true;
}

// ---- lookup and store ----

// "size:mtime in ns" of 'path', or NULL: what says a file is unchanged without
// reading it.
static const char *file_stamp(Arena *a, const char *path) {
  struct stat st;
  if (stat(path, &st) != 0)
    return NULL;
  return arena_printf(a, "%lld:%lld%09ld", (long long)st.st_size, (long long)st.st_mtim.tv_sec,
                      (long)st.st_mtim.tv_nsec);
}

// Are the files an entry depends on unchanged?
static bool deps_unchanged(Arena *a, const cJSON *deps) {
  if (!cJSON_IsArray(deps))
    return false;
  const cJSON *d;
  cJSON_ArrayForEach(d, deps) {
    const cJSON *path = cJSON_GetArrayItem(d, 0), *hash = cJSON_GetArrayItem(d, 1), *stamp = cJSON_GetArrayItem(d, 2);
    if (!cJSON_IsString(path) || !cJSON_IsString(hash) || !cJSON_IsString(stamp))
      return false;
    const char *st = file_stamp(a, path->valuestring);
    if (st && !strcmp(st, stamp->valuestring))
      continue;  // same size, same time: not read again
    const char *now = file_hash(a, path->valuestring);
    if (!now || strcmp(now, hash->valuestring) != 0)
      return false;
  }
  return true;
}

// Are the directories of an entry unchanged (no file added, removed or renamed)?
static bool dirs_unchanged(Arena *a, const cJSON *dirs) {
  if (!cJSON_IsArray(dirs))
    return false;
  const cJSON *d;
  cJSON_ArrayForEach(d, dirs) {
    const cJSON *path = cJSON_GetArrayItem(d, 0), *stamp = cJSON_GetArrayItem(d, 1);
    if (!cJSON_IsString(path) || !cJSON_IsString(stamp))
      return false;
    const char *now = file_stamp(a, path->valuestring);
    if (!now || strcmp(now, stamp->valuestring) != 0)
      return false;
  }
  return true;
}

static bool load_entry(const cJSON *root, TuResult *out, CacheSums *sums, Arena *a) {
  Arena *scratch = arena_new();
  bool ok = cJSON_IsObject(root) && deps_unchanged(scratch, cJSON_GetObjectItemCaseSensitive(root, "deps")) &&
            dirs_unchanged(scratch, cJSON_GetObjectItemCaseSensitive(root, "dirs"));
  arena_free(scratch);
  if (!ok || (sums && !json_sums(a, root, sums)))
    return false;
  Results *r = results_new();
  const cJSON *f;
  cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(root, "files")) {
    ok &= cJSON_IsString(f);
    if (cJSON_IsString(f))
      res_file(r, f->valuestring);
  }
  const cJSON *d;
  cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(root, "diags")) ok = ok && json_diag(r, d);
  int status = json_int(root, "status");
  ok &= status == TU_OK || status == TU_CLANG_ERRORS;
  if (!ok) {
    results_free(r);
    return false;
  }
  *out = (TuResult){r, (TuStatus)status, json_int(root, "clang_errors"), NULL, true};
  return true;
}

bool cache_load(BORROWED const Config *cfg, BORROWED const Job *job, BORROWED const char *dir, TuResult *out,
                CacheSums *sums, MUT_BORROW Arena *sa) {
  Arena *a = arena_new();
  size_t len;
  const char *text = arena_read_file(a, entry_path(a, cfg, job, dir, sums != NULL), MAX_ENTRY, &len);
  cJSON *root = text ? cJSON_ParseWithLength(text, len) : NULL;
  bool hit = root && load_entry(root, out, sums, sa);
  cJSON_Delete(root);
  arena_free(a);
  return hit;
}

void cache_save(BORROWED const Config *cfg, BORROWED const Job *job, BORROWED const char *dir, const TuResult *r,
                const char *const *deps, int ndeps, BORROWED const CacheSums *sums) {
  Arena *a = arena_new();
  cJSON *root = cJSON_CreateObject();
  cJSON_AddStringToObject(root, "format", CACHE_FORMAT);
  cJSON_AddStringToObject(root, "source", job->path);
  cJSON_AddNumberToObject(root, "status", r->status);
  cJSON_AddNumberToObject(root, "clang_errors", r->clang_errors);
  cJSON *jd = cJSON_AddArrayToObject(root, "deps");
  bool ok = true;
  for (int i = 0; i < ndeps && ok; i++) {
    const char *stamp = file_stamp(a, deps[i]), *h = file_hash(a, deps[i]);
    ok = h && stamp;
    cJSON *dep = cJSON_CreateArray();
    cJSON_AddItemToArray(dep, cJSON_CreateString(deps[i]));
    cJSON_AddItemToArray(dep, cJSON_CreateString(h ? h : ""));
    cJSON_AddItemToArray(dep, cJSON_CreateString(stamp ? stamp : ""));
    cJSON_AddItemToArray(jd, dep);
  }
  cJSON *jdirs = cJSON_AddArrayToObject(root, "dirs");
  const char **dirs = NULL;
  int ndirs = 0, cap = 0;
  for (int i = 0; i < ndeps; i++) {
    char *d = arena_strdup(a, deps[i]), *slash = strrchr(d, '/');
    if (slash && slash != d) {
      *slash = 0;
      ARR_PUSH(a, dirs, ndirs, cap, d);
    }
  }
  for (int i = 0; i + 1 < job->argc; i++) {  // the include path: where a new header would be found first
    const char *f = job->argv[i], *dir = NULL;
    if (!strcmp(f, "-I") || !strcmp(f, "-isystem") || !strcmp(f, "-iquote") || !strcmp(f, "-idirafter"))
      dir = job->argv[++i];
    else if (!strncmp(f, "-I", 2))
      dir = f + 2;
    if (dir)
      ARR_PUSH(a, dirs, ndirs, cap, dir[0] == '/' || !job->dir ? dir : arena_printf(a, "%s/%s", job->dir, dir));
  }
  for (int i = 0; i < ndirs && ok; i++) {
    bool seen = false;
    for (int j = 0; j < i && !seen; j++)
      seen = !strcmp(dirs[i], dirs[j]);
    const char *stamp = seen ? NULL : file_stamp(a, dirs[i]);
    if (!stamp)
      continue;
    cJSON *e = cJSON_CreateArray();
    cJSON_AddItemToArray(e, cJSON_CreateString(dirs[i]));
    cJSON_AddItemToArray(e, cJSON_CreateString(stamp));
    cJSON_AddItemToArray(jdirs, e);
  }
  cJSON *files = cJSON_AddArrayToObject(root, "files");
  for (int i = 0; i < r->res->nfiles; i++)
    cJSON_AddItemToArray(files, cJSON_CreateString(r->res->files[i]->path));
  if (sums)
    sums_json(root, sums);
  cJSON *diags = cJSON_AddArrayToObject(root, "diags");
  for (int i = 0; i < r->res->ndiags; i++)
    cJSON_AddItemToArray(diags, diag_json(r->res->diags[i]));
  char *text = ok && ndeps > 0 ? cJSON_PrintUnformatted(root) : NULL;
  cJSON_Delete(root);
  if (text) {
    mkdir(dir, 0777);
    const char *path = entry_path(a, cfg, job, dir, sums != NULL);
    const char *tmp = arena_printf(a, "%s.%ld.%p.tmp", path, (long)getpid(), (void *)r);
    FILE *f = fopen(tmp, "w");
    bool written = f && fputs(text, f) >= 0;
    if (f)
      written = (fclose(f) == 0) && written;
    if (!written || rename(tmp, path) != 0)
      unlink(tmp);
    cJSON_free(text);
  }
  arena_free(a);
}
