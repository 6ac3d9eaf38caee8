// test_cfg.c: CFG shapes (analyzer/cfg.c), pinned as cfg_dump text.
//
// Proves that every C control-flow form is lowered to the right blocks and edges: each
// test parses one small function through tu_check (libclang, system headers
// included), builds its Cfg and compares cfg_dump with a literal checked by hand: the
// branches and their NULL / non-zero conditions, loop back edges, the switch dispatch
// chain, break/continue/goto/return with an OP_KILL for every scope they leave (and
// the cleanup calls of __attribute__((cleanup))), &&, ||, ?:, ',' and statement
// expressions as control flow, noreturn calls ending their path, and unreachable code
// left out. cfg_dump renumbers blocks in reverse post-order, so the text depends only
// on the CFG's shape.
#define _POSIX_C_SOURCE 200809L

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzer.h"

// Declarations every snippet may call: g and h are opaque, next returns a pointer,
// release is a cleanup function.
static const char prelude[] =
    "void g(int *p);\n"
    "int h(void);\n"
    "int *next(int *p);\n"
    "void release(int **pp);\n";

// cfg_dump of every function defined in 'src' (after the prelude), as a malloc'd string:
// the driver's one per-file pipeline (tu_check) with --dump-cfg.
static char *dump_cfg(const char *src) {
  Arena *a = arena_new();
  Options opt = config_default_options();
  opt.dump_cfg = true;
  const Config *cfg = config_new(a, &opt, NULL, 0, NULL);
  ck_assert_ptr_nonnull(cfg);
  const char *text = arena_printf(a, "%s%s", prelude, src);
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  ck_assert_ptr_nonnull(out);
  Job job = {.path = "cfg_test.c", .text = text, .dump = out};
  job.argv = driver_clang_args(a, cfg, job.path, NULL, 0, &job.argc);
  TuResult r = tu_check(cfg, &job);
  ck_assert_msg(r.status == TU_OK, "clang could not parse the snippet:\n%s", text);
  ck_assert_int_eq(r.res->ndiags, 0);
  ck_assert_int_eq(fclose(out), 0);
  results_free(r.res);
  arena_free(a);
  return buf;
}

static void check_cfg(const char *src, const char *want) {
  char *got = dump_cfg(src);
  if (strcmp(got, want) != 0)
    fprintf(stderr, "cfg_dump of\n%s--- expected\n%s--- got\n%s---\n", src, want, got);
  ck_assert_msg(strcmp(got, want) == 0, "cfg_dump differs from the pinned text (both on stderr)");
  free(got);
}

// if/else: the condition on a pointer is a C_NONNULL branch; both arms join at if.end.
START_TEST(test_if_else) {
  check_cfg("void f(int *p) {\n"
            "  if (p)\n"
            "    g(p);\n"
            "  else\n"
            "    g(0);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  -> b2 if p else b1\n"
            "b1 (if.else):\n"
            "  call g(null)\n"
            "  -> b3\n"
            "b2 (if.then):\n"
            "  call g(p)\n"
            "  -> b3\n"
            "b3 (if.end):\n"
            "  return\n"
            "  kill p\n"
            "  -> b4\n"
            "b4 (exit):\n");
}
END_TEST

// if without else: the false edge goes straight to if.end; an integer comparison is a
// plain two-way branch.
START_TEST(test_if_without_else) {
  check_cfg("void f(int *p, int n) {\n"
            "  if (n > 0)\n"
            "    g(p);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl n\n"
            "  -> b1 if n > 0 else b2\n"
            "b1 (if.then):\n"
            "  call g(p)\n"
            "  -> b2\n"
            "b2 (if.end):\n"
            "  return\n"
            "  kill n p\n"
            "  -> b3\n"
            "b3 (exit):\n");
}
END_TEST

// while: the test block is the loop head; the body jumps back to it; the false edge
// leaves.
START_TEST(test_while) {
  check_cfg("void f(int *p) {\n"
            "  while (p)\n"
            "    p = next(p);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  -> b1\n"
            "b1 (while.cond):\n"
            "  -> b4 if p else b2\n"
            "b2 (while.end):\n"
            "  return\n"
            "  kill p\n"
            "  -> b3\n"
            "b3 (exit):\n"
            "b4 (while.body):\n"
            "  $t0 = call next(p)\n"
            "  p = $t0\n"
            "  kill $t0\n"
            "  -> b1\n");
}
END_TEST

