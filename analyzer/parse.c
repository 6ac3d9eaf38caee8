// parse.c: libclang -> our Node trees, one Func per function defined in the main file.
//
// The only file that includes clang-c. It parses a translation unit, walks each
// function body once (a visitor collects a cursor's direct children, then a switch
// on the cursor kind does the work, as chibicc's parser does), and hands back Funcs
// whose Nodes, Vars and FnSigs live in the TU arena. Every CXString is copied into
// the arena and disposed at once; the CXTranslationUnit is disposed before return.
// Casts and parentheses disappear; what we cannot model becomes N_UNKNOWN whose
// children are still lowered, or marks the Func as skipped (fail closed).
#include <clang-c/Index.h>
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "analyzer.h"

#define MAX_NESTING 1000  // statements and expressions nested deeper fail closed
#define MAX_KIDS_INLINE 16
// After the IR of a file grows past this, the memory its translation unit freed is
// given back to the system (memory_return): the IR is a fraction of the AST, so the
// file was large, and the analysis would otherwise add to the peak what clang freed.
#define RETURN_MEMORY_AFTER ((size_t)32 << 20)

// An open-addressing map from a declaration's canonical cursor to a value of ours.
typedef struct CursorEntry {
  CXCursor decl;
  unsigned hash;
  void *val;             // NULL: an empty slot
} CursorEntry;

typedef struct CursorMap {
  CursorEntry *e;
  int n, cap;
} CursorMap;

// What lowering asks of a struct member, asked of libclang once per member: its
// offset walks the record's layout, its name is a new string each time.
typedef struct FieldInfo {
  const char *name;      // in the Tu's arena
  long long offset;      // in bytes, or -1
  bool in_union;
} FieldInfo;

typedef struct SigEntry {
  const char *name;
  FnSig *sig;
} SigEntry;

// The lines of one file (line_starts), to turn a file offset into a line and
// column as clang's SourceManager does (columns count bytes from 1). Asking
// libclang for the offset alone is much cheaper than for the line and column, which
// it finds again for every location.
typedef struct Lines {
  CXFile file;
  const char *text;      // the file's contents, as libclang read them
  size_t size;
  int *start;            // start[i]: offset of line i + 1
  int n;
  int hint;              // the line found last: locations come in source order
} Lines;

typedef struct P {
  Tu *tu;
  Arena *a;              // the Tu's: what outlives the parse
  Arena *tmp;            // the parse's own tables, freed when it ends
  Arena *decl_tmp;       // the cursors' children lists (kids_of), the locals' map and
                         // the growing lists of one top-level declaration, reset after each
  CXTranslationUnit ctu;
  CXFile main_file;
  CXFile focus_file;     // a header checked through this file (Tu.focus), or NULL
  CXFile last_file;      // cache for span(): most spans are in one file
  int last_file_idx;
  Lines *lines;          // the line starts of the files spans were asked in
  int nlines, caplines;
  Lines *last_lines;
  Func *fn;              // the function being lowered
  int depth;             // nesting of stmt()/expr() calls: bounded by MAX_NESTING
  bool lost_writes;      // some code was not lowered: the statics' values are unknown
  CursorMap vars;        // decl -> Var: globals
  CursorMap locals;      // decl -> Var: the locals and parameters of the function being
                         // lowered (in decl_tmp: no other function names them)
  CursorMap fields;      // FieldDecl -> its FieldInfo
  SigEntry *sigs;        // map name -> FnSig
  const char **decl_names;  // the declarations seen (record_decl), for their FnSigs
  SigDecl *decls;           // once the whole TU is read
  int ndecls, capdecls, capdecl_names;
  int nsigs, capsigs;
  Var *init_target;      // the place the initializer being parsed initialises, or NULL
} P;

// ---- small libclang helpers ----

static const char *str(P *p, CXString s) {
  const char *c = clang_getCString(s);
  const char *r = arena_strdup(p->a, c ? c : "");
  clang_disposeString(s);
  return r;
}

typedef struct Kids {
  CXCursor c[MAX_KIDS_INLINE];
  CXCursor *more;
  int n, cap;
  Arena *a;
} Kids;

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  Kids *k = data;
  if (k->n < MAX_KIDS_INLINE) {
    k->c[k->n++] = c;
    return CXChildVisit_Continue;
  }
  if (k->n == MAX_KIDS_INLINE) {
    k->cap = 64;
    k->more = arena_alloc(k->a, sizeof(CXCursor) * (size_t)k->cap);
    memcpy(k->more, k->c, sizeof k->c);
  } else if (k->n == k->cap) {
    k->more = arena_realloc(k->a, k->more, sizeof(CXCursor) * (size_t)k->cap, sizeof(CXCursor) * (size_t)k->cap * 2);
    k->cap *= 2;
  }
  k->more[k->n++] = c;
  return CXChildVisit_Continue;
}

// Direct children of 'c', attributes included (callers skip what they do not want).
static void kids_of(P *p, CXCursor c, Kids *k) {
  k->n = 0;
  k->more = NULL;
  k->cap = 0;
  k->a = p->decl_tmp;
  clang_visitChildren(c, collect, k);
}

static CXCursor kid(const Kids *k, int i) { return k->more ? k->more[i] : k->c[i]; }

static bool is_expr(CXCursor c) { return clang_isExpression(clang_getCursorKind(c)) != 0; }

// 'path' as the user can open it: a path relative to the compile's working directory
// (-working-directory, a compile database's "directory") made absolute.
static const char *in_dir(P *p, const char *path) {
  if (!p->tu->dir || !*path || path[0] == '/')
    return path;
  return arena_printf(p->a, "%s/%s", p->tu->dir, path);
}

static int file_index(P *p, CXFile f) {
  if (!f)
    return -1;
  if (f == p->last_file)
    return p->last_file_idx;
  CXString name = clang_getFileName(f);
  const char *s = clang_getCString(name);
  int idx = res_file(p->tu->res, in_dir(p, s ? s : ""));
  clang_disposeString(name);
  p->last_file = f;
  p->last_file_idx = idx;
  return idx;
}

static Lines *lines_of(P *p, CXFile f) {
  if (p->last_lines && p->last_lines->file == f)
    return p->last_lines;
  for (int i = 0; i < p->nlines; i++)
    if (p->lines[i].file == f)
      return p->last_lines = &p->lines[i];
  size_t size = 0;
  const char *text = clang_getFileContents(p->ctu, f, &size);
  Lines l = {.file = f, .text = text, .size = size};
  l.start = line_starts(p->tmp, text, text ? size : 0, &l.n);
  ARR_PUSH(p->tmp, p->lines, p->nlines, p->caplines, l);
  return p->last_lines = &p->lines[p->nlines - 1];
}

// The line and column of offset 'off' of file 'f'.
static void line_col(P *p, CXFile f, unsigned off, int *line, int *col) {
  Lines *l = lines_of(p, f);
  int i = l->hint;
  if (!(i < l->n && (unsigned)l->start[i] <= off && (i + 1 == l->n || off < (unsigned)l->start[i + 1])))
    i = l->hint = line_index_near(l->start, l->n, i, off);
  *line = i + 1;
  *col = (int)(off - (unsigned)l->start[i]) + 1;
}

// The file, line and column of 'loc' (through macro expansions, as clang_getFileLocation).
static CXFile file_loc(P *p, CXSourceLocation loc, int *line, int *col) {
  CXFile f;
  unsigned off;
  clang_getFileLocation(loc, &f, NULL, NULL, &off);
  if (f)
    line_col(p, f, off, line, col);
  return f;
}

static Span span_of(P *p, CXCursor c) {
  Span sp = {0};
  CXSourceRange r = clang_getCursorExtent(c);
  int line, col, eline = 0, ecol = 0;
  CXFile f = file_loc(p, clang_getRangeStart(r), &line, &col);
  if (!f)
    return sp;
  CXFile f2 = file_loc(p, clang_getRangeEnd(r), &eline, &ecol);
  sp.file = file_index(p, f);
  sp.line = line;
  sp.col = col;
  if (f2 == f && (eline > line || (eline == line && ecol > col))) {
    sp.end_line = eline;
    sp.end_col = ecol;
  } else {
    sp.end_line = sp.line;
    sp.end_col = sp.col + 1;
  }
  return sp;
}

// The span of a reference to a declaration named 'name' ('p' in 'free(p)'): its
// extent, read from the file when 'name' is spelled at the cursor's location, which
// spares libclang's finding the extent. Elsewhere (in a macro's body) the extent.
static Span name_span(P *p, CXCursor c, const char *name) {
  CXFile f;
  unsigned off;
  clang_getFileLocation(clang_getCursorLocation(c), &f, NULL, NULL, &off);
  size_t len = strlen(name);
  const Lines *l = f ? lines_of(p, f) : NULL;
  unsigned char next = l && l->text && off + len < l->size ? (unsigned char)l->text[off + len] : 0;
  if (!l || !l->text || len == 0 || off + len > l->size || memcmp(l->text + off, name, len)
      || isalnum(next) || next == '_' || next == '$' || next >= 0x80)  // a longer name there
    return span_of(p, c);
  Span sp = {.file = file_index(p, f)};
  line_col(p, f, off, &sp.line, &sp.col);
  sp.end_line = sp.line;
  sp.end_col = sp.col + (int)len;
  return sp;
}

// Span of the cursor's location (its name for declarations, the operator's operand
// start for expressions): shorter than the extent, used for declarations.
static Span loc_of(P *p, CXCursor c, int len) {
  Span sp = {0};
  int line, col;
  CXFile f = file_loc(p, clang_getCursorLocation(c), &line, &col);
  if (!f)
    return sp;
  sp.file = file_index(p, f);
  sp.line = sp.end_line = line;
  sp.col = col;
  sp.end_col = col + (len > 0 ? len : 1);
  return sp;
}

