// OUT OF MEMORY (unbounded memory in the dataflow; the time limit never gets a say).
//
// Status: bounded since the up-front size check landed: the function is skipped with
// "was not checked: its analysis would need 32984 MB (2049 places x 4096 objects x
// 4098 blocks)", status 0, in about 2 s. Kept as a regression case for the fuzz
// replay (fuzz/run.sh). What follows describes the behaviour before that check.
//
// One switch of 4,096 cases, each allocating into the same pointer (built with macros
// and __COUNTER__ so the file stays small). Every malloc() result is a compiler
// temporary, so the function has thousands of tracked places and thousands of
// objects, and one dataflow state (a places x objects byte matrix) is megabytes.
// dataflow_run() allocates and initialises one state per reachable block, in the
// scratch arena: memory grows as cases^3/blocks and nothing bounds it. The step
// budget counts block visits and the --time-limit is CPU time, so neither stops the
// memory. Measured with the release build (2 shared cores):
//     500 cases (one per 'malloc(i + 1)' line):   5 s, 0.6 GB, findings
//     2,048 cases (C11 below):   40 s, 4.3 GB, then "ran out of time"
//     4,096 cases (this file):   53 s, then 'ownck: error: out of memory' (status 2)
//                                under 'ulimit -v 8000000'; unlimited it takes the
//                                machine's memory (a 2,000-case variant: 11.5 GB
//                                after 120 s, still in dataflow_run's arena_alloc)
// Under ASan the 4 GB hard RSS limit of testsuite/hostile/run.sh stops it. The same
// happens with a 20,000-statement function of 5,000 small blocks (hostile case
// function-20000-statements: 21 GB after 2 minutes in the release build).
//
// Expected: memory bounded by something like the step budget: temporaries that die
// at once not tracked as places, states allocated lazily or sparsely, or the function
// skipped up front ("was not checked: too many places x objects") when the state
// matrix would be too big. Status 0 (the code is correct: every case breaks and 'p'
// is freed after the switch), or 0 with the "was not checked" remark.
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