// do-while: the body runs first; the test (an int: C_NONZERO) jumps back to the body.
START_TEST(test_do_while) {
  check_cfg("void f(int *p, int n) {\n"
            "  do {\n"
            "    g(p);\n"
            "  } while (n--);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl n\n"
            "  -> b1\n"
            "b1 (do.body):\n"
            "  call g(p)\n"
            "  -> b2\n"
            "b2 (do.cond):\n"
            "  n = ?\n"
            "  -> b1, b3\n"
            "b3 (do.end):\n"
            "  return\n"
            "  kill n p\n"
            "  -> b4\n"
            "b4 (exit):\n");
}
END_TEST

// for with init, cond and inc: the init's variable is killed when the loop ends; inc
// temporaries die in the inc block.
START_TEST(test_for_all_parts) {
  check_cfg("void f(int *p) {\n"
            "  for (int *q = p; q; q = next(q))\n"
            "    g(q);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl q\n"
            "  q = p\n"
            "  -> b1\n"
            "b1 (for.cond):\n"
            "  -> b4 if q else b2\n"
            "b2 (for.end):\n"
            "  kill q\n"
            "  return\n"
            "  kill p\n"
            "  -> b3\n"
            "b3 (exit):\n"
            "b4 (for.body):\n"
            "  call g(q)\n"
            "  -> b5\n"
            "b5 (for.inc):\n"
            "  $t0 = call next(q)\n"
            "  q = $t0\n"
            "  kill $t0\n"
            "  -> b1\n");
}
END_TEST

// for (;;) without a break: no edge leaves the loop, so the exit block is unreachable
// and not printed.
START_TEST(test_for_forever) {
  check_cfg("void f(int *p) {\n"
            "  for (;;)\n"
            "    g(p);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  -> b1\n"
            "b1 (for.body):\n"
            "  call g(p)\n"
            "  -> b1\n");
}
END_TEST

// for (;cond;): no init, no inc; the same shape as while.
START_TEST(test_for_cond_only) {
  check_cfg("void f(int *p) {\n"
            "  for (; p;)\n"
            "    p = next(p);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  -> b1\n"
            "b1 (for.cond):\n"
            "  -> b4 if p else b2\n"
            "b2 (for.end):\n"
            "  return\n"
            "  kill p\n"
            "  -> b3\n"
            "b3 (exit):\n"
            "b4 (for.body):\n"
            "  $t0 = call next(p)\n"
            "  p = $t0\n"
            "  kill $t0\n"
            "  -> b1\n");
}
END_TEST

// for (init;;inc): no condition, so no branch: the body is entered unconditionally and
// the loop never exits.
START_TEST(test_for_init_inc) {
  check_cfg("void f(int *p) {\n"
            "  for (int *q = p;; q++)\n"
            "    g(q);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl q\n"
            "  q = p\n"
            "  -> b1\n"
            "b1 (for.body):\n"
            "  call g(q)\n"
            "  -> b2\n"
            "b2 (for.inc):\n"
            "  use q\n"
            "  advance q inside\n"
            "  -> b1\n");
}
END_TEST

// switch: a chain of tests in case order, the last falling to default; case 1 falls
// through into case 2; break and the end of default go to switch.end. A switch on a
// variable tests 'k != K' at each step (the case on its false edge).
START_TEST(test_switch_fallthrough_default) {
  check_cfg("void f(int *p, int k) {\n"
            "  switch (k) {\n"
            "  case 1:\n"
            "    g(p);\n"
            "  case 2:\n"
            "    g(0);\n"
            "    break;\n"
            "  default:\n"
            "    p = 0;\n"
            "  }\n"
            "  g(p);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl k\n"
            "  -> b2 if k != 1 else b1\n"
            "b1 (case):\n"
            "  call g(p)\n"
            "  -> b3\n"
            "b2 (switch.test):\n"
            "  -> b4 if k != 2 else b3\n"
            "b3 (case):\n"
            "  call g(null)\n"
            "  -> b5\n"
            "b4 (default):\n"
            "  p = null\n"
            "  -> b5\n"
            "b5 (switch.end):\n"
            "  call g(p)\n"
            "  return\n"
            "  kill k p\n"
            "  -> b6\n"
            "b6 (exit):\n");
}
END_TEST