// Is 'c' in the file being checked: the main file, or the header checked through it
// (Tu.focus)?
static bool in_main_file(P *p, CXCursor c) {
  CXFile f;
  clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
  return f && (clang_File_isEqual(f, p->main_file) || (p->focus_file && clang_File_isEqual(f, p->focus_file)));
}

// The first few tokens of attribute cursor 'attr', spelled into 'out' (at most 'max').
// An attribute written through a macro has an extent from the macro definition to
// the use site, possibly the whole file between: so tokenize only a short window
// from where it is spelled.
static int attr_tokens(P *p, CXCursor attr, const char **out, int max) {
  CXFile f;
  unsigned off;
  clang_getSpellingLocation(clang_getRangeStart(clang_getCursorExtent(attr)), &f, NULL, NULL, &off);
  if (!f)
    return 0;
  size_t size;
  clang_getFileContents(p->ctu, f, &size);
  unsigned end = off + 96 < size ? off + 96 : (unsigned)size;
  CXSourceRange r = clang_getRange(clang_getLocationForOffset(p->ctu, f, off),
                                   clang_getLocationForOffset(p->ctu, f, end));
  CXToken *toks;
  unsigned n;
  clang_tokenize(p->ctu, r, &toks, &n);
  int k = 0;
  for (unsigned i = 0; i < n && k < max; i++)
    out[k++] = str(p, clang_getTokenSpelling(p->ctu, toks[i]));
  clang_disposeTokens(p->ctu, toks, n);
  return k;
}

// ---- types and annotations ----

static Ty ty_of(P *p, CXType t) {
  Ty ty = {0};
  CXType ct = clang_getCanonicalType(t);
  (void)p;
  switch (ct.kind) {
  case CXType_Pointer: {
    CXType pt = clang_getPointeeType(ct);
    ty.kind = TY_POINTER;
    ty.pointee_const = clang_isConstQualifiedType(pt) != 0;
    ty.is_fnptr = pt.kind == CXType_FunctionProto || pt.kind == CXType_FunctionNoProto;
    break;
  }
  case CXType_Record:
    ty.kind = TY_RECORD;
    break;
  case CXType_ConstantArray: case CXType_IncompleteArray: case CXType_VariableArray:
    ty.kind = TY_ARRAY;
    break;
  case CXType_Void:
    ty.kind = TY_VOID;
    break;
  case CXType_Float: case CXType_Double: case CXType_LongDouble: case CXType_Float128: case CXType_Half:
    ty.kind = TY_FLOAT;
    break;
  default:
    if (ct.kind >= CXType_Bool && ct.kind <= CXType_Int128)
      ty.kind = TY_INT;
    else if (ct.kind == CXType_Enum)
      ty.kind = TY_INT;
    break;
  }
  return ty;
}

// Is 't' an array of pointers?
static bool elem_pointer(CXType t) {
  CXType ct = clang_getCanonicalType(t);
  return clang_getCanonicalType(clang_getArrayElementType(ct)).kind == CXType_Pointer;
}

typedef struct AnnCtx {
  P *p;
  Ann *ann;
} AnnCtx;

// "ownck.owned_by(fclose)" -> "fclose"
static const char *ann_arg(P *p, const char *s) {
  const char *l = strchr(s, '(');
  const char *r = strrchr(s, ')');
  if (!l || !r || r <= l + 1)
    return "";
  return arena_strndup(p->a, l + 1, (size_t)(r - l - 1));
}

static void ann_add(P *p, Ann *ann, CXCursor attr) {
  const char *s = str(p, clang_getCursorSpelling(attr));
  if (strncmp(s, "ownck.", 6) != 0)
    return;
  const char *w = s + 6;
  if (ann->bits == 0 && !ann->owned_by && !ann->borrowed_from)
    ann->span = span_of(p, attr);
  if (!strcmp(w, "owned"))
    ann->bits |= ANN_OWNED;
  else if (!strcmp(w, "borrowed"))
    ann->bits |= ANN_BORROWED;
  else if (!strcmp(w, "mut_borrow"))
    ann->bits |= ANN_MUT_BORROW;
  else if (!strcmp(w, "nullable"))
    ann->bits |= ANN_NULLABLE;
  else if (!strcmp(w, "unchecked"))
    ann->bits |= ANN_UNCHECKED;
  else if (!strncmp(w, "owned_by(", 9)) {
    ann->bits |= ANN_OWNED;
    ann->owned_by = ann_arg(p, w);
  } else if (!strncmp(w, "borrowed_from(", 14))
    ann->borrowed_from = ann_arg(p, w);
}

static enum CXChildVisitResult ann_visit(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  AnnCtx *ac = data;
  if (clang_getCursorKind(c) == CXCursor_AnnotateAttr)
    ann_add(ac->p, ac->ann, c);
  return CXChildVisit_Continue;
}

// Annotations on a declaration, plus those on the typedefs its type is spelled with.
static Ann ann_of(P *p, CXCursor decl, CXType t) {
  Ann ann = {0};
  AnnCtx ac = {p, &ann};
  if (clang_Cursor_hasAttrs(decl))
    clang_visitChildren(decl, ann_visit, &ac);
  for (int depth = 0; depth < 8 && t.kind == CXType_Typedef; depth++) {
    CXCursor td = clang_getTypeDeclaration(t);
    if (clang_Cursor_hasAttrs(td))
      clang_visitChildren(td, ann_visit, &ac);
    t = clang_getTypedefDeclUnderlyingType(td);
  }
  if (t.kind == CXType_Elaborated)
    t = clang_Type_getNamedType(t);
  return ann;
}

// ---- variables ----

// A declaration as the maps know it: its canonical cursor, hashed once.
static CursorEntry cmap_key(CXCursor decl) {
  CXCursor canon = clang_getCanonicalCursor(decl);
  return (CursorEntry){canon, clang_hashCursor(canon), NULL};
}

static void *cmap_find(const CursorMap *m, const CursorEntry *key) {
  if (!m->cap)
    return NULL;
  for (int i = (int)(key->hash & (unsigned)(m->cap - 1));; i = (i + 1) & (m->cap - 1)) {
    const CursorEntry *e = &m->e[i];
    if (!e->val)
      return NULL;
    if (e->hash == key->hash && clang_equalCursors(e->decl, key->decl))
      return e->val;
  }
}

static void cmap_insert(Arena *a, CursorMap *m, CursorEntry e) {
  if ((m->n + 1) * 2 > m->cap) {
    CursorEntry *old = m->e;
    int oldcap = m->cap;
    m->cap = oldcap ? oldcap * 2 : 64;
    m->e = arena_alloc(a, sizeof(CursorEntry) * (size_t)m->cap);
    m->n = 0;
    for (int i = 0; i < oldcap; i++)
      if (old[i].val)
        cmap_insert(a, m, old[i]);
  }
  int i = (int)(e.hash & (unsigned)(m->cap - 1));
  while (m->e[i].val)
    i = (i + 1) & (m->cap - 1);
  m->e[i] = e;
  m->n++;
}

static void *cmap_get(const CursorMap *m, CXCursor decl) {
  CursorEntry key = cmap_key(decl);
  return cmap_find(m, &key);
}

static void cmap_put(Arena *a, CursorMap *m, CXCursor decl, void *val) {
  CursorEntry e = cmap_key(decl);
  e.val = val;
  cmap_insert(a, m, e);
}

static Var *map_get(P *p, CXCursor decl) {
  CursorEntry key = cmap_key(decl);
  Var *v = cmap_find(&p->locals, &key);
  return v ? v : cmap_find(&p->vars, &key);
}

static void map_put(P *p, CXCursor decl, Var *v) {
  if (v->kind == VK_GLOBAL)
    cmap_put(p->tmp, &p->vars, decl, v);
  else
    cmap_put(p->decl_tmp, &p->locals, decl, v);
}

static FnSig *cleanup_fn(P *p, CXCursor decl);

// The initial value of an integer of static storage 'v' (declared by 'c'), if it is
// constant and the program can only change it through this file (a const, a
// file-scope 'static', a static local): whether it does is known once the whole
// file is lowered (Var.written).
static void static_value(P *p, CXCursor c, Var *v) {
  bool internal = v->kind == VK_LOCAL || clang_getCursorLinkage(c) == CXLinkage_Internal;
  if (!v->is_const && !internal)
    return;  // another file may write it
  CXCursor def = clang_getCursorDefinition(c);
  if (clang_Cursor_isNull(def))
    def = c;
  CXCursor init = clang_Cursor_getVarDeclInitializer(def);
  if (clang_Cursor_isNull(init)) {
    // Only a definition in this file is known: 'static int n;' starts at 0, an
    // 'extern const int N;' is defined elsewhere.
    if (internal && clang_getCursorKind(def) == CXCursor_VarDecl && clang_isCursorDefinition(def)) {
      v->has_value = true;
      v->value = 0;
    }
    return;
  }
  CXEvalResult r = clang_Cursor_Evaluate(init);
  if (!r)
    return;
  if (clang_EvalResult_getKind(r) == CXEval_Int) {
    v->has_value = true;
    v->value = clang_EvalResult_getAsLongLong(r);
  }
  clang_EvalResult_dispose(r);
  (void)p;
}

// 'e' is assigned to, incremented or has its address taken: a variable it names is
// written (its value is no longer fixed).
static void written(Node *e) {
  if (e && e->kind == N_VAR)
    (e->var->global ? e->var->global : e->var)->written = true;
}

// The place of the shared global 'g' in the function being lowered.
static Var *global_place(P *p, Var *g) {
  if (!p->fn)
    return g;
  if (g->proxy_of == p->fn)
    return g->proxy;
  Var *v = func_new_var(p->a, p->fn, VK_GLOBAL, g->name);
  v->ty = g->ty;
  v->ann = g->ann;
  v->decl = g->decl;
  v->is_const = g->is_const;
  v->has_value = g->has_value;
  v->value = g->value;
  v->global = g;
  g->proxy = v;
  g->proxy_of = p->fn;
  return v;
}

