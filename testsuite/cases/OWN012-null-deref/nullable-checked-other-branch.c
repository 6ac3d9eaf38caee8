// The pointer is checked on the branch that logs, and then dereferenced after the
// if on both paths: on the path where the check failed (cfg == NULL) it is NULL.
#include <stdio.h>
#include <ownck/ownership.h>

struct server_cfg {
  int backlog;
};

int backlog_of(NULLABLE const struct server_cfg *cfg) {
  if (cfg)
    printf("backlog %d\n", cfg->backlog);
  return cfg->backlog; // expect-error[OWN012]{{dereference of NULLABLE 'cfg' without a NULL check}}
}