// switch without default: the last failed test goes to switch.end.
START_TEST(test_switch_no_default) {
  check_cfg("void f(int *p, int k) {\n"
            "  switch (k) {\n"
            "  case 1:\n"
            "    g(p);\n"
            "    break;\n"
            "  case 2:\n"
            "    p = 0;\n"
            "    break;\n"
            "  }\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl k\n"
            "  -> b2 if k != 1 else b1\n"
            "b1 (case):\n"
            "  call g(p)\n"
            "  -> b4\n"
            "b2 (switch.test):\n"
            "  -> b4 if k != 2 else b3\n"
            "b3 (case):\n"
            "  p = null\n"
            "  -> b4\n"
            "b4 (switch.end):\n"
            "  return\n"
            "  kill k p\n"
            "  -> b5\n"
            "b5 (exit):\n");
}
END_TEST

// break out of a loop body block: the body's locals are killed on the break edge, and
// on the back edge.
START_TEST(test_break) {
  check_cfg("void f(int *p) {\n"
            "  while (h()) {\n"
            "    int *q = p;\n"
            "    if (q)\n"
            "      break;\n"
            "    g(q);\n"
            "  }\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  -> b1\n"
            "b1 (while.cond):\n"
            "  $t0 = call h()\n"
            "  -> b3 if $t0 != 0 else b2\n"
            "b2 (cond.f):\n"
            "  kill $t0\n"
            "  -> b7\n"
            "b3 (cond.t):\n"
            "  kill $t0\n"
            "  -> b4\n"
            "b4 (while.body):\n"
            "  decl q\n"
            "  q = p\n"
            "  -> b6 if q else b5\n"
            "b5 (if.end):\n"
            "  call g(q)\n"
            "  kill q\n"
            "  -> b1\n"
            "b6 (if.then):\n"
            "  kill q\n"
            "  -> b7\n"
            "b7 (while.end):\n"
            "  return\n"
            "  kill p\n"
            "  -> b8\n"
            "b8 (exit):\n");
}
END_TEST

// continue: the body's locals are killed, then the jump goes to the increment ('i++'
// gives 'i' an unknown value), then to the test.
START_TEST(test_continue) {
  // 'i < 10' from 'i = 0': the body runs at least once, so the first test is skipped.
  check_cfg("void f(int *p) {\n"
            "  for (int i = 0; i < 10; i++) {\n"
            "    int *q = p;\n"
            "    if (!q)\n"
            "      continue;\n"
            "    g(q);\n"
            "  }\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl i\n"
            "  i = 0\n"
            "  -> b1\n"
            "b1 (for.body):\n"
            "  decl q\n"
            "  q = p\n"
            "  -> b3 if q else b2\n"
            "b2 (if.then):\n"
            "  kill q\n"
            "  -> b4\n"
            "b3 (if.end):\n"
            "  call g(q)\n"
            "  kill q\n"
            "  -> b4\n"
            "b4 (for.inc):\n"
            "  i = ?\n"
            "  -> b5\n"
            "b5 (for.cond):\n"
            "  -> b6 if i > 9 else b1\n"
            "b6 (for.end):\n"
            "  kill i\n"
            "  return\n"
            "  kill p\n"
            "  -> b7\n"
            "b7 (exit):\n");
}
END_TEST