static enum CXChildVisitResult init_refs(CXCursor c, CXCursor parent, CXClientData data);

static Var *declare_var(P *p, CXCursor c, VarKind kind) {
  const char *name = str(p, clang_getCursorSpelling(c));
  CXType t = clang_getCursorType(c);
  Var *v;
  if (kind == VK_GLOBAL) {
    v = arena_alloc(p->a, sizeof *v);
    v->kind = kind;
    v->name = name;
    v->id = -1;
    ARR_PUSH(p->a, p->tu->globals, p->tu->nglobals, p->tu->capglobals, v);
  } else {
    v = func_new_var(p->a, p->fn, kind, name);
  }
  v->ty = ty_of(p, t);
  v->elem_pointer = elem_pointer(t);
  if (kind == VK_PARAM && v->ty.kind == TY_ARRAY)
    v->ty.kind = TY_POINTER;  // 'char *argv[]' is 'char **argv' (C11 6.7.6.3p7)
  v->ann = ann_of(p, c, t);
  v->decl = loc_of(p, c, (int)strlen(name));
  v->is_static = kind == VK_LOCAL && clang_Cursor_getStorageClass(c) == CX_SC_Static;
  v->is_const = clang_isConstQualifiedType(t) != 0;
  if (kind == VK_LOCAL && clang_Cursor_hasAttrs(c))
    v->cleanup = cleanup_fn(p, c);
  if (v->ty.kind == TY_INT && (kind == VK_GLOBAL || v->is_static))
    static_value(p, c, v);
  map_put(p, c, v);
  return v;
}

static FnSig *sig_of(P *p, CXCursor fn);
static FnSig *sig_lookup(P *p, const char *name);

typedef struct FindFn {
  const char *name;
  CXCursor found;
} FindFn;

static enum CXChildVisitResult find_visit(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  FindFn *ff = data;
  if (clang_getCursorKind(c) != CXCursor_FunctionDecl)
    return CXChildVisit_Continue;
  CXString s = clang_getCursorSpelling(c);
  bool same = !strcmp(clang_getCString(s), ff->name);
  clang_disposeString(s);
  if (!same)
    return CXChildVisit_Continue;
  ff->found = c;
  return CXChildVisit_Break;
}

// The declaration of function 'name' at file scope (rare: only cleanup attributes
// name a function without referencing it in the AST).
static CXCursor find_function(P *p, const char *name) {
  FindFn ff = {name, clang_getNullCursor()};
  clang_visitChildren(clang_getTranslationUnitCursor(p->ctu), find_visit, &ff);
  return ff.found;
}

// __attribute__((cleanup(fn))) arrives as an UnexposedAttr: find 'fn' among its
// first tokens, then the function it names.
static FnSig *cleanup_fn(P *p, CXCursor decl) {
  Kids k;
  kids_of(p, decl, &k);
  for (int i = 0; i < k.n; i++) {
    CXCursor c = kid(&k, i);
    if (clang_getCursorKind(c) != CXCursor_UnexposedAttr)
      continue;
    const char *t[6];
    int n = attr_tokens(p, c, t, 6);
    for (int j = 0; j + 2 < n; j++) {
      if (strcmp(t[j], "cleanup") && strcmp(t[j], "__cleanup__"))
        continue;
      FnSig *fn = sig_lookup(p, t[j + 2]);
      CXCursor fd = fn ? clang_getNullCursor() : find_function(p, t[j + 2]);
      if (!fn && !clang_Cursor_isNull(fd))
        fn = sig_of(p, fd);
      if (fn)
        return fn;
    }
  }
  return NULL;
}

// The place for field 'name' of 'base' (a tracked place), created on first use.
static Var *field_var(P *p, Var *base, const char *name, bool arrow, CXType t) {
  int depth = 0;
  for (Var *b = base; b->kind == VK_FIELD; b = b->parent)
    depth++;
  if (depth >= MAX_FIELD_DEPTH || !p->fn)
    return NULL;
  // A global's place is the function's own (global_place): so are its fields.
  Var **list = &base->fields;
  for (Var *v = *list; v; v = v->next_field)
    if (v->parent == base && v->arrow == arrow && !strcmp(v->field, name))
      return v;
  Var *v = func_new_var(p->a, p->fn, VK_FIELD,
                        arena_printf(p->a, "%s%s%s", base->name, arrow ? "->" : name[0] == '[' ? "" : ".", name));
  v->next_field = *list;
  *list = v;
  v->parent = base;
  v->field = name;
  v->arrow = arrow;
  v->ty = ty_of(p, t);
  v->elem_pointer = elem_pointer(t);
  return v;
}

// The place of an array element 'a[3]' or 'a[i]' (a an array place, i a local
// integer: the element at i's current value), or NULL: 'p[i]' through a pointer,
// an index we do not follow.
static Var *elem_var(P *p, Node *n, CXType t) {
  Var *base = n->lhs->var;
  if (!base || n->lhs->kind == N_DEREF || base->ty.kind != TY_ARRAY)
    return NULL;
  Node *i = n->rhs;
  if (i->kind == N_NUM && i->num >= 0)
    return field_var(p, base, arena_printf(p->a, "[%lld]", i->num), false, t);
  if (i->kind != N_VAR || (i->var->kind != VK_LOCAL && i->var->kind != VK_PARAM) || i->var->is_static
      || i->var->ty.kind != TY_INT)
    return NULL;
  Var *v = field_var(p, base, arena_printf(p->a, "[%s]", i->var->name), false, t);
  if (v)
    v->index = i->var;
  return v;
}

// ---- function signatures ----

// GNU noreturn shows in the function type's spelling; C11 _Noreturn only as an
// attribute, which we read only outside system headers (glibc spells it GNU).
static bool is_noreturn(P *p, CXCursor fn, bool system) {
  CXString sp = clang_getTypeSpelling(clang_getCursorType(fn));
  bool gnu = strstr(clang_getCString(sp), "__attribute__((noreturn))") != NULL;
  clang_disposeString(sp);
  if (gnu)
    return true;
  if (system || !clang_Cursor_hasAttrs(fn))
    return false;
  Kids k;
  kids_of(p, fn, &k);
  for (int i = 0; i < k.n; i++) {
    CXCursor c = kid(&k, i);
    if (clang_getCursorKind(c) != CXCursor_UnexposedAttr)
      continue;
    const char *t[1];
    if (attr_tokens(p, c, t, 1) == 1 && (!strcmp(t[0], "_Noreturn") || !strcmp(t[0], "noreturn")))
      return true;
  }
  return false;
}

