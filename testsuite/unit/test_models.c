// test_models.c: library models (analyzer/models.c, rules/models/*.json).
//
// Proves that the built-in models load and say exactly what the man pages say for
// the functions the ownership pass leans on most (allocators and their releasers,
// out-parameters, getline's in/out buffer, realloc, noreturn); that a user file
// overrides a model by name and adds new ones; and that malformed user files are
// rejected whole, with one "ownck: error: FILE: JSON.PATH: ..." line on stderr.
#define _POSIX_C_SOURCE 200809L

#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyzer.h"

static Arena *arena;
static Models *ms;      // the table under test: built-in models, then the test's
static char dir[64];    // a fresh temporary directory per test
static int nfiles;      // files written into it (dir/0.json, dir/1.json, ...)

static void setup(void) {
  const char *tmp = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/ownck-models-XXXXXX", tmp && strlen(tmp) < 32 ? tmp : "/tmp");
  ck_assert_ptr_nonnull(mkdtemp(dir));
  nfiles = 0;
  arena = arena_new();
  ms = models_new(arena);
  ck_assert(models_load_builtin(ms));
}

static void teardown(void) {
  char path[128];
  arena_free(arena);
  for (int i = 0; i < nfiles; i++) {
    snprintf(path, sizeof path, "%s/%d.json", dir, i);
    unlink(path);
  }
  snprintf(path, sizeof path, "%s/stderr.txt", dir);
  unlink(path);
  rmdir(dir);
}

// Writes 'json' to a new file in the test's directory; returns its path (static).
static const char *write_json(const char *json) {
  static char path[128];
  snprintf(path, sizeof path, "%s/%d.json", dir, nfiles++);
  FILE *f = fopen(path, "w");
  ck_assert_ptr_nonnull(f);
  fputs(json, f);
  ck_assert_int_eq(fclose(f), 0);
  return path;
}

// models_load_file(path) with stderr captured into 'msg'.
static bool load_capture(const char *path, char *msg, size_t size) {
  char errpath[128];
  snprintf(errpath, sizeof errpath, "%s/stderr.txt", dir);
  fflush(stderr);
  int saved = dup(2);
  int fd = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ck_assert_int_ge(saved, 0);
  ck_assert_int_ge(fd, 0);
  dup2(fd, 2);
  close(fd);
  bool ok = models_load_file(ms, path);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  FILE *f = fopen(errpath, "r");
  ck_assert_ptr_nonnull(f);
  size_t n = fread(msg, 1, size - 1, f);
  msg[n] = '\0';
  fclose(f);
  return ok;
}

static const Model *find(const char *name) {
  const Model *m = model_find(ms, name);
  ck_assert_msg(m != NULL, "no model for %s", name);
  return m;
}

// ---- built-in models ----------------------------------------------------------------

START_TEST(malloc_and_free) {
  const Model *m = find("malloc");
  ck_assert_str_eq(m->name, "malloc");
  ck_assert_str_eq(m->origin, "rules/models/libc.json");
  ck_assert_int_eq(m->ret, RET_OWNED);
  ck_assert_str_eq(m->family, "free");
  ck_assert_int_eq(m->ret_fail, FAIL_NULL);
  ck_assert(!m->returns_handle);
  ck_assert_int_eq(m->ret_arg, -1);
  ck_assert(!m->noreturn);
  ck_assert_int_eq(m->nargs, 0);
  ck_assert_int_eq(model_arg(m, 0)->role, ROLE_NONE);

  const Model *f = find("free");
  ck_assert_int_eq(f->ret, RET_NONE);
  ck_assert_ptr_null(f->family);
  ck_assert_int_eq(f->nargs, 1);
  ck_assert_int_eq(f->args[0].role, ROLE_RELEASE);
  ck_assert_str_eq(f->args[0].family, "free");
  ck_assert(!f->args[0].nonnull);  // free(NULL) is fine
  ck_assert(!f->args[0].indirect);
  ck_assert_str_eq(model_release_family(ms, "free"), "free");
  ck_assert_ptr_null(model_release_family(ms, "malloc"));
}
END_TEST

