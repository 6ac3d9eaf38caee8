// C23 (-std=c2x): [[attributes]] on declarations and statements, nullptr, bool/true/
// false as keywords, typeof, static_assert without a message, digit separators,
// binary literals, constexpr and auto. One real finding: 'q' leaks.
// hostile-flags: -std=c2x
// hostile-exit: 1
#include <stdlib.h>

static_assert(sizeof(int) >= 2);
constexpr int SIZE = 1'024;

[[nodiscard]] char *make(void);

[[maybe_unused]] static int flags = 0b1010;

int c23(bool b) {
  char *p = nullptr;
  auto n = SIZE;
  if (b) {
    p = malloc(n);
    [[maybe_unused]] typeof(p) q = malloc(1); // expect-note{{allocated here}}
  } // expect-error[OWN003]{{leak}}
  switch (n) {
  case 1:
    [[fallthrough]];
  default:
    break;
  }
  if (p == nullptr)
    return -1;
  free(p);
  return true;
}
