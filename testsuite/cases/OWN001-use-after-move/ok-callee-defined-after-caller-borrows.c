// A helper defined after its caller (prototype first) that only reads its argument:
// its summary (parameter 0 only borrowed) is found whatever the order in the file.
// The caller keeps using the record and frees it at the end. No finding.
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

struct record { int id; double score; };

void record_print(struct record *r);

int rate(int id, double score) {
  struct record *r = malloc(sizeof *r);
  if (!r)
    return -1;
  r->id = id;
  r->score = score;
  record_print(r);
  int good = r->score > 0.5;
  free(r);
  return good;
}

void record_print(struct record *r) {
  printf("#%d: %.2f\n", r->id, r->score);
}