// continue inside a switch inside a loop goes to the loop's test; break inside it only
// leaves the switch; both kill the case block's local.
START_TEST(test_continue_in_switch_in_loop) {
  check_cfg("void f(int *p) {\n"
            "  while (h()) {\n"
            "    switch (h()) {\n"
            "    case 0: {\n"
            "      int *q = p;\n"
            "      if (q)\n"
            "        continue;\n"
            "      break;\n"
            "    }\n"
            "    }\n"
            "    g(p);\n"
            "  }\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  -> b1\n"
            "b1 (while.cond):\n"
            "  $t0 = call h()\n"
            "  -> b5 if $t0 != 0 else b2\n"
            "b2 (cond.f):\n"
            "  kill $t0\n"
            "  -> b3\n"
            "b3 (while.end):\n"
            "  return\n"
            "  kill p\n"
            "  -> b4\n"
            "b4 (exit):\n"
            "b5 (cond.t):\n"
            "  kill $t0\n"
            "  -> b6\n"
            "b6 (while.body):\n"
            "  $t1 = call h()\n"
            "  kill $t1\n"
            "  -> b7, b9\n"
            "b7 (case):\n"
            "  decl q\n"
            "  q = p\n"
            "  -> b10 if q else b8\n"
            "b8 (if.end):\n"
            "  kill q\n"
            "  -> b9\n"
            "b9 (switch.end):\n"
            "  call g(p)\n"
            "  -> b1\n"
            "b10 (if.then):\n"
            "  kill q\n"
            "  -> b1\n");
}
END_TEST

// forward goto out of a block: the block's local is killed on the goto edge (resolved
// once the label is seen).
START_TEST(test_goto_forward) {
  check_cfg("void f(int *p) {\n"
            "  {\n"
            "    int *q = p;\n"
            "    if (!q)\n"
            "      goto out;\n"
            "    g(q);\n"
            "  }\n"
            "  g(p);\n"
            "out:\n"
            "  g(0);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl q\n"
            "  q = p\n"
            "  -> b2 if q else b1\n"
            "b1 (if.then):\n"
            "  kill q\n"
            "  -> b3\n"
            "b2 (if.end):\n"
            "  call g(q)\n"
            "  kill q\n"
            "  call g(p)\n"
            "  -> b3\n"
            "b3 (label out):\n"
            "  call g(null)\n"
            "  return\n"
            "  kill p\n"
            "  -> b4\n"
            "b4 (exit):\n");
}
END_TEST

// backward goto out of two nested blocks: both blocks' locals are killed, innermost
// first, and the edge goes back to the label.
START_TEST(test_goto_backward) {
  check_cfg("void f(int *p) {\n"
            "top:\n"
            "  {\n"
            "    int *a = p;\n"
            "    {\n"
            "      int *b = a;\n"
            "      if (h())\n"
            "        goto top;\n"
            "      g(b);\n"
            "    }\n"
            "  }\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  -> b1\n"
            "b1 (label top):\n"
            "  decl a\n"
            "  a = p\n"
            "  decl b\n"
            "  b = a\n"
            "  $t0 = call h()\n"
            "  -> b5 if $t0 != 0 else b2\n"
            "b2 (cond.f):\n"
            "  kill $t0\n"
            "  -> b3\n"
            "b3 (if.end):\n"
            "  call g(b)\n"
            "  kill b\n"
            "  kill a\n"
            "  return\n"
            "  kill p\n"
            "  -> b4\n"
            "b4 (exit):\n"
            "b5 (cond.t):\n"
            "  kill $t0\n"
            "  -> b6\n"
            "b6 (if.then):\n"
            "  kill b\n"
            "  kill a\n"
            "  -> b1\n");
}
END_TEST

// labels: a label reached by fall-through and by a goto that leaves no scope (so
// nothing is killed on that edge); a label no goto names is just a block. The goto's
// block is then empty and threaded away. (Fails while resolve_gotos leaves an empty
// placeholder 'kill' on such a goto.)
START_TEST(test_labels) {
  check_cfg("void f(int *p) {\n"
            "  if (p)\n"
            "    goto done;\n"
            "  g(p);\n"
            "unused:\n"
            "  g(p);\n"
            "done:\n"
            "  g(0);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  -> b3 if p else b1\n"
            "b1 (if.end):\n"
            "  call g(p)\n"
            "  -> b2\n"
            "b2 (label unused):\n"
            "  call g(p)\n"
            "  -> b3\n"
            "b3 (label done):\n"
            "  call g(null)\n"
            "  return\n"
            "  kill p\n"
            "  -> b4\n"
            "b4 (exit):\n");
}
END_TEST

