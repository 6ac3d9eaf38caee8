// test_arena.c: the bump allocator keeps its promises.
//
// Every allocation is 8-byte aligned and zeroed (also when a reset arena hands out
// memory it used before), arena_realloc keeps the contents whether it grows in place
// or copies, large and many allocations work, and the string helpers copy exactly.
#include <check.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../analyzer/analyzer.h"

static bool all_equal(const unsigned char *p, size_t n, unsigned char v) {
  for (size_t i = 0; i < n; i++)
    if (p[i] != v)
      return false;
  return true;
}

static bool all_zero(const unsigned char *p, size_t n) {
  return all_equal(p, n, 0);
}

START_TEST(test_alignment) {
  Arena *a = arena_new();
  for (size_t size = 0; size < 200; size++) {
    void *p = arena_alloc(a, size);
    ck_assert_ptr_nonnull(p);
    ck_assert_uint_eq((uintptr_t)p % 8, 0);
  }
  arena_free(a);
}
END_TEST

START_TEST(test_zeroed_after_reset) {
  Arena *a = arena_new();
  unsigned char *p = arena_alloc(a, 1000);
  ck_assert(all_zero(p, 1000));
  memset(p, 0xAB, 1000);
  arena_reset(a);
  ck_assert_uint_eq(arena_used(a), 0);
  unsigned char *q = arena_alloc(a, 1000);
  ck_assert_ptr_eq(p, q);   // the first chunk is reused...
  ck_assert(all_zero(q, 1000));   // ...and still handed out zeroed
  arena_free(a);
}
END_TEST

START_TEST(test_realloc_in_place) {
  Arena *a = arena_new();
  char *p = arena_alloc(a, 10);
  memcpy(p, "abcdefghi", 10);
  char *q = arena_realloc(a, p, 10, 100);
  ck_assert_ptr_eq(p, q);
  ck_assert_str_eq(q, "abcdefghi");
  ck_assert(all_zero((unsigned char *)q + 10, 90));
  arena_free(a);
}
END_TEST

START_TEST(test_realloc_copies) {
  Arena *a = arena_new();
  int *p = arena_alloc(a, 4 * sizeof(int));
  for (int i = 0; i < 4; i++)
    p[i] = i + 1;
  arena_alloc(a, 8);   // p is no longer the newest allocation
  int *q = arena_realloc(a, p, 4 * sizeof(int), 1000 * sizeof(int));
  ck_assert_ptr_ne(p, q);
  for (int i = 0; i < 4; i++)
    ck_assert_int_eq(q[i], i + 1);
  ck_assert(all_zero((unsigned char *)(q + 4), 996 * sizeof(int)));
  ck_assert_ptr_eq(arena_realloc(a, q, 16, 8), q);   // shrinking keeps the block
  ck_assert_ptr_nonnull(arena_realloc(a, NULL, 0, 8));
  arena_free(a);
}
END_TEST

START_TEST(test_arr_push) {
  Arena *a = arena_new();
  int *v = NULL, n = 0, cap = 0;
  for (int i = 0; i < 100000; i++)
    ARR_PUSH(a, v, n, cap, i * 3);
  ck_assert_int_eq(n, 100000);
  for (int i = 0; i < n; i++)
    ck_assert_int_eq(v[i], i * 3);
  arena_free(a);
}
END_TEST

// Many small and some large blocks: no two overlap and none is clobbered later.
START_TEST(test_many_allocs) {
  Arena *a = arena_new();
  enum { N = 20000 };
  unsigned char **blocks = calloc(N, sizeof *blocks);
  size_t *sizes = calloc(N, sizeof *sizes);
  size_t total = 0;
  for (int i = 0; i < N; i++) {
    sizes[i] = i % 997 == 0 ? 100000 + (size_t)i : (size_t)(i % 61) + 1;
    blocks[i] = arena_alloc(a, sizes[i]);
    ck_assert_uint_eq((uintptr_t)blocks[i] % 8, 0);
    ck_assert(all_zero(blocks[i], sizes[i]));
    memset(blocks[i], i & 0xFF, sizes[i]);
    total += sizes[i];
  }
  for (int i = 0; i < N; i++)
    ck_assert(all_equal(blocks[i], sizes[i], (unsigned char)(i & 0xFF)));
  ck_assert_uint_ge(arena_used(a), total);
  free(blocks);
  free(sizes);
  arena_free(a);
}
END_TEST

START_TEST(test_big_alloc) {
  Arena *a = arena_new();
  unsigned char *p = arena_alloc(a, 10u << 20);
  ck_assert_uint_eq((uintptr_t)p % 8, 0);
  ck_assert(all_zero(p, 10u << 20));
  p[(10u << 20) - 1] = 1;
  arena_reset(a);
  ck_assert_ptr_nonnull(arena_alloc(a, 100));
  arena_free(a);
  arena_free(NULL);
}
END_TEST

