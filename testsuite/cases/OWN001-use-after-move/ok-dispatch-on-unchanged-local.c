// One branch of a loop body frees a temporary and another uses the element, chosen
// by 'encoding', which does not change in the loop (redis's sinterGenericCommand):
// 'encoding == INTSET' and 'encoding == HT' are flags, and one being true makes the
// other false, so the freed temporary never reaches the other branch. The element
// comes back through '&elem' from an unknown iterator, which gives 'elem' a new
// value each time. No finding.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

#define INTSET 6
#define HT 2

int next_member(void *it, char **elem, long *num);
int is_member(const void *set, const char *elem);
char *from_long(long v);

int count_common(void *it, void **sets, int nsets) {
  char *elem = NULL;
  long num;
  int encoding, found = 0, j;
  while ((encoding = next_member(it, &elem, &num)) != -1) {
    for (j = 1; j < nsets; j++) {
      if (encoding == INTSET) {
        elem = from_long(num);
        if (!is_member(sets[j], elem)) {
          free(elem);
          break;
        }
        free(elem);
      } else if (encoding == HT) {
        if (!is_member(sets[j], elem))
          break;
      }
    }
    if (j == nsets && encoding == HT)
      found += (int)strlen(elem);
  }
  return found;
}