static unsigned hash_str(const char *s) {
  unsigned h = 2166136261u;  // FNV-1a
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

// The signature of function 'name' seen so far in this TU (an open-addressing map).
static FnSig *sig_lookup(P *p, const char *name) {
  if (!p->capsigs)
    return NULL;
  for (unsigned i = hash_str(name) & (unsigned)(p->capsigs - 1);; i = (i + 1) & (unsigned)(p->capsigs - 1)) {
    if (!p->sigs[i].name)
      return NULL;
    if (!strcmp(p->sigs[i].name, name))
      return p->sigs[i].sig;
  }
}

static void sig_put(P *p, const char *name, FnSig *sig) {
  if ((p->nsigs + 1) * 2 > p->capsigs) {
    SigEntry *old = p->sigs;
    int oldcap = p->capsigs;
    p->capsigs = oldcap ? oldcap * 2 : 256;
    p->sigs = arena_alloc(p->tmp, sizeof(SigEntry) * (size_t)p->capsigs);
    p->nsigs = 0;
    for (int i = 0; i < oldcap; i++)
      if (old[i].name)
        sig_put(p, old[i].name, old[i].sig);
  }
  unsigned i = hash_str(name) & (unsigned)(p->capsigs - 1);
  while (p->sigs[i].name)
    i = (i + 1) & (unsigned)(p->capsigs - 1);
  p->sigs[i] = (SigEntry){name, sig};
  p->nsigs++;
}

// clang's ownership attributes on 'fn' (the static analyzer's MallocChecker reads them
// too) as a model: ownership_returns(M) makes a new owner, ownership_takes(M, i...)
// releases argument i, ownership_holds(M, i...) keeps it (a move: the callee releases
// it later). Module "malloc" is released with free; another module M by M's takes.
static Model *ownership_attrs(P *p, CXCursor fn, int nparams) {
  Model *m = NULL;
  Kids k;
  kids_of(p, fn, &k);
  for (int i = 0; i < k.n; i++) {
    if (clang_getCursorKind(kid(&k, i)) != CXCursor_UnexposedAttr)
      continue;
    const char *t[24];
    int n = attr_tokens(p, kid(&k, i), t, 24);
    const char *w = n >= 4 ? t[0] : "";
    bool ret = !strcmp(w, "ownership_returns"), takes = !strcmp(w, "ownership_takes");
    if ((!ret && !takes && strcmp(w, "ownership_holds")) || strcmp(t[1], "("))
      continue;
    if (!m) {
      m = arena_alloc(p->a, sizeof *m);
      m->name = str(p, clang_getCursorSpelling(fn));
      m->origin = "an ownership attribute";
      m->ret_arg = -1;
      m->nargs = nparams;
      m->args = arena_alloc(p->a, sizeof *m->args * (size_t)(nparams + 1));
      for (int a = 0; a < nparams; a++)
        m->args[a] = (ModelArg){.role = ROLE_NONE, .count = 1, .copy_of = -1};
    }
    const char *family = strcmp(t[2], "malloc") ? t[2] : "free";
    if (ret) {
      m->ret = RET_OWNED;
      m->family = family;
    }
    for (int j = 3; !ret && j + 1 < n && !strcmp(t[j], ","); j += 2) {  // the 1-based arguments
      long a = strtol(t[j + 1], NULL, 10);
      if (a >= 1 && a <= nparams)
        m->args[a - 1] = (ModelArg){.role = takes ? ROLE_RELEASE : ROLE_MOVE, .family = family, .count = 1,
                                    .copy_of = -1};
    }
  }
  return m;
}

static FnSig *sig_of(P *p, CXCursor fn) {
  const char *name = str(p, clang_getCursorSpelling(fn));
  FnSig *s = sig_lookup(p, name);
  if (s)
    return s;
  s = arena_alloc(p->a, sizeof *s);
  s->name = name;
  CXType t = clang_getCursorType(fn);
  CXType rt = clang_getResultType(t);
  s->ret = ann_of(p, fn, rt);
  s->ret_ty = ty_of(p, rt);
  s->variadic = clang_isFunctionTypeVariadic(t) != 0;
  s->system = clang_Location_isInSystemHeader(clang_getCursorLocation(fn)) != 0;
  s->noreturn = s->declared_noreturn = is_noreturn(p, fn, s->system);
  s->is_static = clang_getCursorLinkage(fn) == CXLinkage_Internal;
  s->decl = loc_of(p, fn, (int)strlen(name));
  int n = clang_Cursor_getNumArguments(fn);
  if (n > 0) {
    s->nparams = n;
    s->params = arena_alloc(p->a, sizeof(Ann) * (size_t)n);
    s->param_ty = arena_alloc(p->a, sizeof(Ty) * (size_t)n);
    s->param_names = arena_alloc(p->a, sizeof(char *) * (size_t)n);
    for (int i = 0; i < n; i++) {
      CXCursor a = clang_Cursor_getArgument(fn, (unsigned)i);
      CXType at = clang_getCursorType(a);
      s->params[i] = ann_of(p, a, at);
      s->param_ty[i] = ty_of(p, at);
      s->param_names[i] = str(p, clang_getCursorSpelling(a));
    }
  }
  if (!s->system && clang_Cursor_hasAttrs(fn))
    s->attr_model = ownership_attrs(p, fn, n > 0 ? n : 0);
  sig_put(p, name, s);
  ARR_PUSH(p->a, p->tu->sigs, p->tu->nsigs, p->tu->capsigs, s);
  return s;
}

// ---- operators ----

#ifndef OWNCK_HAVE_OPERATOR_KIND
// The operator of a binary or unary operator cursor, as its C spelling.
static const char *op_spelling(P *p, CXCursor c, bool binary) {
  // LLVM < 17: the first punctuation token after the LHS (binary), or the first or
  // last token (unary). Macro-spelled operators come back wrong or empty: callers
  // treat an unrecognised spelling as an unmodelled operator.
  CXToken *toks;
  unsigned n;
  clang_tokenize(p->ctu, clang_getCursorExtent(c), &toks, &n);
  const char *r = "";
  if (n == 0)
    return r;
  if (binary) {
    Kids k;
    kids_of(p, c, &k);
    unsigned lhs_end = 0;
    if (k.n > 0)
      clang_getFileLocation(clang_getRangeEnd(clang_getCursorExtent(kid(&k, 0))), NULL, NULL, NULL, &lhs_end);
    for (unsigned i = 0; i < n; i++) {
      unsigned off;
      clang_getFileLocation(clang_getTokenLocation(p->ctu, toks[i]), NULL, NULL, NULL, &off);
      if (off >= lhs_end && clang_getTokenKind(toks[i]) == CXToken_Punctuation) {
        r = str(p, clang_getTokenSpelling(p->ctu, toks[i]));
        break;
      }
    }
  } else {
    CXToken t = clang_getTokenKind(toks[0]) == CXToken_Punctuation ? toks[0] : toks[n - 1];
    r = str(p, clang_getTokenSpelling(p->ctu, t));
    if (t.int_data[0] == toks[n - 1].int_data[0] && n > 1 && (!strcmp(r, "++") || !strcmp(r, "--")))
      r = !strcmp(r, "++") ? "post++" : "post--";
  }
  clang_disposeTokens(p->ctu, toks, n);
  return r;
}
#endif

// ---- expressions ----

static Node *expr(P *p, CXCursor c);
static Node *stmt(P *p, CXCursor c);

static Node *new_node(P *p, NodeKind k, CXCursor c) {
  Node *n = arena_alloc(p->a, ir_node_size(k));
  n->kind = k;
  if (k != N_OTHER_LIT && k != N_SIZEOF)  // never where a finding points
    n->span = span_of(p, c);
  return n;
}

// A literal or address that is storage nobody allocated ("a string literal"): a
// finding may point at it (releasing it).
static Node *storage_node(P *p, CXCursor c, const char *what) {
  Node *n = new_node(p, N_OTHER_LIT, c);
  n->name = what;
  n->span = span_of(p, c);
  return n;
}

// The arena a function's lists of kids and of declared variables grow in: they are
// copied at their final size when the function is lowered (exact_lists).
static Arena *list_arena(P *p) { return p->fn ? p->decl_tmp : p->a; }

static void add_kid(P *p, Node *n, Node *k, int *cap) {
  if (k)
    ARR_PUSH(list_arena(p), n->kids, n->nkids, *cap, k);
}

// Copies the lists under 'n' out of the lists' arena, each at its final size.
static void exact_lists(P *p, Node *n) {
  if (n->nkids > 0) {
    Node **kids = arena_alloc(p->a, sizeof(Node *) * (size_t)n->nkids);
    memcpy(kids, n->kids, sizeof(Node *) * (size_t)n->nkids);
    n->kids = kids;
  }
  if ((n->kind == N_BLOCK || n->kind == N_FOR || n->kind == N_STMT_EXPR) && n->scope) {
    int k = 0;
    while (n->scope[k])
      k++;
    Var **scope = arena_alloc(p->a, sizeof(Var *) * (size_t)(k + 1));
    memcpy(scope, n->scope, sizeof(Var *) * (size_t)k);
    n->scope = scope;
  }
  Node *c;
  for (int i = 0; (c = ir_next_child(n, &i));)
    exact_lists(p, c);
}

// An unmodelled expression: its sub-expressions are still lowered (for their effects).
static Node *unknown(P *p, CXCursor c) {
  Node *n = new_node(p, N_UNKNOWN, c);
  Kids k;
  kids_of(p, c, &k);
  int cap = 0;
  for (int i = 0; i < k.n; i++)
    if (is_expr(kid(&k, i)))
      add_kid(p, n, expr(p, kid(&k, i)), &cap);
    else if (clang_getCursorKind(kid(&k, i)) == CXCursor_CompoundStmt)
      add_kid(p, n, stmt(p, kid(&k, i)), &cap);
  return n;
}

static bool type_is_pointer(CXType t) {
  CXType ct = clang_getCanonicalType(t);
  return ct.kind == CXType_Pointer || ct.kind == CXType_NullPtr;
}

// Casts and parentheses are transparent; a literal 0 converted to a pointer is NULL.
static Node *transparent(P *p, CXCursor c) {
  Kids k;
  kids_of(p, c, &k);
  CXCursor last = clang_getNullCursor();
  int nexpr = 0;
  for (int i = 0; i < k.n; i++)
    if (is_expr(kid(&k, i))) {
      last = kid(&k, i);
      nexpr++;
    }
  if (nexpr != 1)
    return unknown(p, c);
  Node *n = expr(p, last);
  if (n->kind == N_NUM && n->num == 0 && type_is_pointer(clang_getCursorType(c)))
    n->kind = N_NULL;
  return n;
}

static Node *var_ref(P *p, CXCursor c) {
  CXCursor ref = clang_getCursorReferenced(c);
  enum CXCursorKind k = clang_getCursorKind(ref);
  if (k == CXCursor_VarDecl || k == CXCursor_ParmDecl) {
    Var *v = map_get(p, ref);
    if (!v && k == CXCursor_VarDecl && clang_Cursor_getStorageClass(ref) != CX_SC_None
        && clang_getCursorSemanticParent(ref).kind == CXCursor_TranslationUnit)
      v = declare_var(p, ref, VK_GLOBAL);
    if (!v && k == CXCursor_VarDecl)
      v = map_get(p, ref);
    if (v) {
      Node *n = arena_alloc(p->a, ir_node_size(N_VAR));
      n->kind = N_VAR;
      n->span = name_span(p, c, v->name);
      n->var = v->kind == VK_GLOBAL ? global_place(p, v) : v;
      return n;
    }
  }
  if (k == CXCursor_EnumConstantDecl) {
    Node *n = new_node(p, N_NUM, c);
    n->num = clang_getEnumConstantDeclValue(ref);
    return n;
  }
  if (k == CXCursor_FunctionDecl)
    return storage_node(p, c, arena_printf(p->a, "the function '%s'", str(p, clang_getCursorSpelling(ref))));
  return new_node(p, N_OTHER_LIT, c);
}

static Node *int_lit(P *p, CXCursor c) {
  Node *n = new_node(p, N_NUM, c);
  CXEvalResult r = clang_Cursor_Evaluate(c);
  if (r) {
    if (clang_EvalResult_getKind(r) == CXEval_Int)
      n->num = clang_EvalResult_getAsLongLong(r);
    clang_EvalResult_dispose(r);
  } else {
    n->num = 1;  // unknown value: never mistaken for 0/NULL
  }
  return n;
}

// 'n' (lowered from 'c'), or its value if clang folds it to an integer.
static Node *folded(P *p, CXCursor c, Node *n) {
  CXEvalResult r = clang_Cursor_Evaluate(c);
  if (!r)
    return n;
  if (clang_EvalResult_getKind(r) == CXEval_Int) {
    n = new_node(p, N_NUM, c);
    n->num = clang_EvalResult_getAsLongLong(r);
  }
  clang_EvalResult_dispose(r);
  return n;
}

static Node *first_expr_child(P *p, CXCursor c, int skip) {
  Kids k;
  kids_of(p, c, &k);
  for (int i = 0; i < k.n; i++)
    if (is_expr(kid(&k, i)) && skip-- == 0)
      return expr(p, kid(&k, i));
  return NULL;
}

#ifdef OWNCK_HAVE_OPERATOR_KIND
// The operator as op_spelling() would spell it, from the LLVM 17+ enum.
static const char *unary_op(P *p, CXCursor c) {
  (void)p;
  switch (clang_getCursorUnaryOperatorKind(c)) {
  case CXUnaryOperator_AddrOf: return "&";
  case CXUnaryOperator_Deref: return "*";
  case CXUnaryOperator_LNot: return "!";
  case CXUnaryOperator_PostInc: return "post++";
  case CXUnaryOperator_PostDec: return "post--";
  case CXUnaryOperator_PreInc: return "++";
  case CXUnaryOperator_PreDec: return "--";
  case CXUnaryOperator_Plus: return "+";
  case CXUnaryOperator_Minus: return "-";
  case CXUnaryOperator_Extension: return "__extension__";
  default: return "?";
  }
}
#else
static const char *unary_op(P *p, CXCursor c) { return op_spelling(p, c, false); }
#endif

static Node *unary(P *p, CXCursor c) {
  const char *op = unary_op(p, c);
  Node *operand = first_expr_child(p, c, 0);
  if (!operand)
    return unknown(p, c);
  NodeKind k = N_UNARY;
  Node *n;
  if (!strcmp(op, "&"))
    k = N_ADDR;
  else if (!strcmp(op, "*"))
    k = N_DEREF;
  else if (!strcmp(op, "!"))
    k = N_NOT;
  else if (strstr(op, "++") || strstr(op, "--"))
    k = N_INCDEC;
  else if (!strcmp(op, "__extension__") || !strcmp(op, "+"))
    return operand;
  else if (!strcmp(op, "-") && operand->kind == N_NUM) {
    operand->num = -operand->num;  // -1: the invalid handle, MAP_FAILED
    operand->span = span_of(p, c);
    return operand;
  }
  n = new_node(p, k, c);
  n->lhs = operand;
  n->postfix = strstr(op, "post") == op;
  if (k == N_INCDEC)
    n->num = strstr(op, "++") ? 1 : -1;
  if (k == N_ADDR || k == N_INCDEC)
    written(operand);
  if (k == N_ADDR && operand->kind == N_VAR)
    (operand->var->global ? operand->var->global : operand->var)->addr_taken = true;
  return n;
}

#ifndef OWNCK_HAVE_OPERATOR_KIND
static NodeKind binop_kind(const char *op) {
  static const struct { const char *s; NodeKind k; } t[] = {
      {"=", N_ASSIGN}, {"&&", N_LOGAND}, {"||", N_LOGOR}, {"==", N_EQ}, {"!=", N_NE},
      {"<", N_LT},     {"<=", N_LE},     {">", N_GT},     {">=", N_GE}, {",", N_COMMA},
  };
  for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
    if (!strcmp(op, t[i].s))
      return t[i].k;
  return N_BINARY;
}
#endif

#ifdef OWNCK_HAVE_OPERATOR_KIND
// +1 for '+' and '+=', -1 for '-' and '-=', else 0.
static int add_sign(P *p, CXCursor c) {
  (void)p;
  switch (clang_getCursorBinaryOperatorKind(c)) {
  case CXBinaryOperator_Add: case CXBinaryOperator_AddAssign: return 1;
  case CXBinaryOperator_Sub: case CXBinaryOperator_SubAssign: return -1;
  default: return 0;
  }
}

static NodeKind binary_kind(P *p, CXCursor c) {
  (void)p;
  switch (clang_getCursorBinaryOperatorKind(c)) {
  case CXBinaryOperator_Assign: return N_ASSIGN;
  case CXBinaryOperator_LAnd: return N_LOGAND;
  case CXBinaryOperator_LOr: return N_LOGOR;
  case CXBinaryOperator_EQ: return N_EQ;
  case CXBinaryOperator_NE: return N_NE;
  case CXBinaryOperator_LT: return N_LT;
  case CXBinaryOperator_LE: return N_LE;
  case CXBinaryOperator_GT: return N_GT;
  case CXBinaryOperator_GE: return N_GE;
  case CXBinaryOperator_Comma: return N_COMMA;
  default: return N_BINARY;
  }
}
#else
static NodeKind binary_kind(P *p, CXCursor c) { return binop_kind(op_spelling(p, c, true)); }
static int add_sign(P *p, CXCursor c) {
  const char *op = op_spelling(p, c, true);
  return op[0] == '+' ? 1 : op[0] == '-' ? -1 : 0;
}
#endif

static Node *binary(P *p, CXCursor c, bool compound) {
  Kids k;
  kids_of(p, c, &k);
  if (k.n != 2)
    return unknown(p, c);
  Node *n = new_node(p, compound ? N_OPASSIGN : binary_kind(p, c), c);
  n->lhs = expr(p, kid(&k, 0));
  if (n->kind == N_ASSIGN && n->lhs->var && (n->lhs->kind == N_VAR || n->lhs->kind == N_MEMBER))
    p->init_target = n->lhs->var;  // 'v = (struct view){.w = &x}' stores field by field
  n->rhs = expr(p, kid(&k, 1));
  p->init_target = NULL;
  if (n->kind == N_ASSIGN || n->kind == N_OPASSIGN)
    written(n->lhs);
  else if (n->lhs->kind == N_NUM && n->rhs->kind == N_NUM)
    return folded(p, c, n);  // '5 + 1', 'A | B', '5 == 5'
  if ((n->kind == N_BINARY || n->kind == N_OPASSIGN) && type_is_pointer(clang_getCursorType(kid(&k, 0))))
    n->num = add_sign(p, c);  // pointer arithmetic: 'p + 1', 'p -= n'
  return n;
}

// Is 'field' (a FieldDecl) a member of a union?
static bool in_union(CXCursor field) {
  return clang_getCursorKind(field) == CXCursor_FieldDecl
         && clang_getCursorKind(clang_getCursorSemanticParent(field)) == CXCursor_UnionDecl;
}

static const FieldInfo *field_info(P *p, CXCursor field) {
  FieldInfo *fi = cmap_get(&p->fields, field);
  if (fi)
    return fi;
  fi = arena_alloc(p->tmp, sizeof *fi);
  long long bits = clang_Cursor_getOffsetOfField(field);
  *fi = (FieldInfo){str(p, clang_getCursorSpelling(field)), bits >= 0 ? bits / 8 : -1, in_union(field)};
  cmap_put(p->tmp, &p->fields, field, fi);
  return fi;
}

static Node *member(P *p, CXCursor c) {
  Node *n = new_node(p, N_MEMBER, c);
  CXCursor ref = clang_getCursorReferenced(c);
  const FieldInfo *fe = clang_getCursorKind(ref) == CXCursor_FieldDecl ? field_info(p, ref) : NULL;
  n->name = fe ? fe->name : str(p, clang_getCursorSpelling(c));
  Kids k;
  kids_of(p, c, &k);
  CXCursor base = clang_getNullCursor();
  for (int i = 0; i < k.n; i++)
    if (is_expr(kid(&k, i)))
      base = kid(&k, i);
  if (clang_Cursor_isNull(base))
    return n;  // implicit base (anonymous member): nothing to track
  n->lhs = expr(p, base);
  n->arrow = type_is_pointer(clang_getCursorType(base));
  n->num = fe ? fe->offset : -1;
  n->in_union = fe && fe->in_union;
  if (n->lhs->var && (n->lhs->kind == N_VAR || n->lhs->kind == N_MEMBER || n->lhs->kind == N_INDEX)) {
    n->var = field_var(p, n->lhs->var, n->name, n->arrow, clang_getCursorType(c));
    if (n->var)
      n->var->in_union = n->in_union;
    CXCursor fd = ref;
    if (n->var && !n->var->ann.bits && clang_getCursorKind(fd) == CXCursor_FieldDecl) {
      n->var->ann = ann_of(p, fd, clang_getCursorType(fd));
      n->var->decl = loc_of(p, fd, (int)strlen(n->name));
    }
  }
  return n;
}

static bool is_setjmp(const char *name) {
  return !strcmp(name, "setjmp") || !strcmp(name, "_setjmp") || !strcmp(name, "sigsetjmp")
         || !strcmp(name, "__sigsetjmp") || !strcmp(name, "savectx") || !strcmp(name, "vfork");
}

static Node *call(P *p, CXCursor c) {
  CXCursor ref = clang_getCursorReferenced(c);
  Node *n = new_node(p, N_CALL, c);
  int nargs = clang_Cursor_getNumArguments(c);
  if (clang_getCursorKind(ref) == CXCursor_FunctionDecl) {
    n->sig = sig_of(p, ref);
    if (!strcmp(n->sig->name, "__builtin_expect") && nargs >= 1)
      return expr(p, clang_Cursor_getArgument(c, 0));
    if (is_setjmp(n->sig->name) && p->fn && !p->fn->skip) {
      p->fn->skip = arena_printf(p->a, "it calls '%s'", n->sig->name);
      p->fn->skip_at = n->span;
    }
  } else {
    Kids k;
    kids_of(p, c, &k);
    if (k.n > 0 && is_expr(kid(&k, 0)))
      n->lhs = expr(p, kid(&k, 0));  // the callee expression (function pointer)
  }
  int cap = 0;
  for (int i = 0; i < nargs; i++)
    add_kid(p, n, expr(p, clang_Cursor_getArgument(c, (unsigned)i)), &cap);
  return n;
}

static Node *cond_op(P *p, CXCursor c) {
  Kids k;
  kids_of(p, c, &k);
  if (k.n != 3)
    return unknown(p, c);
  Node *n = new_node(p, N_COND, c);
  n->cond = expr(p, kid(&k, 0));
  n->then = expr(p, kid(&k, 1));
  n->els = expr(p, kid(&k, 2));
  return n;
}

static Node *stmt_expr(P *p, CXCursor c) {
  Node *n = new_node(p, N_STMT_EXPR, c);
  Kids k;
  kids_of(p, c, &k);
  if (k.n >= 1 && clang_getCursorKind(kid(&k, 0)) == CXCursor_CompoundStmt)
    n->body = stmt(p, kid(&k, 0));
  return n;
}

typedef struct Fields {
  CXCursor *f;
  int n, cap;
  Arena *a;
} Fields;

static enum CXVisitorResult field_visit(CXCursor c, CXClientData data) {
  Fields *fs = data;
  ARR_PUSH(fs->a, fs->f, fs->n, fs->cap, c);
  return CXVisit_Continue;
}

// The place of 'target' that initializer element 'c' (the i-th) initialises: the
// field it designates ('.w = &x') or the i-th field, or for an array the array itself
// (its elements are not told apart); NULL when that is not known.
static Var *init_place(P *p, Var *target, CXType t, const Fields *fs, CXCursor c, int i) {
  CXType ct = clang_getCanonicalType(t);
  if (ct.kind == CXType_ConstantArray || ct.kind == CXType_IncompleteArray)
    return target;
  if (ct.kind != CXType_Record)
    return NULL;
  CXCursor fd = clang_getNullCursor();
  Kids k;
  kids_of(p, c, &k);
  if (clang_getCursorKind(c) == CXCursor_UnexposedExpr && k.n > 0
      && clang_getCursorKind(kid(&k, 0)) == CXCursor_MemberRef) {
    if (k.n != 2)
      return NULL;  // '.a.b = x', '.a[1] = x': nested designators
    fd = clang_getCursorReferenced(kid(&k, 0));
  } else if (i < fs->n && (k.n == 0 || clang_getCursorKind(kid(&k, 0)) != CXCursor_MemberRef)) {
    fd = fs->f[i];
  }
  if (clang_getCursorKind(fd) != CXCursor_FieldDecl)
    return NULL;
  const char *name = str(p, clang_getCursorSpelling(fd));
  if (!*name)
    return NULL;
  Var *v = field_var(p, target, name, false, clang_getCursorType(fd));
  if (v) {
    v->in_union = in_union(fd);
    if (!v->ann.bits) {
      v->ann = ann_of(p, fd, clang_getCursorType(fd));
      v->decl = loc_of(p, fd, (int)strlen(name));
    }
  }
  return v;
}

// An initializer list. When it initialises a place (p->init_target: a declaration's
// variable, an assignment's left side, an enclosing list's element), the list
// records the field place each element initialises (dsts), so cfg.c stores it there.
static Node *init_list(P *p, CXCursor c) {
  Var *target = p->init_target;
  p->init_target = NULL;
  Node *n = new_node(p, N_INIT_LIST, c);
  Kids k;
  kids_of(p, c, &k);
  CXType t = clang_getCursorType(c);
  Fields fs = {NULL, 0, 0, p->a};
  bool positional_union = false;
  if (target && clang_getCanonicalType(t).kind == CXType_Record) {
    clang_Type_visitFields(clang_getCanonicalType(t), field_visit, &fs);
    positional_union = clang_getCursorKind(clang_getTypeDeclaration(clang_getCanonicalType(t))) == CXCursor_UnionDecl;
  }
  int cap = 0, pos = 0;
  Var **dsts = arena_alloc(p->decl_tmp, sizeof(Var *) * (size_t)(k.n + 1));
  bool any = false;
  for (int i = 0; i < k.n; i++) {
    if (!is_expr(kid(&k, i)))
      continue;
    Var *dst = target && !(positional_union && pos > 0) ? init_place(p, target, t, &fs, kid(&k, i), pos) : NULL;
    p->init_target = dst;
    Node *e = expr(p, kid(&k, i));
    p->init_target = NULL;
    dsts[n->nkids] = dst;
    any |= dst != NULL;
    add_kid(p, n, e, &cap);
    pos++;
  }
  if (any) {
    n->dsts = arena_alloc(p->a, sizeof(Var *) * (size_t)(n->nkids + 1));
    memcpy(n->dsts, dsts, sizeof(Var *) * (size_t)n->nkids);
  }
  return n;
}

static Node *expr_kind(P *p, CXCursor c);

// Too deeply nested to lower without risking the stack (a 30,000-term 'a + b + ...'
// is one AST level per term): the function is skipped with a note.
static bool too_deep(P *p, CXCursor c) {
  if (p->depth < MAX_NESTING)
    return false;
  p->lost_writes = true;  // what is not lowered may write a static
  if (p->fn && !p->fn->skip) {
    p->fn->skip = "its statements or expressions are nested too deeply";
    p->fn->skip_at = span_of(p, c);
  }
  return true;
}

static Node *expr(P *p, CXCursor c) {
  if (too_deep(p, c))
    return new_node(p, N_OTHER_LIT, c);
  p->depth++;
  Node *n = expr_kind(p, c);
  p->depth--;
  return n;
}

static Node *expr_kind(P *p, CXCursor c) {
  enum CXCursorKind kind = clang_getCursorKind(c);
  if (kind != CXCursor_UnexposedExpr && kind != CXCursor_ParenExpr && kind != CXCursor_CompoundLiteralExpr
      && kind != CXCursor_InitListExpr)
    p->init_target = NULL;  // only an initializer itself initialises the target
  switch (kind) {
  case CXCursor_UnexposedExpr:
  case CXCursor_ParenExpr:
  case CXCursor_CStyleCastExpr:
  case CXCursor_CompoundLiteralExpr:  // (struct s){...}: its initializer list
    return transparent(p, c);
  case CXCursor_DeclRefExpr:
    return var_ref(p, c);
  case CXCursor_IntegerLiteral:
    return int_lit(p, c);
  case CXCursor_GNUNullExpr:
  case CXCursor_CXXNullPtrLiteralExpr:
    return new_node(p, N_NULL, c);
  case CXCursor_StringLiteral:
    return storage_node(p, c, "a string literal");
  case CXCursor_FloatingLiteral:
  case CXCursor_CharacterLiteral:
  case CXCursor_ImaginaryLiteral:
  case CXCursor_FixedPointLiteral:
    return new_node(p, N_OTHER_LIT, c);
  case CXCursor_UnaryOperator:
    return unary(p, c);
  case CXCursor_BinaryOperator:
    return binary(p, c, false);
  case CXCursor_CompoundAssignOperator:
    return binary(p, c, true);
  case CXCursor_MemberRefExpr:
    return member(p, c);
  case CXCursor_ArraySubscriptExpr: {
    Node *n = new_node(p, N_INDEX, c);
    n->lhs = first_expr_child(p, c, 0);
    n->rhs = first_expr_child(p, c, 1);
    if (!n->lhs || !n->rhs)
      return unknown(p, c);
    n->var = elem_var(p, n, clang_getCursorType(c));
    return n;
  }
  case CXCursor_CallExpr:
    return call(p, c);
  case CXCursor_ConditionalOperator:
    return cond_op(p, c);
  case CXCursor_StmtExpr:
    return stmt_expr(p, c);
  case CXCursor_InitListExpr:
    return init_list(p, c);
  case CXCursor_UnaryExpr:  // sizeof, _Alignof: operand not evaluated; its value if constant
    return folded(p, c, new_node(p, N_SIZEOF, c));
  case CXCursor_AddrLabelExpr:  // GNU '&&label'
    return storage_node(p, c, "the address of a label");
  default:
    return unknown(p, c);
  }
}

// ---- statements ----

// Adds 'v' to the variables declared in block 'blk' (a NULL-terminated list; *n of
// them so far, room for *cap).
static void scope_add(P *p, Node *blk, Var *v, int *n, int *cap) {
  ARR_PUSH(list_arena(p), blk->scope, *n, *cap, v);
  ARR_PUSH(list_arena(p), blk->scope, *n, *cap, NULL);
  --*n;  // the next one takes the terminator's place
}

// Appends one N_DECL per variable of DeclStmt 'c' to block 'blk' and its scope.
// Static and extern locals outlive the block: they are not in its scope.
static void decl_stmt(P *p, CXCursor c, Node *blk, int *cap, int *nscope, int *scap) {
  Kids k;
  kids_of(p, c, &k);
  for (int i = 0; i < k.n; i++) {
    CXCursor d = kid(&k, i);
    if (clang_getCursorKind(d) != CXCursor_VarDecl)
      continue;
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
    if (sc == CX_SC_Extern) {
      if (!map_get(p, d))
        declare_var(p, d, VK_GLOBAL);
      continue;
    }
    Var *v = declare_var(p, d, VK_LOCAL);
    Node *n = new_node(p, N_DECL, d);
    n->var = v;
    CXCursor init = clang_Cursor_getVarDeclInitializer(d);
    if (!clang_Cursor_isNull(init) && !v->is_static) {
      p->init_target = v;
      n->rhs = expr(p, init);
      p->init_target = NULL;
    }
    if (!clang_Cursor_isNull(init) && v->is_static)  // 'static int *q = &count;'
      clang_visitChildren(d, init_refs, p);
    if (v->is_const && !v->is_static && v->ty.kind == TY_INT && n->rhs && n->rhs->kind == N_NUM) {
      v->has_value = true;  // 'const int n = 5;'
      v->value = n->rhs->num;
    }
    if (!v->is_static)
      scope_add(p, blk, v, nscope, scap);
    add_kid(p, blk, n, cap);
  }
}

static Node *block(P *p, CXCursor c) {
  Node *n = new_node(p, N_BLOCK, c);
  Kids k;
  kids_of(p, c, &k);
  int cap = 0, nscope = 0, scap = 0;
  for (int i = 0; i < k.n; i++) {
    CXCursor s = kid(&k, i);
    if (clang_getCursorKind(s) == CXCursor_DeclStmt)
      decl_stmt(p, s, n, &cap, &nscope, &scap);
    else
      add_kid(p, n, stmt(p, s), &cap);
  }
  return n;
}

// The file offsets of the two ';' of a for statement's header, found by scanning
// the source text from the 'for' to its body (skipping nested brackets, strings,
// character constants and comments). Returns how many were found: fewer than 2
// when the header is spelled through a macro.
static int header_semicolons(P *p, CXCursor c, CXCursor body, unsigned semi[2]) {
  CXFile f, fb;
  unsigned from, to;
  clang_getFileLocation(clang_getRangeStart(clang_getCursorExtent(c)), &f, NULL, NULL, &from);
  clang_getFileLocation(clang_getRangeStart(clang_getCursorExtent(body)), &fb, NULL, NULL, &to);
  size_t size;
  const char *text = f && f == fb ? clang_getFileContents(p->ctu, f, &size) : NULL;
  if (!text || to > size || from >= to)
    return 0;
  int depth = 0, n = 0;
  for (unsigned i = from; i < to && n < 2; i++) {
    char ch = text[i];
    if (ch == '"' || ch == '\'') {  // a string or character constant
      for (i++; i < to && text[i] != ch; i++)
        i += text[i] == '\\';
    } else if (ch == '/' && i + 1 < to && text[i + 1] == '*') {
      for (i += 2; i + 1 < to && !(text[i] == '*' && text[i + 1] == '/'); i++)
        ;
      i++;
    } else if (ch == '/' && i + 1 < to && text[i + 1] == '/') {
      while (i < to && text[i] != '\n')
        i++;
    } else if (ch == '(' || ch == '[' || ch == '{') {
      depth++;
    } else if (ch == ')' || ch == ']' || ch == '}') {
      depth--;
    } else if (ch == ';' && depth == 1) {
      semi[n++] = i;
    }
  }
  return n;
}

// The parts of 'for (init; cond; inc) body' that are present, told apart by where
// the two semicolons are (libclang omits missing parts without a placeholder).
static Node *for_stmt(P *p, CXCursor c) {
  Node *n = new_node(p, N_FOR, c);
  Kids k;
  kids_of(p, c, &k);
  if (k.n == 0)
    return n;
  CXCursor body = kid(&k, k.n - 1);
  unsigned semi[2] = {0, 0};
  int nsemi = k.n < 4 ? header_semicolons(p, c, body, semi) : 0;
  for (int i = 0; i < k.n - 1; i++) {
    CXCursor part = kid(&k, i);
    unsigned off;
    clang_getFileLocation(clang_getCursorLocation(part), NULL, NULL, NULL, &off);
    int slot;  // 0 init, 1 cond, 2 inc
    if (nsemi == 2)
      slot = off < semi[0] ? 0 : off < semi[1] ? 1 : 2;
    else if (k.n == 4)
      slot = i;
    else
      slot = clang_getCursorKind(part) == CXCursor_DeclStmt ? 0 : 1;  // macro-hidden: assume cond
    if (slot == 0) {
      Node *init = new_node(p, N_BLOCK, part);
      if (clang_getCursorKind(part) == CXCursor_DeclStmt) {
        int cap = 0, nscope = 0, scap = 0;
        decl_stmt(p, part, init, &cap, &nscope, &scap);
      } else {
        Node *es = new_node(p, N_EXPR_STMT, part);
        es->lhs = expr(p, part);
        int cap = 0;
        add_kid(p, init, es, &cap);
      }
      n->init = init;
    } else if (slot == 1) {
      n->cond = expr(p, part);
    } else {
      n->inc = expr(p, part);
    }
  }
  n->body = stmt(p, body);
  return n;
}

static Node *labelled(P *p, CXCursor c, NodeKind kind) {
  Node *n = new_node(p, kind, c);
  Kids k;
  kids_of(p, c, &k);
  int first = 0;
  if (kind == N_CASE) {
    if (k.n >= 1 && is_expr(kid(&k, 0))) {
      n->val = expr(p, kid(&k, 0));
      first = 1;
    }
    if (k.n >= 3 && is_expr(kid(&k, 1))) {
      n->rhs = expr(p, kid(&k, 1));
      first = 2;
    }
  }
  if (kind == N_LABEL)
    n->name = str(p, clang_getCursorSpelling(c));
  if (k.n > first)
    n->body = stmt(p, kid(&k, k.n - 1));
  return n;
}

static enum CXChildVisitResult count_enumerators(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  if (clang_getCursorKind(c) == CXCursor_EnumConstantDecl)
    ++*(long long *)data;
  return CXChildVisit_Continue;
}

// How many enumerators the enum type of a switch's controlling expression has
// (looking through the integer promotion), or 0 if it is not of an enum type.
static long long enum_count(P *p, CXCursor c) {
  (void)p;
  for (int depth = 0; depth < 8; depth++) {
    CXType t = clang_getCanonicalType(clang_getCursorType(c));
    if (t.kind == CXType_Enum) {
      long long n = 0;
      clang_visitChildren(clang_getTypeDeclaration(t), count_enumerators, &n);
      return n;
    }
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k != CXCursor_UnexposedExpr && k != CXCursor_ParenExpr)
      return 0;
    Kids kids;
    kids_of(p, c, &kids);
    if (kids.n != 1)
      return 0;
    c = kid(&kids, 0);
  }
  return 0;
}

