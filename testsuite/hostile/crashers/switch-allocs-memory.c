// OUT OF MEMORY (unbounded memory in the dataflow; the time limit never gets a say).
//
// One switch of 2,048 cases, each allocating into the same pointer (built with macros
// and __COUNTER__ so the file stays small). Every malloc() result is a compiler
// temporary, so the function has about 2,000 tracked places and 2,000 objects, and a
// dataflow state (a places x objects byte matrix) is about 4 MB. dataflow_run()
// allocates and initialises one state per reachable block (about 4,000 here) before
// its first step, in the scratch arena: about 12 GB, all of it before the step budget
// or the --time-limit is ever checked. Measured with the release build (2 cores):
//     500 cases:  5 s,  0.6 GB, findings
//     1,000 cases: 36 s, 4.0 GB, then "ran out of time"
//     2,000 cases: > 120 s, 11.5 GB and growing (killed)
// Under ASan the 4 GB hard RSS limit of testsuite/hostile/run.sh stops it. The same
// happens with a 20,000-statement function of 5,000 small blocks (hostile case
// function-20000-statements: 21 GB after 2 minutes).
//
// Expected: memory bounded by something like the step budget: temporaries that die
// at once not tracked as places, states allocated lazily or sparsely, or the function
// skipped up front ("was not checked: too many places x objects") when the state
// matrix would be too big. Status 1 (each case leaks the previous case's block on
// fall-through) or 0 with the remark.
//
// Stack of the busy thread (release build, gdb, after 20 s):
//   #0 __memset_avx512_unaligned_erms
//   #1 arena_alloc      (analyzer/arena.c)
//   #2 dataflow_run     (analyzer/dataflow.c: s.in[] for every block)
//   #3 own_check        (analyzer/ownership.c)
//   #4 analyse_file     (analyzer/main.c)
#include <stdlib.h>

#define C1 case __COUNTER__: p = malloc(1); break;
#define C2 C1 C1
#define C3 C2 C2
#define C4 C3 C3
#define C5 C4 C4
#define C6 C5 C5
#define C7 C6 C6
#define C8 C7 C7
#define C9 C8 C8
#define C10 C9 C9
#define C11 C10 C10
#define C12 C11 C11

int f(int k) {
  char *p = NULL;
  switch (k) {
    C12
  default:
    break;
  }
  free(p);
  return 0;
}
