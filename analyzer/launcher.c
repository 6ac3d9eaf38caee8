// launcher.c: ownck-cc, the compiler launcher (a program of its own).
//
//   CMAKE_C_COMPILER_LAUNCHER=ownck-cc    or    make CC="ownck-cc gcc"
//
// Runs the real compiler with the arguments it was given, as if ownck-cc were not
// there, and keeps its exit status. When that compile succeeded, runs 'ownck --cc'
// (the ownck beside this program, or $OWNCK) on the same command in a child process,
// which analyses the C sources of a -c compile and ignores links, preprocessing and
// other languages. Its findings go to stderr in gcc format, where build logs and
// editors read compiler diagnostics. They fail the compile only with OWNCK_WERROR=1;
// anything that goes wrong with ownck itself (a crash, a bad configuration, a missing
// file) is one 'ownck-cc: note:' line and never fails the build. OWNCK_DISABLE=1 runs
// the compiler alone; OWNCK_FLAGS adds ownck options (--strict); OWNCK_CACHE_DIR is
// the result cache. Composes with ccache on either side (ccache replays stderr).
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "analyzer.h"

static bool env_on(const char *name) {
  const char *v = getenv(name);
  return v && *v && strcmp(v, "0") != 0;
}

// Runs 'argv' with the launcher's own stdin/stdout/stderr; its exit status as a
// shell gives it (128 + signal), 127 if it cannot be started.
static int run_compiler(char **argv) {
  pid_t pid = fork();
  if (pid < 0) {
    fprintf(stderr, "ownck-cc: error: cannot start '%s': %s\n", argv[0], strerror(errno));
    return 127;
  }
  if (pid == 0) {
    execvp(argv[0], argv);
    fprintf(stderr, "ownck-cc: error: cannot run '%s': %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  int st;
  while (waitpid(pid, &st, 0) < 0)
    if (errno != EINTR)
      return 127;
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

// Does the command compile something ownck could check (-c or -S, and not -E)? A
// quick filter: 'ownck --cc' decides exactly.
static bool may_compile(int argc, char **argv) {
  bool compile = false;
  for (int i = 1; i < argc; i++) {
    if (argv[i][0] == '@')
      return true;  // a response file: 'ownck --cc' reads it
    if (!strcmp(argv[i], "-c") || !strcmp(argv[i], "-S"))
      compile = true;
    if (!strcmp(argv[i], "-E") || !strcmp(argv[i], "-M") || !strcmp(argv[i], "-MM"))
      return false;
  }
  return compile;
}

// The ownck to run: $OWNCK, else the one installed beside this program, else PATH's.
static const char *ownck_path(char *buf, size_t size) {
  const char *env = getenv("OWNCK");
  if (env && *env)
    return env;
  ssize_t n = readlink("/proc/self/exe", buf, size - 8);
  if (n > 0) {
    buf[n] = 0;
    char *slash = strrchr(buf, '/');
    if (slash) {
      strcpy(slash + 1, "ownck");
      if (access(buf, X_OK) == 0)
        return buf;
    }
  }
  return "ownck";
}

typedef struct Out {
  Arena *a;
  char *data;
  size_t len, cap;
} Out;

static void append(Out *o, const char *p, size_t n) {
  if (o->len + n + 1 > o->cap) {
    size_t cap = (o->len + n + 1) * 2;
    o->data = arena_realloc(o->a, o->data, o->cap, cap);
    o->cap = cap;
  }
  memcpy(o->data + o->len, p, n);
  o->len += n;
  o->data[o->len] = 0;
}

// Runs 'argv' with its stdout and stderr captured into 'out' and 'err'; its exit
// status as a shell gives it, or -1 if it could not be started.
static int run_captured(char **argv, Out *out, Out *err) {
  int po[2], pe[2];
  if (pipe(po) < 0 || pipe(pe) < 0)
    return -1;
  pid_t pid = fork();
  if (pid < 0)
    return -1;
  if (pid == 0) {
    dup2(po[1], 1);
    dup2(pe[1], 2);
    close(po[0]);
    close(pe[0]);
    close(po[1]);
    close(pe[1]);
    execvp(argv[0], argv);
    fprintf(stderr, "cannot run '%s': %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  close(po[1]);
  close(pe[1]);
  struct pollfd fds[2] = {{po[0], POLLIN, 0}, {pe[0], POLLIN, 0}};
  Out *dst[2] = {out, err};
  for (int open = 2; open > 0;) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    for (int k = 0; k < 2; k++) {
      if (fds[k].fd < 0 || !(fds[k].revents & (POLLIN | POLLHUP | POLLERR)))
        continue;
      char buf[8192];
      ssize_t n = read(fds[k].fd, buf, sizeof buf);
      if (n > 0) {
        append(dst[k], buf, (size_t)n);
      } else if (n == 0 || errno != EINTR) {
        close(fds[k].fd);
        fds[k].fd = -1;
        open--;
      }
    }
  }
  int st;
  while (waitpid(pid, &st, 0) < 0)
    if (errno != EINTR)
      return -1;
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

// The first line of 'text' without ownck's "ownck: error: " prefix.
static const char *first_line(char *text) {
  if (!text)
    return "no message";
  char *nl = strchr(text, '\n');
  if (nl)
    *nl = 0;
  const char *prefix = "ownck: error: ";
  return strncmp(text, prefix, strlen(prefix)) == 0 ? text + strlen(prefix) : text;
}

// 'ownck --cc [--cache DIR] [OWNCK_FLAGS...] -- COMPILER ARGS...'.
static char **ownck_argv(Arena *a, int argc, char **argv, char *self) {
  const char *flags = getenv("OWNCK_FLAGS"), *cache = getenv("OWNCK_CACHE_DIR");
  const char **words = NULL;
  int nflags = flags ? ccmd_split(a, flags, &words) : 0;
  char **v = arena_alloc(a, sizeof *v * (size_t)(argc + nflags + 8));
  int k = 0;
  v[k++] = self;
  v[k++] = "--cc";
  v[k++] = "--format=gcc";
  if (cache && *cache) {
    v[k++] = "--cache";
    v[k++] = (char *)cache;
  }
  for (int i = 0; i < nflags; i++)
    v[k++] = (char *)words[i];
  v[k++] = "--";
  for (int i = 1; i < argc; i++)
    v[k++] = argv[i];
  return v;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: ownck-cc COMPILER ARGS...   (CMAKE_C_COMPILER_LAUNCHER=ownck-cc, or CC=\"ownck-cc gcc\")\n"
          "Runs the compiler, then checks the C sources it compiled with ownck; see 'man ownck'.\n",
          stderr);
    return 2;
  }
  if (env_on("OWNCK_DISABLE")) {
    execvp(argv[1], argv + 1);
    fprintf(stderr, "ownck-cc: error: cannot run '%s': %s\n", argv[1], strerror(errno));
    return 127;
  }
  int rc = run_compiler(argv + 1);
  if (rc != 0 || !may_compile(argc, argv))
    return rc;
  char self[4096];
  Arena *a = arena_new();
  char **v = ownck_argv(a, argc, argv, (char *)ownck_path(self, sizeof self));
  Out out = {a, NULL, 0, 0}, err = {a, NULL, 0, 0};
  int st = run_captured(v, &out, &err);
  bool said = out.len > 0;  // findings (exit 1) come with a report; a bare 1 is a failure
  if (st == 0 || (st == 1 && said)) {
    if (out.len)
      fputs(out.data, stderr);
    if (err.len)
      fputs(err.data, stderr);
    if (st == 1 && env_on("OWNCK_WERROR"))
      rc = 1;
  } else {
    const char *why = st < 0                  ? "it could not be started"
                      : st > 128              ? "it crashed"
                      : err.len               ? first_line(err.data)
                                              : "it failed without a message";
    fprintf(stderr, "ownck-cc: note: ownck did not check this compile: %s\n", why);
  }
  arena_free(a);
  return rc;
}