// return from nested blocks: the value is returned, then every scope is killed
// innermost first (block locals, then parameters); code after the return is unreachable
// and absent.
START_TEST(test_return_nested) {
  check_cfg("int *f(int *p) {\n"
            "  int *a = p;\n"
            "  {\n"
            "    int *b = a;\n"
            "    if (b) {\n"
            "      int *c = b;\n"
            "      return c;\n"
            "      g(c);\n"
            "    }\n"
            "  }\n"
            "  return 0;\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl a\n"
            "  a = p\n"
            "  decl b\n"
            "  b = a\n"
            "  -> b2 if b else b1\n"
            "b1 (if.end):\n"
            "  kill b\n"
            "  return null\n"
            "  kill a\n"
            "  kill p\n"
            "  -> b3\n"
            "b2 (if.then):\n"
            "  decl c\n"
            "  c = b\n"
            "  return c\n"
            "  kill c\n"
            "  kill b\n"
            "  kill a\n"
            "  kill p\n"
            "  -> b3\n"
            "b3 (exit):\n");
}
END_TEST

// &&: the right operand is tested only on the left's true edge; either false edge goes
// to the else target.
START_TEST(test_logical_and) {
  check_cfg("void f(int *p, int *q) {\n"
            "  if (p && q)\n"
            "    g(p);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl q\n"
            "  -> b1 if p else b3\n"
            "b1 (and.rhs):\n"
            "  -> b2 if q else b3\n"
            "b2 (if.then):\n"
            "  call g(p)\n"
            "  -> b3\n"
            "b3 (if.end):\n"
            "  return\n"
            "  kill q p\n"
            "  -> b4\n"
            "b4 (exit):\n");
}
END_TEST

// ||: the right operand is tested only on the left's false edge; either true edge goes
// to the then target.
START_TEST(test_logical_or) {
  check_cfg("void f(int *p, int *q) {\n"
            "  if (p || q)\n"
            "    g(q);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl q\n"
            "  -> b2 if p else b1\n"
            "b1 (or.rhs):\n"
            "  -> b2 if q else b3\n"
            "b2 (if.then):\n"
            "  call g(q)\n"
            "  -> b3\n"
            "b3 (if.end):\n"
            "  return\n"
            "  kill q p\n"
            "  -> b4\n"
            "b4 (exit):\n");
}
END_TEST

// ?: as a value: both arms assign one temporary, which dies at the end of the full
// expression.
START_TEST(test_conditional) {
  check_cfg("int *f(int *p, int *q) {\n"
            "  int *r = p ? p : q;\n"
            "  return r;\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl q\n"
            "  decl r\n"
            "  -> b2 if p else b1\n"
            "b1 (cond.false):\n"
            "  $t0 = q\n"
            "  -> b3\n"
            "b2 (cond.true):\n"
            "  $t0 = p\n"
            "  -> b3\n"
            "b3 (cond.end):\n"
            "  r = $t0\n"
            "  kill $t0\n"
            "  return r\n"
            "  kill r\n"
            "  kill q p\n"
            "  -> b4\n"
            "b4 (exit):\n");
}
END_TEST

// comma: the left operand is evaluated for its effects, the right one is the value.
START_TEST(test_comma) {
  check_cfg("int *f(int *p, int *q) {\n"
            "  int *r = (g(p), q);\n"
            "  return r;\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl q\n"
            "  decl r\n"
            "  call g(p)\n"
            "  r = q\n"
            "  return r\n"
            "  kill r\n"
            "  kill q p\n"
            "  -> b1\n"
            "b1 (exit):\n");
}
END_TEST

