// Unit-test assertion macros (Unity's TEST_ASSERT_NOT_NULL, as in cJSON's tests)
// call a failure function defined in another file that longjmps out of the test
// and is not declared noreturn. The pointer is never used when it is NULL: the
// built-in model of UnityFail (rules/models/test-frameworks.json) says it never
// returns, as a configured {"noreturn": true} model would for a project's own.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

void UnityFail(const char *message, unsigned line);   /* longjmp()s, never returns */
#define TEST_ASSERT_NOT_NULL(p) \
  if ((p) != NULL) {} else { UnityFail(" Expected Non-NULL", __LINE__); }

void test_copy(void) {
  char *s = malloc(16);
  TEST_ASSERT_NOT_NULL(s);
  strcpy(s, "hello");
  free(s);
}