static Node *ctl(P *p, CXCursor c, NodeKind kind) {
  Node *n = new_node(p, kind, c);
  Kids k;
  kids_of(p, c, &k);
  switch (kind) {
  case N_IF:
    if (k.n < 2)
      return n;
    n->cond = expr(p, kid(&k, 0));
    n->then = stmt(p, kid(&k, 1));
    if (k.n >= 3)
      n->els = stmt(p, kid(&k, 2));
    break;
  case N_WHILE:
  case N_SWITCH:
    if (k.n < 2)
      return n;
    n->cond = expr(p, kid(&k, k.n - 2));
    n->body = stmt(p, kid(&k, k.n - 1));
    if (kind == N_SWITCH)
      n->num = enum_count(p, kid(&k, k.n - 2));
    break;
  case N_DO:
    if (k.n < 2)
      return n;
    n->body = stmt(p, kid(&k, 0));
    n->cond = expr(p, kid(&k, 1));
    break;
  case N_RETURN:
    if (k.n >= 1 && is_expr(kid(&k, 0)))
      n->lhs = expr(p, kid(&k, 0));
    break;
  case N_GOTO:
    if (k.n >= 1)
      n->name = str(p, clang_getCursorSpelling(kid(&k, 0)));
    break;
  default:
    break;
  }
  return n;
}