// GNU statement expression: its block's local is declared and killed inside the
// expression, after its value is copied to a temporary.
START_TEST(test_statement_expression) {
  check_cfg("int *f(int *p) {\n"
            "  int *r = ({ int *t = p; g(t); t; });\n"
            "  return r;\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl r\n"
            "  decl t\n"
            "  t = p\n"
            "  call g(t)\n"
            "  $t0 = t\n"
            "  kill t\n"
            "  r = $t0\n"
            "  kill $t0\n"
            "  return r\n"
            "  kill r\n"
            "  kill p\n"
            "  -> b1\n"
            "b1 (exit):\n");
}
END_TEST

// noreturn calls (abort, exit from <stdlib.h>) end their path: no successor, no scope
// kills after them.
START_TEST(test_noreturn) {
  check_cfg("#include <stdlib.h>\n"
            "void f(int *p) {\n"
            "  if (!p)\n"
            "    abort();\n"
            "  g(p);\n"
            "  if (h())\n"
            "    exit(1);\n"
            "  g(0);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  -> b2 if p else b1\n"
            "b1 (if.then):\n"
            "  call abort()\n"
            "  -> noreturn\n"
            "b2 (if.end):\n"
            "  call g(p)\n"
            "  $t0 = call h()\n"
            "  -> b6 if $t0 != 0 else b3\n"
            "b3 (cond.f):\n"
            "  kill $t0\n"
            "  -> b4\n"
            "b4 (if.end):\n"
            "  call g(null)\n"
            "  return\n"
            "  kill p\n"
            "  -> b5\n"
            "b5 (exit):\n"
            "b6 (cond.t):\n"
            "  kill $t0\n"
            "  -> b7\n"
            "b7 (if.then):\n"
            "  call exit(?)\n"
            "  -> noreturn\n");
}
END_TEST

// block scopes: a local is declared where it is defined and killed at the closing brace
// of its block, before the code after it.
START_TEST(test_block_scopes) {
  check_cfg("void f(int *p) {\n"
            "  int *a = p;\n"
            "  {\n"
            "    int *b = a;\n"
            "    g(b);\n"
            "  }\n"
            "  g(a);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl a\n"
            "  a = p\n"
            "  decl b\n"
            "  b = a\n"
            "  call g(b)\n"
            "  kill b\n"
            "  call g(a)\n"
            "  kill a\n"
            "  return\n"
            "  kill p\n"
            "  -> b1\n"
            "b1 (exit):\n");
}
END_TEST

// __attribute__((cleanup(fn))): fn(&var) is called where var leaves scope, innermost
// block first; on a return after the returned value is computed.
START_TEST(test_cleanup) {
  check_cfg("int f(int *p) {\n"
            "  int *a __attribute__((cleanup(release))) = p;\n"
            "  {\n"
            "    int *b __attribute__((cleanup(release))) = a;\n"
            "    g(b);\n"
            "  }\n"
            "  if (h())\n"
            "    return 1;\n"
            "  g(a);\n"
            "  return 0;\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl a\n"
            "  a = p\n"
            "  decl b\n"
            "  b = a\n"
            "  call g(b)\n"
            "  call release(&b)\n"
            "  kill b\n"
            "  $t0 = call h()\n"
            "  -> b3 if $t0 != 0 else b1\n"
            "b1 (cond.f):\n"
            "  kill $t0\n"
            "  -> b2\n"
            "b2 (if.end):\n"
            "  call g(a)\n"
            "  return ?\n"
            "  call release(&a)\n"
            "  kill a\n"
            "  kill p\n"
            "  -> b5\n"
            "b3 (cond.t):\n"
            "  kill $t0\n"
            "  -> b4\n"
            "b4 (if.then):\n"
            "  return ?\n"
            "  call release(&a)\n"
            "  kill a\n"
            "  kill p\n"
            "  -> b5\n"
            "b5 (exit):\n");
}
END_TEST

