// Precision: two allocations checked together, 'if (a == NULL || b == NULL)', with
// both freed on the failure path (free(NULL) is fine). After the if, both are
// non-NULL.
// expect-no-diagnostics
#include <stdlib.h>

struct matrix {
  double *data;
  size_t *rows;
};

int matrix_init(struct matrix *m, size_t r, size_t c) {
  double *data = calloc(r * c, sizeof *data);
  size_t *rows = malloc(r * sizeof *rows);
  if (data == NULL || rows == NULL) {
    free(data);
    free(rows);
    return -1;
  }
  data[0] = 1.0;
  rows[0] = 0;
  m->data = data;
  m->rows = rows;
  return 0;
}
