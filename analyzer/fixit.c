// fixit.c: --apply-suggestions: the fix-its of the findings, written into the files.
//
// Takes the sorted Results of a run and, for every file some shown finding has a
// fix-it in, inserts the texts (each distinct edit once, however many findings or
// files of the run repeat it) at their positions, last position first so the earlier
// ones stay valid. A file is rewritten through a temporary file and a rename, so it
// is never left half written; a file whose text is not what the positions were read
// from (a line too short) is left alone, with an error.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyzer.h"

typedef struct Edit {
  int line, col;
  const char *text;
} Edit;

static int edit_cmp(const void *pa, const void *pb) {  // last position first, then by text
  const Edit *a = pa, *b = pb;
  if (a->line != b->line)
    return a->line > b->line ? -1 : 1;
  if (a->col != b->col)
    return a->col > b->col ? -1 : 1;
  return strcmp(b->text, a->text);
}

// The byte offset of line 'line', column 'col' (1-based) in 'text', or -1.
static long offset_of(const char *text, size_t len, int line, int col) {
  size_t i = 0;
  for (int l = 1; l < line; l++) {
    const char *nl = memchr(text + i, '\n', len - i);
    if (!nl)
      return -1;
    i = (size_t)(nl - text) + 1;
  }
  const char *nl = memchr(text + i, '\n', len - i);
  size_t end = nl ? (size_t)(nl - text) : len;
  return col >= 1 && i + (size_t)(col - 1) <= end ? (long)(i + (size_t)(col - 1)) : -1;
}

// Applies 'edits' (sorted, last first, distinct) to file 'path'; false after a message.
static bool apply_file(Arena *a, const char *path, Edit *e, int n, FILE *log) {
  size_t len;
  const char *text = arena_read_file(a, path, (size_t)1 << 30, &len);
  if (!text) {
    fprintf(stderr, "ownck: error: %s: cannot read it: %s\n", path, strerror(errno));
    return false;
  }
  size_t extra = 0;
  for (int i = 0; i < n; i++)
    extra += strlen(e[i].text);
  char *out = arena_alloc(a, len + extra + 1);
  size_t tail = len, w = len + extra;  // built from the end
  for (int i = 0; i < n; i++) {
    long off = offset_of(text, len, e[i].line, e[i].col);
    if (off < 0 || (size_t)off > tail) {
      fprintf(stderr, "ownck: error: %s:%d:%d: no such position: not edited\n", path, e[i].line, e[i].col);
      return false;
    }
    size_t keep = tail - (size_t)off, tl = strlen(e[i].text);
    memcpy(out + w - keep, text + off, keep);
    w -= keep;
    memcpy(out + w - tl, e[i].text, tl);
    w -= tl;
    tail = (size_t)off;
  }
  memcpy(out + w - tail, text, tail);
  const char *tmp = arena_printf(a, "%s.ownck-%ld.tmp", path, (long)getpid());
  FILE *f = fopen(tmp, "w");
  bool ok = f && fwrite(out, 1, len + extra, f) == len + extra;
  if (f)
    ok = (fclose(f) == 0) && ok;
  if (!ok || rename(tmp, path) != 0) {
    fprintf(stderr, "ownck: error: %s: cannot write it: %s\n", path, strerror(errno));
    unlink(tmp);
    return false;
  }
  fprintf(log, "ownck: %s: %d annotation%s inserted\n", path, n, n == 1 ? "" : "s");
  return true;
}

bool fixits_apply(BORROWED const Results *r, FILE *log) {
  Arena *a = arena_new();
  bool ok = true;
  for (int file = 0; file < r->nfiles; file++) {
    Edit *e = NULL;
    int n = 0, cap = 0;
    for (int i = 0; i < r->ndiags; i++) {
      const Diag *d = r->diags[i];
      for (int k = 0; diag_shown(d) && k < d->nfixes; k++)
        if (d->fixes[k].at.file == file && d->fixes[k].at.line > 0) {
          Edit x = {d->fixes[k].at.line, d->fixes[k].at.col, d->fixes[k].text};
          ARR_PUSH(a, e, n, cap, x);
        }
    }
    if (!n)
      continue;
    qsort(e, (size_t)n, sizeof *e, edit_cmp);
    int m = 0;
    for (int i = 0; i < n; i++)  // each distinct edit once
      if (!m || e[m - 1].line != e[i].line || e[m - 1].col != e[i].col || strcmp(e[m - 1].text, e[i].text))
        e[m++] = e[i];
    ok &= apply_file(a, r->files[file]->path, e, m, log);
  }
  arena_free(a);
  return ok;
}
