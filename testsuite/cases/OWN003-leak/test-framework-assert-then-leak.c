// After a Unity assertion, the test goes on only when it held: the block is not
// NULL there, and leaving the test without freeing it is a leak (UnityFail's model
// ends only the failing path).
#include <stdlib.h>
#include <string.h>

void UnityFail(const char *message, unsigned line);
#define TEST_ASSERT_NOT_NULL(p) \
  if ((p) != NULL) {} else { UnityFail(" Expected Non-NULL", __LINE__); }

void test_copy(void) {
  char *s = malloc(16);
  TEST_ASSERT_NOT_NULL(s);
  strcpy(s, "hello");
}  // expect-error[OWN003]
