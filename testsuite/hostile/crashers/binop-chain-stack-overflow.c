// CRASHER (stack overflow in ownck's own code; clang itself parses this file fine).
//
// Status: fixed since parse.c fails closed on nesting deeper than 2000 ("function
// 'sum' was not checked: its statements or expressions are nested too deeply",
// status 0) in the CMake builds (ASan Debug with gcc, release). It still crashes in
// the clang-built fuzz target, where a nesting level costs more stack: see
// binop-chain-1500-fuzz-build.c. What follows describes the crash before the fix.
//
// A flat chain of 32,768 '+' operators, built with macros so the file stays small.
// clang's AST for 'x + x + ... + x' is a left-leaning tree 32,768 levels deep, and
// parse.c lowers it recursively (expr -> binary -> kids_of -> clang_visitChildren ->
// ... -> expr), one C frame per level plus libclang's visitor frames: the main thread's
// 8 MiB stack overflows. SIGSEGV (status 139) in the release build at about 20,000
// terms, under ASan at about 10,000. 'clang-19 -fsyntax-only' accepts 50,000.
//
// Expected: no crash. Either the expression is lowered without recursion per level
// (or on a thread with a big enough stack), or the function is skipped with a
// "was not checked: nesting too deep" remark (fail closed), status 0.
//
// Top frames (ASan build, gdb):
//   #0 operator new (libclang allocating in the visitor, stack exhausted)
//   #3 clang_visitChildren ()                libclang-19.so.19
//   #4 kids_of          analyzer/parse.c:86
//   #5 binary           analyzer/parse.c:743
//   #6 expr             analyzer/parse.c:859
//   #7 binary           analyzer/parse.c:747
//   ... (expr/binary repeated ~5,000 times)
//   parse_common analyzer/parse.c:1247 <- parse_tu <- analyse_file <- main
#define T1 + x
#define T2 T1 T1
#define T3 T2 T2
#define T4 T3 T3
#define T5 T4 T4
#define T6 T5 T5
#define T7 T6 T6
#define T8 T7 T7
#define T9 T8 T8
#define T10 T9 T9
#define T11 T10 T10
#define T12 T11 T11
#define T13 T12 T12
#define T14 T13 T13
#define T15 T14 T14

int sum(int x) { return x T15; }
