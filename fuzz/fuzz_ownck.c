// fuzz_ownck.c: libFuzzer target for the whole ownck pipeline.
//
// Each input is taken as the text of one C file and goes through exactly what
// analyse_file() in analyzer/main.c does: parse_tu_string (libclang -> Func/Node IR),
// then for every function annotate_check, cfg_build, own_check and borrow_check, then
// diag_sort and the three renderers (written to /dev/null). An internal error
// (fatal_internal) is not recovered here as main.c does: it aborts, and libFuzzer
// saves the input as a crash. Arenas are reset after each input, so a leak or a use of a
// stale pointer across inputs shows up under ASan.
//
// Built by fuzz/build.sh with clang: our sources get -fsanitize=fuzzer-no-link,
// address,undefined; libclang itself is not instrumented (its coverage would drown
// ours, and it is not ours to fix).
//
// Environment:
//   OWNCK_FUZZ_RESOURCE_DIR  clang's resource dir (default: the one ownck was built with)
//   OWNCK_FUZZ_NO_REPORT=1   skip the renderers (faster; front end + CFG + dataflow only)
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyzer.h"

#ifndef OWNCK_INCLUDE_DIR
#define OWNCK_INCLUDE_DIR ""
#endif
#ifndef OWNCK_RESOURCE_DIR
#define OWNCK_RESOURCE_DIR ""
#endif

// A path that exists nowhere: libclang reads the text from the unsaved buffer, and the
// renderers' src_line() finds no file on disk (as for a file deleted after parsing).
#define FUZZ_NAME "/nonexistent-ownck-fuzz/input.c"
// Inputs bigger than this are cut: they only make each run slower, not deeper.
#define MAX_INPUT (64 * 1024)

static Arena *models_arena;   // lives for the whole process: the models table
static Options opt;
static FILE *devnull;
static bool no_report;
static const char *args[16];
static int nargs;

static void setup(void) {
  opt.format = FMT_GCC;
  opt.fail_on = LVL_WARNING;
  opt.budget = 200000;
  opt.time_limit = 10;   // seconds of CPU per function, as the tool's default
  models_arena = arena_new();
  Session s = {0};
  s.arena = models_arena;
  s.opt = &opt;
  if (!models_load_builtin(&s))
    abort();
  devnull = fopen("/dev/null", "w");
  if (!devnull)
    abort();
  const char *nr = getenv("OWNCK_FUZZ_NO_REPORT");
  no_report = nr && *nr == '1';
  const char *rd = getenv("OWNCK_FUZZ_RESOURCE_DIR");
  if (!rd || !*rd)
    rd = OWNCK_RESOURCE_DIR;
  static char inc[4096], res[4096];
  args[nargs++] = "-D__OWNCK__=1";
  args[nargs++] = "-ferror-limit=0";
  args[nargs++] = "-Wno-unknown-warning-option";
  args[nargs++] = "-Wno-unused-command-line-argument";
  args[nargs++] = "-x";
  args[nargs++] = "c";
  if (*OWNCK_INCLUDE_DIR) {
    snprintf(inc, sizeof inc, "-I%s", OWNCK_INCLUDE_DIR);
    args[nargs++] = inc;
  }
  if (*rd) {
    snprintf(res, sizeof res, "-resource-dir=%s", rd);
    args[nargs++] = res;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static bool ready;
  if (!ready) {
    setup();
    ready = true;
  }
  if (size > MAX_INPUT)
    size = MAX_INPUT;
  // libclang wants a NUL-terminated buffer; an embedded NUL just ends the text early
  // (parse_tu_string takes strlen), which is what a C string API gives anyway.
  char *text = malloc(size + 1);
  if (!text)
    return 0;
  memcpy(text, data, size);
  text[size] = 0;

  Session s = {0};
  s.arena = arena_new();
  s.opt = &opt;
  Tu tu = {0};
  tu.sess = &s;
  tu.arena = arena_new();
  Arena *scratch = arena_new();
  bool ok = parse_tu_string(&tu, FUZZ_NAME, text, nargs, args);
  for (int i = 0; ok && i < tu.nfuncs; i++) {
    annotate_check(&s, tu.funcs[i]);
    Cfg *g = cfg_build(scratch, tu.funcs[i]);
    own_check(&s, scratch, g);
    borrow_check(&s, scratch, g);
    arena_reset(scratch);
  }
  // As in main.c: the translation unit's arenas are gone before anything is rendered.
  arena_free(scratch);
  arena_free(tu.arena);
  diag_sort(&s);
  if (!no_report) {
    report_write(&s, FMT_GCC, devnull);
    report_write(&s, FMT_RICH, devnull);
    report_write(&s, FMT_SARIF, devnull);
  }
  arena_free(s.arena);
  free(text);
  return 0;
}