static Node *stmt_kind(P *p, CXCursor c);

static Node *stmt(P *p, CXCursor c) {
  if (too_deep(p, c))
    return new_node(p, N_NULL_STMT, c);
  p->depth++;
  Node *n = stmt_kind(p, c);
  p->depth--;
  return n;
}

static Node *stmt_kind(P *p, CXCursor c) {
  enum CXCursorKind k = clang_getCursorKind(c);
  switch (k) {
  case CXCursor_CompoundStmt: return block(p, c);
  case CXCursor_IfStmt: return ctl(p, c, N_IF);
  case CXCursor_WhileStmt: return ctl(p, c, N_WHILE);
  case CXCursor_DoStmt: return ctl(p, c, N_DO);
  case CXCursor_SwitchStmt: return ctl(p, c, N_SWITCH);
  case CXCursor_ReturnStmt: return ctl(p, c, N_RETURN);
  case CXCursor_GotoStmt: return ctl(p, c, N_GOTO);
  case CXCursor_ForStmt: return for_stmt(p, c);
  case CXCursor_CaseStmt: return labelled(p, c, N_CASE);
  case CXCursor_DefaultStmt: return labelled(p, c, N_DEFAULT);
  case CXCursor_LabelStmt: return labelled(p, c, N_LABEL);
  case CXCursor_BreakStmt: return new_node(p, N_BREAK, c);
  case CXCursor_ContinueStmt: return new_node(p, N_CONTINUE, c);
  case CXCursor_NullStmt: return new_node(p, N_NULL_STMT, c);
  case CXCursor_IndirectGotoStmt: return new_node(p, N_INDIRECT_GOTO, c);
  case CXCursor_GCCAsmStmt:
  case CXCursor_MSAsmStmt: {  // kids: the operand expressions, if any
    Node *n = unknown(p, c);
    n->kind = N_ASM;
    return n;
  }
  case CXCursor_DeclStmt: {
    // A declaration where one statement is expected (e.g. after a label):
    // wrap it in a block that does not end its variables' scope early.
    Node *b = new_node(p, N_BLOCK, c);
    int cap = 0, nscope = 0, scap = 0;
    decl_stmt(p, c, b, &cap, &nscope, &scap);
    b->scope = NULL;  // they die with the enclosing block, or at the function's exit
    return b;
  }
  default:
    if (clang_isExpression(k)) {
      Node *n = new_node(p, N_EXPR_STMT, c);
      n->lhs = expr(p, c);
      return n;
    }
    return new_node(p, N_NULL_STMT, c);  // attributes, static_assert, unexposed
  }
}