START_TEST(stream_families) {
  const Model *m = find("fopen");
  ck_assert_int_eq(m->ret, RET_OWNED);
  ck_assert_str_eq(m->family, "fclose");
  ck_assert_int_eq(m->ret_fail, FAIL_NULL);
  ck_assert_int_eq(find("fclose")->args[0].role, ROLE_RELEASE);
  ck_assert_str_eq(find("fclose")->args[0].family, "fclose");
  ck_assert(find("fclose")->args[0].nonnull);
  ck_assert_str_eq(find("popen")->family, "pclose");
  ck_assert_str_eq(model_release_family(ms, "pclose"), "pclose");
  ck_assert_str_eq(find("opendir")->family, "closedir");
  ck_assert_str_eq(model_release_family(ms, "closedir"), "closedir");

  const Model *fd = find("fdopen");  // takes the descriptor over on success only
  ck_assert_str_eq(fd->family, "fclose");
  ck_assert_int_eq(fd->args[0].role, ROLE_RELEASE_ON_SUCCESS);
  ck_assert_str_eq(fd->args[0].family, "close");
  ck_assert(fd->args[0].handle);

  const Model *re = find("freopen");  // closes arg 2 and returns a new owner
  ck_assert_int_eq(re->args[2].role, ROLE_RELEASE);
  ck_assert_str_eq(re->args[2].family, "fclose");
  ck_assert_int_eq(re->ret, RET_OWNED);
  ck_assert_str_eq(re->family, "fclose");
  ck_assert_int_eq(re->ret_arg, 2);
  ck_assert(!re->ret_owned_if_null);
}
END_TEST

START_TEST(descriptors) {
  const Model *m = find("open");
  ck_assert_int_eq(m->ret, RET_OWNED);
  ck_assert_str_eq(m->family, "close");
  ck_assert(m->returns_handle);
  ck_assert_int_eq(m->ret_fail, FAIL_NEGATIVE);
  ck_assert_int_eq(model_arg(m, 2)->role, ROLE_NONE);  // the variadic mode
  ck_assert(find("close")->args[0].handle);
  ck_assert_str_eq(model_release_family(ms, "close"), "close");

  const Model *d = find("dup2");
  ck_assert_int_eq(d->ret, RET_ALIAS);
  ck_assert_int_eq(d->ret_arg, 1);
  ck_assert_int_eq(d->args[0].role, ROLE_BORROW);
  ck_assert_int_eq(d->args[1].role, ROLE_REOPEN);
  ck_assert_str_eq(d->args[1].family, "close");

  const Model *mm = find("mmap");
  ck_assert_str_eq(mm->family, "munmap");
  ck_assert_int_eq(mm->ret_fail, FAIL_MAP_FAILED);
  ck_assert_str_eq(model_release_family(ms, "munmap"), "munmap");
}
END_TEST

START_TEST(out_parameters) {
  const Model *m = find("posix_memalign");
  ck_assert_int_eq(m->ret, RET_NONE);
  ck_assert_int_eq(m->ret_fail, FAIL_NONZERO);
  ck_assert_int_eq(m->nargs, 3);
  ck_assert_int_eq(m->args[0].role, ROLE_OUT_OWNED);
  ck_assert_str_eq(m->args[0].family, "free");
  ck_assert_int_eq(m->args[0].count, 1);
  ck_assert(!m->args[0].handle);

  const Model *p = find("pipe");  // both elements of int[2]
  ck_assert_int_eq(p->ret_fail, FAIL_NEGATIVE);
  ck_assert_int_eq(p->args[0].role, ROLE_OUT_OWNED);
  ck_assert_str_eq(p->args[0].family, "close");
  ck_assert_int_eq(p->args[0].count, 2);
  ck_assert(p->args[0].handle);

  const Model *g = find("getaddrinfo");
  ck_assert_int_eq(g->args[3].role, ROLE_OUT_OWNED);
  ck_assert_str_eq(g->args[3].family, "freeaddrinfo");
  ck_assert_str_eq(model_release_family(ms, "freeaddrinfo"), "freeaddrinfo");

  const Model *gf = find("globfree");  // globfree(&g): the owner is *arg
  ck_assert(gf->args[0].indirect);
  ck_assert_str_eq(gf->args[0].family, "globfree");

  const Model *a = find("asprintf");
  ck_assert_int_eq(a->args[0].role, ROLE_OUT_OWNED);
  ck_assert_int_eq(a->rest, ROLE_BORROW);
  ck_assert_int_eq(model_arg(a, 7)->role, ROLE_BORROW);
}
END_TEST