START_TEST(test_strings) {
  Arena *a = arena_new();
  ck_assert_str_eq(arena_strdup(a, "hello"), "hello");
  ck_assert_str_eq(arena_strndup(a, "hello", 3), "hel");
  ck_assert_str_eq(arena_strndup(a, "hi", 10), "hi");
  ck_assert_str_eq(arena_printf(a, "%s:%d:%c", "f.c", 12, 'x'), "f.c:12:x");
  char big[5000];
  memset(big, 'y', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  ck_assert_str_eq(arena_printf(a, "%s", big), big);
  arena_free(a);
}
END_TEST

// arena_printf formats into the free end of the newest chunk when the string fits:
// it must not overlap what came before, and a string that does not fit (the chunk's
// end, or larger than a chunk) is whole too.
START_TEST(test_printf_at_chunk_end) {
  Arena *a = arena_new();
  char *first = arena_printf(a, "%s", "first");
  for (int i = 0; i < 3000; i++) {
    const char *s = arena_printf(a, "item %d of %s", i, "many");
    char want[64];
    snprintf(want, sizeof want, "item %d of many", i);
    ck_assert_str_eq(s, want);
  }
  ck_assert_str_eq(first, "first");
  char big[100000];
  memset(big, 'z', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  const char *b = arena_printf(a, "<%s>", big);
  ck_assert_uint_eq(strlen(b), sizeof big + 1);
  ck_assert(b[0] == '<' && b[sizeof big] == '>');
  void *after = arena_alloc(a, 32);
  ck_assert(all_zero(after, 32));
  arena_free(a);
}
END_TEST

// A StrBuf holds exactly what was appended, across its buffer's growth, and
// allocations between appends do not disturb it.
START_TEST(test_append) {
  Arena *a = arena_new();
  StrBuf b = {0};
  arena_append(a, &b, "%s", "");
  ck_assert_str_eq(b.s, "");
  char want[8192] = "";
  size_t n = 0;
  for (int i = 0; i < 500; i++) {
    arena_append(a, &b, "%s%d", i ? "," : "", i);
    n += (size_t)snprintf(want + n, sizeof want - n, "%s%d", i ? "," : "", i);
    if (i % 7 == 0)
      arena_alloc(a, 24);
  }
  ck_assert_str_eq(b.s, want);
  ck_assert_uint_eq(b.len, strlen(want));
  arena_free(a);
}
END_TEST

// A child arena counts towards its parent's use and goes when the parent is reset
// (the leak checkers of the ASan and valgrind runs see any chunk left behind).
START_TEST(test_child) {
  Arena *a = arena_new();
  size_t base = arena_used(a);
  Arena *k = arena_child(a);
  memset(arena_alloc(k, 200000), 1, 200000);  // more than a chunk
  ck_assert_uint_ge(arena_used(a), base + 200000);
  arena_reset(k);
  ck_assert_uint_lt(arena_used(a), base + 1000);
  arena_alloc(arena_child(a), 300000);
  arena_reset(a);  // frees both children
  ck_assert_uint_eq(arena_used(a), 0);
  k = arena_child(a);
  arena_alloc(k, 100);
  arena_free(a);  // and this one
}
END_TEST

// A file is read whole and NUL-terminated: a regular one of any size (one read into a
// buffer of its size), an empty one, one that /proc says is empty but is not; one
// larger than the limit is refused with EFBIG.
START_TEST(test_read_file) {
  Arena *a = arena_new();
  char path[] = "/tmp/ownck-test-read-XXXXXX";
  int fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  FILE *f = fdopen(fd, "wb");
  for (int i = 0; i < 10007; i++)
    fputc('a' + i % 26, f);
  fclose(f);
  size_t len = 0;
  char *text = arena_read_file(a, path, (size_t)1 << 20, &len);
  ck_assert_ptr_nonnull(text);
  ck_assert_uint_eq(len, 10007);
  ck_assert_uint_eq(strlen(text), 10007);
  ck_assert(text[0] == 'a' && text[10006] == 'a' + 10006 % 26);
  errno = 0;
  ck_assert_ptr_null(arena_read_file(a, path, 1000, &len));
  ck_assert_int_eq(errno, EFBIG);
  f = fopen(path, "wb");
  fclose(f);
  text = arena_read_file(a, path, 1000, &len);
  ck_assert(text && len == 0 && text[0] == '\0');
  remove(path);
  text = arena_read_file(a, "/proc/self/status", (size_t)1 << 20, &len);
  ck_assert(text && len > 0 && strlen(text) == len && strstr(text, "Name:"));
  ck_assert_ptr_null(arena_read_file(a, path, 1000, &len));  // gone
  arena_free(a);
}
END_TEST

static Suite *arena_suite(void) {
  Suite *s = suite_create("arena");
  TCase *tc = tcase_create("arena");
  tcase_add_test(tc, test_alignment);
  tcase_add_test(tc, test_zeroed_after_reset);
  tcase_add_test(tc, test_realloc_in_place);
  tcase_add_test(tc, test_realloc_copies);
  tcase_add_test(tc, test_arr_push);
  tcase_add_test(tc, test_many_allocs);
  tcase_add_test(tc, test_big_alloc);
  tcase_add_test(tc, test_strings);
  tcase_add_test(tc, test_printf_at_chunk_end);
  tcase_add_test(tc, test_append);
  tcase_add_test(tc, test_child);
  tcase_add_test(tc, test_read_file);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(arena_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