// ---- functions and the translation unit ----

static void lower_function(P *p, CXCursor c) {
  Func *f = arena_alloc(p->a, sizeof *f);
  f->name = str(p, clang_getCursorSpelling(c));
  f->span = loc_of(p, c, (int)strlen(f->name));
  f->sig = sig_of(p, c);
  f->sig->defined = true;
  f->unchecked = (f->sig->ret.bits & ANN_UNCHECKED) != 0;
  p->fn = f;
  Kids k;
  kids_of(p, c, &k);
  int nparams = clang_Cursor_getNumArguments(c);
  if (nparams > 0) {
    f->params = arena_alloc(p->a, sizeof(Var *) * (size_t)nparams);
    for (int i = 0; i < nparams; i++)
      f->params[f->nparams++] = declare_var(p, clang_Cursor_getArgument(c, (unsigned)i), VK_PARAM);
  }
  for (int i = 0; i < k.n; i++)
    if (clang_getCursorKind(kid(&k, i)) == CXCursor_CompoundStmt) {
      CXCursor body = kid(&k, i);
      f->body = block(p, body);
      CXSourceLocation end = clang_getRangeEnd(clang_getCursorExtent(body));
      CXFile file;
      unsigned line, col;
      clang_getFileLocation(end, &file, &line, &col, NULL);
      f->end = (Span){file_index(p, file), (int)line, col > 1 ? (int)col - 1 : 1, (int)line, (int)col};
    }
  if (f->body)
    exact_lists(p, f->body);
  p->fn = NULL;
  if (f->body)
    ARR_PUSH(p->a, p->tu->funcs, p->tu->nfuncs, p->tu->capfuncs, f);
}

