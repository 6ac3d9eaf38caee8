// Command-line parsing into a global configuration: the same assignment runs again
// only if the option is given twice, and then the last one wins; this is not
// reported as an overwrite of an owned block.
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct {
  char *hostsocket;
  int keepalive;
} config;

void parse_options(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    int lastarg = i == argc - 1;
    if (!strcmp(argv[i], "-s") && !lastarg)
      config.hostsocket = strdup(argv[++i]);
    else if (!strcmp(argv[i], "-k") && !lastarg)
      config.keepalive = atoi(argv[++i]);
  }
}