// __attribute__((cleanup(fn))) left by a forward goto: the cleanup runs on the goto
// edge, as on any other scope exit (C11 has no such attribute; GCC and clang run the
// cleanup on every exit from the scope). (Fails while resolve_gotos fills only the
// OP_KILL of a forward goto and emits no cleanup call.)
START_TEST(test_cleanup_goto) {
  check_cfg("void f(int *p) {\n"
            "  {\n"
            "    int *a __attribute__((cleanup(release))) = p;\n"
            "    if (h())\n"
            "      goto out;\n"
            "    g(a);\n"
            "  }\n"
            "out:\n"
            "  g(p);\n"
            "}\n",
            "func f\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl a\n"
            "  a = p\n"
            "  $t0 = call h()\n"
            "  -> b3 if $t0 != 0 else b1\n"
            "b1 (cond.f):\n"
            "  kill $t0\n"
            "  -> b2\n"
            "b2 (if.end):\n"
            "  call g(a)\n"
            "  call release(&a)\n"
            "  kill a\n"
            "  -> b5\n"
            "b3 (cond.t):\n"
            "  kill $t0\n"
            "  -> b4\n"
            "b4 (if.then):\n"
            "  call release(&a)\n"
            "  kill a\n"
            "  -> b5\n"
            "b5 (label out):\n"
            "  call g(p)\n"
            "  return\n"
            "  kill p\n"
            "  -> b6\n"
            "b6 (exit):\n");
}
END_TEST

// A counted loop whose bound is a static const: its body runs exactly once, so no test
// is made and the increment leaves the loop.
START_TEST(test_counted_loop_once) {
  check_cfg("static const int ONE = 1;\n"
            "void once(int *p) {\n"
            "  int i;\n"
            "  for (i = 0; i < ONE; i++)\n"
            "    g(p);\n"
            "  g(p);\n"
            "}\n",
            "func once\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl i\n"
            "  i = 0\n"
            "  -> b1\n"
            "b1 (for.body):\n"
            "  call g(p)\n"
            "  -> b2\n"
            "b2 (for.inc):\n"
            "  i = ?\n"
            "  -> b3\n"
            "b3 (for.end):\n"
            "  call g(p)\n"
            "  kill i\n"
            "  return\n"
            "  kill p\n"
            "  -> b4\n"
            "b4 (exit):\n");
}
END_TEST

// A counted loop that never runs: its body is unreachable.
START_TEST(test_counted_loop_never) {
  check_cfg("void never(int *p) {\n"
            "  for (int i = 3; i < 3; i++)\n"
            "    g(p);\n"
            "}\n",
            "func never\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl i\n"
            "  i = !0\n"
            "  -> b1\n"
            "b1 (for.end):\n"
            "  kill i\n"
            "  return\n"
            "  kill p\n"
            "  -> b2\n"
            "b2 (exit):\n");
}
END_TEST

// The body writes the counter: an ordinary loop.
START_TEST(test_counted_loop_counter_written) {
  check_cfg("void counter_written(int *p) {\n"
            "  for (int i = 0; i < 1; i++)\n"
            "    i = h();\n"
            "  g(p);\n"
            "}\n",
            "func counter_written\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  decl i\n"
            "  i = 0\n"
            "  -> b1\n"
            "b1 (for.cond):\n"
            "  -> b4 if i > 0 else b2\n"
            "b2 (for.body):\n"
            "  $t0 = call h()\n"
            "  i = $t0\n"
            "  kill $t0\n"
            "  -> b3\n"
            "b3 (for.inc):\n"
            "  i = ?\n"
            "  -> b1\n"
            "b4 (for.end):\n"
            "  kill i\n"
            "  call g(p)\n"
            "  return\n"
            "  kill p\n"
            "  -> b5\n"
            "b5 (exit):\n");
}
END_TEST

// Conditions on a static never written (folded), a static some function writes (a
// test), and enumerators and consts (folded).
START_TEST(test_constant_conditions) {
  check_cfg("static int never_written = 5;\n"
            "static int written_later = 5;\n"
            "static const int ONE = 1;\n"
            "enum mode { FAST, SLOW };\n"
            "void consts(int *p) {\n"
            "  if (never_written == 5)\n"
            "    g(p);\n"
            "  if (written_later)\n"
            "    g(p);\n"
            "  if (SLOW == 0 || !ONE)\n"
            "    g(p);\n"
            "}\n"
            "void bump(void) { written_later++; }\n",
            "func consts\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  -> b1\n"
            "b1 (if.then):\n"
            "  call g(p)\n"
            "  -> b2\n"
            "b2 (if.end):\n"
            "  -> b3 if written_later != 0 else b4\n"
            "b3 (if.then):\n"
            "  call g(p)\n"
            "  -> b4\n"
            "b4 (if.end):\n"
            "  return\n"
            "  kill p\n"
            "  -> b5\n"
            "b5 (exit):\n"
            "func bump\n"
            "b0 (entry):\n"
            "  written_later = ?\n"
            "  return\n"
            "  -> b1\n"
            "b1 (exit):\n");
}
END_TEST

