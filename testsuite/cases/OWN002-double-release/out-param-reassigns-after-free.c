// Passing '&cmd' to a function that is not modelled gives 'cmd' a new value: the
// block freed before is no longer what 'cmd' holds, so freeing again is not a double
// free and using it is not a use after free. Reduced from redis
// src/redis-benchmark.c (redisFormatCommand(&cmd, ...) then free(cmd), repeated).
// expect-no-diagnostics
#include <stdlib.h>

int redisFormatCommand(char **target, const char *format, ...);
void benchmark(const char *title, char *cmd, int len);

struct config { int quiet; char *title; } config;

int run_tests(void) {
  char *cmd;
  int len;
  if (config.quiet)
    config.title = NULL;
  len = redisFormatCommand(&cmd, "PING");
  benchmark("PING_BULK", cmd, len);
  free(cmd);
  len = redisFormatCommand(&cmd, "SET key:__rand_int__ %s", "x");
  benchmark("SET", cmd, len);
  free(cmd);
  return 0;
}