START_TEST(getline_and_realloc) {
  const Model *g = find("getline");
  ck_assert_int_eq(g->ret, RET_NONE);
  ck_assert_int_eq(g->ret_fail, FAIL_NEGATIVE);
  ck_assert_int_eq(g->nargs, 3);
  ck_assert_int_eq(g->args[0].role, ROLE_INOUT_OWNED);
  ck_assert_str_eq(g->args[0].family, "free");
  ck_assert_int_eq(g->args[1].role, ROLE_BORROW_MUT);
  ck_assert_int_eq(g->args[2].role, ROLE_BORROW_MUT);
  ck_assert(g->args[2].nonnull);

  const Model *r = find("realloc");
  ck_assert_int_eq(r->ret, RET_OWNED);
  ck_assert_str_eq(r->family, "free");
  ck_assert_int_eq(r->ret_fail, FAIL_NULL);
  ck_assert_int_eq(r->args[0].role, ROLE_RELEASE_ON_SUCCESS);
  ck_assert_str_eq(r->args[0].family, "free");
  ck_assert_int_eq(r->args[1].role, ROLE_NONE);

  const Model *rp = find("realpath");  // owned only with a NULL buffer
  ck_assert_int_eq(rp->ret, RET_OWNED);
  ck_assert_int_eq(rp->ret_arg, 1);
  ck_assert(rp->ret_owned_if_null);
}
END_TEST

START_TEST(not_owned_results) {
  ck_assert_int_eq(find("strerror")->ret, RET_STATIC);
  ck_assert_ptr_null(find("strerror")->family);
  ck_assert_int_eq(find("getenv")->ret_fail, FAIL_NULL);
  const Model *s = find("strchr");
  ck_assert_int_eq(s->ret, RET_BORROW);
  ck_assert_int_eq(s->ret_arg, 0);
  ck_assert_int_eq(find("memcpy")->ret, RET_ALIAS);
  ck_assert_int_eq(find("readdir")->ret, RET_BORROW);
}
END_TEST