// The empty span where 'c''s extent starts; '*macro' if it is spelled in a macro.
static Span start_of(P *p, CXCursor c, bool *macro) {
  CXSourceLocation loc = clang_getRangeStart(clang_getCursorExtent(c));
  CXFile f, sf;
  unsigned line, col, sline, scol;
  clang_getExpansionLocation(loc, &f, &line, &col, NULL);
  clang_getSpellingLocation(loc, &sf, &sline, &scol, NULL);
  *macro |= !f || !sf || !clang_File_isEqual(f, sf) || line != sline || col != scol;
  if (!f)
    return (Span){0};
  int fi = file_index(p, f);
  return (Span){fi, (int)line, (int)col, (int)line, (int)col};
}

// Records where function 'c' is declared (or defined), for fix-its. (Not through
// sig_of: the declaration that makes a function's FnSig stays the one it was.)
static void record_decl(P *p, CXCursor c) {
  SigDecl d = {0};
  d.start = start_of(p, c, &d.macro);
  d.definition = clang_isCursorDefinition(c) != 0;
  int n = clang_Cursor_getNumArguments(c);
  if (n > 0) {
    d.params = arena_alloc(p->a, sizeof(Span) * (size_t)n);
    for (int i = 0; i < n; i++)
      d.params[d.nparams++] = start_of(p, clang_Cursor_getArgument(c, (unsigned)i), &d.macro);
  }
  int n0 = p->ndecls;
  ARR_PUSH(p->tmp, p->decls, p->ndecls, p->capdecls, d);
  ARR_PUSH(p->a, p->decl_names, n0, p->capdecl_names, str(p, clang_getCursorSpelling(c)));
}

// Hangs the declarations recorded on the FnSigs of the functions called or defined.
static void attach_decls(P *p) {
  for (int i = 0; i < p->ndecls; i++) {
    FnSig *s = sig_lookup(p, p->decl_names[i]);
    if (s)
      ARR_PUSH(p->a, s->decls, s->ndecls, s->capdecls, p->decls[i]);
  }
}

// Is 'c' in a header of the project's own (not a system header: functions defined in
// headers, static inline ones, are checked with every file that includes them, and
// the same finding from several files is reported once)?
static bool in_own_header(CXCursor c) {
  CXSourceLocation loc = clang_getCursorLocation(c);
  CXFile f;
  clang_getExpansionLocation(loc, &f, NULL, NULL, NULL);
  return f && !clang_Location_isInSystemHeader(loc);
}

// A variable named in a global's initializer may be written through what it
// initializes ('int *cursor = &count;'): it has no fixed value.
static enum CXChildVisitResult init_refs(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  P *p = data;
  if (clang_getCursorKind(c) == CXCursor_DeclRefExpr) {
    Var *v = map_get(p, clang_getCursorReferenced(c));
    if (v)
      v->written = true;
    else if (clang_getCursorKind(clang_getCursorReferenced(c)) == CXCursor_VarDecl)
      p->lost_writes = true;  // declared later: not known yet, so assume the worst
  }
  return CXChildVisit_Recurse;
}

static enum CXChildVisitResult top_visit(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  P *p = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k == CXCursor_FunctionDecl && p->tu->want_decls && !clang_Location_isInSystemHeader(clang_getCursorLocation(c)))
    record_decl(p, c);
  if (k == CXCursor_FunctionDecl && clang_isCursorDefinition(c) && (in_main_file(p, c) || in_own_header(c)))
    lower_function(p, c);
  else if (k == CXCursor_VarDecl) {
    if (!map_get(p, c))
      declare_var(p, c, VK_GLOBAL);
    CXCursor init = clang_Cursor_getVarDeclInitializer(c);
    if (!clang_Cursor_isNull(init))  // 'static int *cursor = &count;'
      clang_visitChildren(c, init_refs, p);
  }
  arena_reset(p->decl_tmp);  // no list or local of this declaration's is in use any more
  p->locals = (CursorMap){0};
  return CXChildVisit_Continue;
}

// Reports clang's errors (not warnings) for the main file; returns how many there were.
// An error with no location is about the command line ("unknown argument:
// '-fconserve-stack'", a gcc flag clang does not know): the file still parsed, so it
// does not count.
static int clang_errors(P *p, CXTranslationUnit ctu) {
  unsigned n = clang_getNumDiagnostics(ctu);
  int nerr = 0;
  for (unsigned i = 0; i < n; i++) {
    CXDiagnostic d = clang_getDiagnostic(ctu, i);
    enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
    if (sev >= CXDiagnostic_Error) {
      CXFile f;
      unsigned line, col;
      clang_getFileLocation(clang_getDiagnosticLocation(d), &f, &line, &col, NULL);
      if (f && nerr < 3) {
        Span sp = {0};
        sp.file = file_index(p, f);
        sp.line = sp.end_line = (int)line;
        sp.col = (int)col;
        sp.end_col = (int)col + 1;
        const char *msg = str(p, clang_getDiagnosticSpelling(d));
        Diag *e = diag_tool(p->tu->res, LVL_ERROR, sp, "%s", msg);
        if (strstr(msg, "'malloc' attribute takes no arguments"))  // GCC 11's malloc(deallocator)
          diag_help(p->tu->res, e, "guard GCC's 'malloc(deallocator)' with '#if !defined(__clang__)' and give ownck "
                                   "the deallocator as an annotation, OWNED_BY(deallocator), or as a model");
      }
      nerr += f != NULL;
    }
    clang_disposeDiagnostic(d);
  }
  return nerr;
}

// Records every file the translation unit read (the main file and each include), for
// the result cache.
static void inclusion(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData data) {
  (void)stack;
  (void)depth;
  P *p = data;
  CXString name = clang_getFileName(f);
  const char *s = clang_getCString(name);
  if (s && *s)
    ARR_PUSH(p->a, p->tu->deps, p->tu->ndeps, p->tu->capdeps, arena_strdup(p->a, in_dir(p, s)));
  clang_disposeString(name);
}

void *parse_index_new(void) {
  return clang_createIndex(0, 0);
}

void parse_index_free(void *index) {
  if (index)
    clang_disposeIndex(index);
}

static bool parse_common(Tu *tu, const char *path, struct CXUnsavedFile *unsaved, int argc,
                         const char *const *argv) {
  P p = {0};
  p.tu = tu;
  p.a = tu->arena;
  p.tmp = arena_new();
  p.decl_tmp = arena_child(p.tmp);
  tu->path = arena_strdup(tu->arena, path);
  CXIndex idx = tu->index ? tu->index : clang_createIndex(0, 0);
  unsigned flags = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
  CXTranslationUnit ctu = NULL;
  enum CXErrorCode err = clang_parseTranslationUnit2(idx, path, argv, argc, unsaved, unsaved ? 1 : 0,
                                                     flags, &ctu);
  res_file(tu->res, path);
  if (err != CXError_Success || !ctu) {
    tu->clang_errors = -1;
    if (!tu->index)
      clang_disposeIndex(idx);
    arena_free(p.tmp);
    return false;
  }
  p.ctu = ctu;
  p.main_file = clang_getFile(ctu, path);
  p.focus_file = tu->focus ? clang_getFile(ctu, tu->focus) : NULL;
  tu->clang_errors = clang_errors(&p, ctu);
  bool ok = tu->clang_errors == 0;
  if (tu->want_deps)
    clang_getInclusions(ctu, inclusion, &p);
  if (ok) {
    clang_visitChildren(clang_getTranslationUnitCursor(ctu), top_visit, &p);
    if (p.lost_writes)
      ir_forget_values(tu);
    attach_decls(&p);
  }
  clang_disposeTranslationUnit(ctu);
  if (!tu->index)
    clang_disposeIndex(idx);
  arena_free(p.tmp);
  if (arena_used(tu->arena) > RETURN_MEMORY_AFTER)  // a large file: its AST was larger still
    memory_return();
  return ok;
}

bool parse_tu(Tu *tu, const char *path, int argc, const char *const *argv) {
  return parse_common(tu, path, NULL, argc, argv);
}

bool parse_tu_string(Tu *tu, const char *name, const char *text, int argc, const char *const *argv) {
  struct CXUnsavedFile u = {name, text, (unsigned long)strlen(text)};
  return parse_common(tu, name, &u, argc, argv);
}