// A switch on a constant goes straight to its case (falling through to default).
START_TEST(test_switch_on_constant) {
  check_cfg("enum mode { FAST, SLOW };\n"
            "void sw(int *p) {\n"
            "  switch (FAST + 1) {\n"
            "  case FAST: g(p); break;\n"
            "  case SLOW: g(next(p));\n"
            "  default: break;\n"
            "  }\n"
            "}\n",
            "func sw\n"
            "b0 (entry):\n"
            "  decl p\n"
            "  -> b1\n"
            "b1 (case):\n"
            "  $t0 = call next(p)\n"
            "  call g($t0)\n"
            "  kill $t0\n"
            "  -> b2\n"
            "b2 (switch.end):\n"
            "  return\n"
            "  kill p\n"
            "  -> b3\n"
            "b3 (exit):\n");
}
END_TEST

// 'm == 7' is a test of m against 7 (each edge knows which).
START_TEST(test_test_against_constant) {
  check_cfg("void tests(int m, int *p) {\n"
            "  if (m == 7)\n"
            "    g(p);\n"
            "  if (m != 7)\n"
            "    g(p);\n"
            "}\n",
            "func tests\n"
            "b0 (entry):\n"
            "  decl m\n"
            "  decl p\n"
            "  -> b2 if m != 7 else b1\n"
            "b1 (if.then):\n"
            "  call g(p)\n"
            "  -> b2\n"
            "b2 (if.end):\n"
            "  -> b3 if m != 7 else b4\n"
            "b3 (if.then):\n"
            "  call g(p)\n"
            "  -> b4\n"
            "b4 (if.end):\n"
            "  return\n"
            "  kill p m\n"
            "  -> b5\n"
            "b5 (exit):\n");
}
END_TEST

static Suite *cfg_suite(void) {
  Suite *s = suite_create("cfg");
  TCase *tc = tcase_create("forms");
  tcase_add_test(tc, test_if_else);
  tcase_add_test(tc, test_if_without_else);
  tcase_add_test(tc, test_while);
  tcase_add_test(tc, test_do_while);
  tcase_add_test(tc, test_for_all_parts);
  tcase_add_test(tc, test_for_forever);
  tcase_add_test(tc, test_for_cond_only);
  tcase_add_test(tc, test_for_init_inc);
  tcase_add_test(tc, test_switch_fallthrough_default);
  tcase_add_test(tc, test_switch_no_default);
  tcase_add_test(tc, test_break);
  tcase_add_test(tc, test_continue);
  tcase_add_test(tc, test_continue_in_switch_in_loop);
  tcase_add_test(tc, test_goto_forward);
  tcase_add_test(tc, test_goto_backward);
  tcase_add_test(tc, test_labels);
  tcase_add_test(tc, test_return_nested);
  tcase_add_test(tc, test_logical_and);
  tcase_add_test(tc, test_logical_or);
  tcase_add_test(tc, test_conditional);
  tcase_add_test(tc, test_comma);
  tcase_add_test(tc, test_statement_expression);
  tcase_add_test(tc, test_noreturn);
  tcase_add_test(tc, test_block_scopes);
  tcase_add_test(tc, test_cleanup);
  tcase_add_test(tc, test_cleanup_goto);
  tcase_add_test(tc, test_counted_loop_once);
  tcase_add_test(tc, test_counted_loop_never);
  tcase_add_test(tc, test_counted_loop_counter_written);
  tcase_add_test(tc, test_constant_conditions);
  tcase_add_test(tc, test_switch_on_constant);
  tcase_add_test(tc, test_test_against_constant);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(cfg_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
