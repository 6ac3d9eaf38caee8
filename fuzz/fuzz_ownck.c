// fuzz_ownck.c: libFuzzer target for the whole ownck pipeline.
//
// Each input is taken as the text of one C file and goes through the driver's one
// per-file pipeline, tu_check (analyzer/driver.c), exactly as the command line runs
// it, then results_merge, diag_sort and the three renderers (written to /dev/null).
// An internal error (fatal_internal), which tu_check turns into a TU_INTERNAL status
// as it does for the command line, aborts here, and libFuzzer saves the input as a
// crash. Arenas are freed after each input, so a leak or a use of a stale pointer
// across inputs shows up under ASan.
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

// A path that exists nowhere: libclang reads the text from the unsaved buffer, and the
// renderers' src_line() finds no file on disk (as for a file deleted after parsing).
#define FUZZ_NAME "/nonexistent-ownck-fuzz/input.c"
// Inputs bigger than this are cut: they only make each run slower, not deeper.
#define MAX_INPUT (64 * 1024)

static Arena *config_arena;   // lives for the whole process: the Config
static const Config *cfg;
static FILE *devnull;
static bool no_report;
static const char **args;
static int nargs;

static void setup(void) {
  config_arena = arena_new();
  Options opt = config_default_options();
  opt.format = FMT_GCC;
  opt.resource_dir = getenv("OWNCK_FUZZ_RESOURCE_DIR");
  if (opt.resource_dir && !*opt.resource_dir)
    opt.resource_dir = NULL;
  cfg = config_new(config_arena, &opt, NULL, 0, NULL);
  if (!cfg)
    abort();
  devnull = fopen("/dev/null", "w");
  if (!devnull)
    abort();
  const char *nr = getenv("OWNCK_FUZZ_NO_REPORT");
  no_report = nr && *nr == '1';
  args = driver_clang_args(config_arena, cfg, FUZZ_NAME, NULL, 0, &nargs);
}

static void render(Results *run, Format f) {
  Config c = *cfg;
  c.opt.format = f;
  report_write(run, &c, devnull);
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

  Job job = {.path = FUZZ_NAME, .text = text, .argv = args, .argc = nargs};
  TuResult r = tu_check(cfg, &job);
  if (r.status == TU_INTERNAL) {
    fprintf(stderr, "ownck fuzz: %s\n", r.why);
    abort();
  }
  // As in main.c: the translation unit's arenas are gone before anything is rendered.
  Results *run = results_new();
  results_merge(run, r.res);
  results_free(r.res);
  diag_sort(run, NULL);
  if (!no_report) {
    render(run, FMT_GCC);
    render(run, FMT_RICH);
    render(run, FMT_SARIF);
  }
  results_free(run);
  free(text);
  return 0;
}
