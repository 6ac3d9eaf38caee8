// floor: the cheapest possible libclang client that does what ownck must do before
// any analysis: parse one file exactly as ownck parses it, then visit every cursor
// of the translation unit once. ownck's time and memory are measured against this
// (docs/benchmarks.md); nothing ownck does on top of it is free.
//
//   floor [--resource-dir=DIR] FILE [clang flags...]
//
// The parse matches analyzer/parse.c (parse_common) and analyzer/main.c (clang_args):
// the user's flags (minus -Werror* and -c), then -D__OWNCK__=1 -ferror-limit=0
// -Wno-unknown-warning-option -Wno-unused-command-line-argument -resource-dir=DIR,
// with CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles.
// Like ownck it also reads the diagnostics to count errors. The resource dir is the
// option, else $OWNCK_RESOURCE_DIR, else FLOOR_RESOURCE_DIR (set by bench/run.sh).
//
// Prints "cursors=N errors=E" on stdout. Exit 0 when the parse succeeded (even with
// clang errors), 1 when libclang could not parse at all, 3 on bad usage.
#include <clang-c/Index.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef FLOOR_RESOURCE_DIR
#define FLOOR_RESOURCE_DIR ""
#endif

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  unsigned long *n = data;
  // Read the kind, as any real walker does first, so the call is not a pure no-op.
  if (clang_getCursorKind(c) != CXCursor_InvalidFile)
    (*n)++;
  return CXChildVisit_Recurse;
}

int main(int argc, char **argv) {
  const char *rd = NULL;
  int i = 1;
  if (i < argc && strncmp(argv[i], "--resource-dir=", 15) == 0)
    rd = argv[i++] + 15;
  if (i >= argc) {
    fprintf(stderr, "usage: floor [--resource-dir=DIR] FILE [clang flags...]\n");
    return 3;
  }
  const char *path = argv[i++];
  if (!rd) {
    const char *env = getenv("OWNCK_RESOURCE_DIR");
    rd = env && *env ? env : FLOOR_RESOURCE_DIR;
  }

  int nuser = argc - i;
  const char **args = malloc(sizeof(char *) * (size_t)(nuser + 8));
  char *rdflag = malloc(strlen(rd) + 16);
  if (!args || !rdflag)
    return 1;
  int k = 0;
  for (; i < argc; i++) {
    if (strncmp(argv[i], "-Werror", 7) == 0 || strcmp(argv[i], "-c") == 0)
      continue;
    args[k++] = argv[i];
  }
  args[k++] = "-D__OWNCK__=1";
  args[k++] = "-ferror-limit=0";
  args[k++] = "-Wno-unknown-warning-option";
  args[k++] = "-Wno-unused-command-line-argument";
  if (*rd) {
    sprintf(rdflag, "-resource-dir=%s", rd);
    args[k++] = rdflag;
  }
  size_t len = strlen(path);
  if (len < 2 || strcmp(path + len - 2, ".c") != 0) {
    args[k++] = "-x";
    args[k++] = "c";
  }

  CXIndex idx = clang_createIndex(0, 0);
  unsigned flags = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
  CXTranslationUnit tu = NULL;
  enum CXErrorCode err = clang_parseTranslationUnit2(idx, path, args, k, NULL, 0, flags, &tu);
  if (err != CXError_Success || !tu) {
    fprintf(stderr, "floor: %s: libclang could not parse it (error %d)\n", path, (int)err);
    clang_disposeIndex(idx);
    free(rdflag);
    free(args);
    return 1;
  }

  unsigned nerr = 0, nd = clang_getNumDiagnostics(tu);
  for (unsigned d = 0; d < nd; d++) {
    CXDiagnostic diag = clang_getDiagnostic(tu, d);
    if (clang_getDiagnosticSeverity(diag) >= CXDiagnostic_Error)
      nerr++;
    clang_disposeDiagnostic(diag);
  }

  unsigned long cursors = 0;
  clang_visitChildren(clang_getTranslationUnitCursor(tu), visit, &cursors);
  printf("cursors=%lu errors=%u\n", cursors, nerr);

  clang_disposeTranslationUnit(tu);
  clang_disposeIndex(idx);
  free(rdflag);
  free(args);
  return 0;
}
