// Idiom: a test-framework assertion (Unity's TEST_ASSERT_NOT_NULL) expands to
//   if (p != NULL) {} else { UnityFail(...); }
// UnityFail() starts with RETURN_IF_FAIL_OR_IGNORE (return if the current test has
// already failed) and otherwise ends in TEST_ABORT() == longjmp(Unity.AbortFrame, 1).
// A test that already failed has already longjmp'd out, so at an assertion inside
// a test body UnityFail never returns. Its body seems to return (the early
// return), but the built-in model says it never does, and a model's noreturn holds
// for a function the project defines too (here Unity itself, built with the tests).
// From: cjson 1.7.15, tests/minify_tests.c:48-50 (also :62, :76, :90);
//       tests/unity/src/unity.c:1280-1311, unity_internals.h:589,652.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>

static struct { jmp_buf AbortFrame; int CurrentTestFailed; } Unity;

static void UnityFail(const char *msg, unsigned line)
{
    (void)msg; (void)line;
    if (Unity.CurrentTestFailed) return;   /* RETURN_IF_FAIL_OR_IGNORE */
    Unity.CurrentTestFailed = 1;
    longjmp(Unity.AbortFrame, 1);          /* UNITY_FAIL_AND_BAIL */
}
#define TEST_ASSERT_NOT_NULL(p) if ((p) != NULL) {} else { UnityFail("Expected Non-NULL", __LINE__); }

void test_minify(void)
{
    const char to_minify[] = "{ \"key\":\ttrue\r\n    }";
    char *minified = (char *) malloc(sizeof(to_minify));
    TEST_ASSERT_NOT_NULL(minified);
    strcpy(minified, to_minify);
    free(minified);
}