START_TEST(noreturn) {
  static const char *const names[] = {
      "exit", "_exit", "_Exit", "abort", "quick_exit", "err", "errx", "verr", "verrx",
      "__assert_fail", "__builtin_unreachable", "longjmp", "siglongjmp", "pthread_exit"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    ck_assert_msg(find(names[i])->noreturn, "%s should be noreturn", names[i]);
  ck_assert(!find("malloc")->noreturn);
}
END_TEST

START_TEST(lookup_edges) {
  ck_assert_ptr_null(model_find(ms, "no_such_function"));
  ck_assert_ptr_null(model_find(ms, NULL));
  ck_assert_ptr_null(model_find(ms, ""));
  ck_assert_ptr_eq(model_find(ms, "__builtin_malloc"), model_find(ms, "malloc"));
  ck_assert_ptr_null(model_find(ms, "__builtin_"));
  ck_assert_ptr_null(model_find(models_new(arena), "malloc"));
}
END_TEST

// ---- user models ----------------------------------------------------------------------

START_TEST(user_override_and_add) {
  char msg[512];
  const char *path = write_json(
      "{ \"version\": 1, \"models\": [\n"
      "  { \"name\": \"pool_free\", \"args\": [ \"borrow_mut\",\n"
      "      { \"role\": \"release\", \"family\": \"pool_free\" } ] },\n"
      "  { \"name\": \"pool_alloc\", \"args\": [ \"borrow_mut\", \"none\" ],\n"
      "    \"returns\": { \"kind\": \"owned\", \"family\": \"pool_free\", \"fails\": \"null\" } },\n"
      "  { \"name\": \"malloc\", \"doc\": \"this project's malloc never fails\",\n"
      "    \"returns\": { \"kind\": \"owned\", \"family\": \"free\" } },\n"
      "  { \"name\": \"die\", \"noreturn\": true }\n"
      "] }\n");
  ck_assert_msg(load_capture(path, msg, sizeof msg), "rejected: %s", msg);
  ck_assert_str_eq(msg, "");
  const Model *m = find("malloc");
  ck_assert_str_eq(m->origin, path);
  ck_assert_int_eq(m->ret_fail, FAIL_NONE);
  const Model *a = find("pool_alloc");
  ck_assert_str_eq(a->family, "pool_free");
  ck_assert_int_eq(a->args[0].role, ROLE_BORROW_MUT);
  ck_assert_str_eq(model_release_family(ms, "pool_free"), "pool_free");
  ck_assert(find("die")->noreturn);
  ck_assert_str_eq(find("calloc")->origin, "rules/models/libc.json");  // untouched
}
END_TEST

START_TEST(user_uses_builtin_family) {
  char msg[512];
  const char *path = write_json(
      "{\"models\": [{\"name\": \"xfree\", \"args\": [{\"role\": \"release\", \"family\": \"free\"}]},"
      " {\"name\": \"xstrdup\", \"returns\": {\"kind\": \"owned\", \"family\": \"free\"},"
      "  \"args\": [{\"role\": \"borrow\", \"nonnull\": true}]}]}");
  ck_assert_msg(load_capture(path, msg, sizeof msg), "rejected: %s", msg);
  ck_assert_str_eq(model_release_family(ms, "xfree"), "free");
  ck_assert(find("xstrdup")->args[0].nonnull);
}
END_TEST

START_TEST(config_text) {
  static const char cfg[] = "{ \"fail-on\": \"warning\", \"whatever\": [1, 2],"
                            "  \"models\": [ { \"name\": \"my_exit\", \"noreturn\": true } ] }";
  ck_assert(models_load_text(ms, ".ownck.json", cfg, strlen(cfg), true));
  ck_assert(find("my_exit")->noreturn);
  static const char none[] = "{ \"fail-on\": \"error\" }";
  ck_assert(models_load_text(ms, ".ownck.json", none, strlen(none), true));
}
END_TEST

// One malformed file: the error line must name the file and the JSON path.
typedef struct Bad {
  const char *json;
  const char *expect;  // substring of the message, after "ownck: error: FILE: "
} Bad;

static const Bad bad[] = {
    {"{\"models\": [{\"name\": \"a\"}, {\"name\": \"b\"}, {\"name\": \"c\"},"
     " {\"name\": \"d\", \"args\": [\"borrow\", {\"role\": \"relase\", \"family\": \"free\"}]}]}",
     "models[3].args[1].role: unknown role \"relase\" (did you mean \"release\"?)"},
    {"{\"models\": [{\"name\": 42}]}", "models[0].name: expected a string, not a number"},
    {"{\"models\": [{\"name\": \"f\", \"args\": [{\"role\": \"out_owned\", \"family\": \"free\","
     " \"count\": 1e300}]}]}",
     "models[0].args[0].count: expected an integer from 1 to 16"},
    {"{\"models\": [{\"name\": \"f\", \"returns\": {\"kind\": \"owned\", \"family\": \"free\","
     " \"arg\": -1}, \"args\": [\"none\"]}]}",
     "models[0].returns.arg: expected an integer from 0 to 126"},
    {"{\"models\": [{\"name\": \"f\", \"args\": [{\"role\": \"release\"}]}]}",
     "models[0].args[0]: role \"release\" needs a \"family\""},
    {"{\"models\": [{\"name\": \"f\", \"returns\": {\"kind\": \"owned\", \"family\": \"fcloes\"}}]}",
     "models[0].returns.family: nothing releases family \"fcloes\""},
    {"{\"models\": [{\"name\": \"f\", \"returns\": {\"kind\": \"owned\", \"familly\": \"free\"}}]}",
     "models[0].returns: unknown key \"familly\" (did you mean \"family\"?)"},
    {"{\"models\": {\"name\": \"f\"}}", "models: expected an array, not an object"},
    {"{\"models\": [{\"name\": \"f\"}, {\"name\": \"f\"}]}",
     "models[1].name: duplicate model \"f\" (also models[0])"},
    {"{\"models\": [{\"name\": \"f\", \"returns\": {\"kind\": \"borrow\", \"arg\": 2},"
     " \"args\": [\"borrow\"]}]}",
     "models[0].returns.arg: argument 2 is not in \"args\" (which has 1)"},
    {"{\"models\": [{\"name\": \"f\", \"returns\": {\"kind\": \"owned\", \"family\": \"close\","
     " \"handle\": true, \"fails\": \"null\"}}]}",
     "models[0].returns.fails: a handle fails \"negative\", not \"null\""},
    {"{\"models\": [{\"name\": \"f\", \"noreturn\": \"yes\"}]}",
     "models[0].noreturn: expected true or false, not a string"},
    {"{\"models\": [{\"name\": \"not an identifier\"}]}",
     "models[0].name: expected a C identifier, not \"not an identifier\""},
    {"{\"models\": [{\"name\": \"f\", \"rest\": \"release\"}]}",
     "models[0].rest: role \"release\" cannot apply to variadic arguments"},
    {"{\"models\": [{\"name\": \"f\", \"args\": [{\"role\": \"borrow\", \"indirect\": true}]}]}",
     "models[0].args[0].indirect: only used with role \"release\""},
    {"{\"models\": [{\"name\": \"f\", \"args\": [{\"role\": \"borrow\", \"role\": \"move\"}]}]}",
     "models[0].args[0]: duplicate key \"role\""},
    {"{\"models\": [{\"name\": \"f\", \"args\": [[[\"borrow\"]]]}]}",
     "models[0].args[0]: expected a role name or an object, not an array"},
    {"{\"models\": [{\"args\": []}]}", "models[0]: missing \"name\""},
    {"{\"version\": 2, \"models\": []}", "version: unsupported"},
    {"[{\"name\": \"f\"}]", "expected a JSON object at the top level, not an array"},
    {"{\"models\": [{\"name\": \"f\"}]} trailing", ":1:29: invalid JSON"},
    {"", ":1:1: invalid JSON (empty file)"},
};

START_TEST(malformed_rejected) {
  char msg[1024], want[512];
  const Bad *b = &bad[_i];
  const char *path = write_json(b->json);
  bool ok = load_capture(path, msg, sizeof msg);
  ck_assert_msg(!ok, "accepted: %s", b->json);
  snprintf(want, sizeof want, "ownck: error: %s", path);
  ck_assert_msg(strncmp(msg, want, strlen(want)) == 0, "no prefix %s in: %s", want, msg);
  ck_assert_msg(strstr(msg, b->expect) != NULL, "expected \"%s\" in: %s", b->expect, msg);
  ck_assert_msg(strchr(msg, '\n') == msg + strlen(msg) - 1, "not one line: %s", msg);
}
END_TEST

START_TEST(deep_nesting) {
  static char json[12000];
  size_t n = 0;
  n += (size_t)snprintf(json, sizeof json, "{\"models\": ");
  for (int i = 0; i < 5000; i++)
    json[n++] = '[';
  for (int i = 0; i < 5000; i++)
    json[n++] = ']';
  strcpy(json + n, "}");
  char msg[512];
  ck_assert(!load_capture(write_json(json), msg, sizeof msg));
  ck_assert_ptr_nonnull(strstr(msg, "invalid JSON"));
}
END_TEST

START_TEST(rejected_file_changes_nothing) {
  char msg[512];
  const char *path = write_json(
      "{\"models\": [{\"name\": \"malloc\", \"returns\": {\"kind\": \"static\"}},"
      " {\"name\": \"brand_new\"}, {\"name\": \"g\", \"args\": [\"relase\"]}]}");
  ck_assert(!load_capture(path, msg, sizeof msg));
  ck_assert_ptr_nonnull(strstr(msg, "models[2].args[0]: unknown role \"relase\""));
  ck_assert_int_eq(find("malloc")->ret, RET_OWNED);
  ck_assert_ptr_null(model_find(ms, "brand_new"));
}
END_TEST

START_TEST(unreadable_file) {
  char msg[512], path[128];
  snprintf(path, sizeof path, "%s/does-not-exist.json", dir);
  ck_assert(!load_capture(path, msg, sizeof msg));
  ck_assert_ptr_nonnull(strstr(msg, "does-not-exist.json: cannot open: "));
  ck_assert(!load_capture(dir, msg, sizeof msg));  // a directory
  ck_assert_ptr_nonnull(strstr(msg, "cannot read: "));
}
END_TEST

static Suite *models_suite(void) {
  Suite *s = suite_create("models");
  TCase *builtin = tcase_create("builtin");
  tcase_add_checked_fixture(builtin, setup, teardown);
  tcase_add_test(builtin, malloc_and_free);
  tcase_add_test(builtin, stream_families);
  tcase_add_test(builtin, descriptors);
  tcase_add_test(builtin, out_parameters);
  tcase_add_test(builtin, getline_and_realloc);
  tcase_add_test(builtin, not_owned_results);
  tcase_add_test(builtin, noreturn);
  tcase_add_test(builtin, lookup_edges);
  suite_add_tcase(s, builtin);

  TCase *user = tcase_create("user");
  tcase_add_checked_fixture(user, setup, teardown);
  tcase_add_test(user, user_override_and_add);
  tcase_add_test(user, user_uses_builtin_family);
  tcase_add_test(user, config_text);
  tcase_add_loop_test(user, malformed_rejected, 0, (int)(sizeof bad / sizeof *bad));
  tcase_add_test(user, deep_nesting);
  tcase_add_test(user, rejected_file_changes_nothing);
  tcase_add_test(user, unreadable_file);
  suite_add_tcase(s, user);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(models_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
