/* config_loader.c: reads "key=value" lines from a file into a linked table.
 *
 * The table owns its keys and values: config_set() takes both with OWNED
 * parameters, so after the call the caller must not touch them (Rust's move).
 * Try: ownck examples/config_loader.c
 */
#include <ownck/ownership.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
  OWNED char *key;
  OWNED char *value;
  struct entry *next;
};

struct config {
  struct entry *head;
  int count;
};

static int verbose = 1;

/* Stores 'key' and 'value' in the table, which owns them from now on. */
static int config_set(struct config *cfg, OWNED char *key, OWNED char *value) {
  struct entry *e = malloc(sizeof *e);
  if (!e) {
    free(key);
    free(value);
    return -1;
  }
  e->key = key;
  e->value = value;
  e->next = cfg->head;
  cfg->head = e;
  cfg->count++;
  return 0;
}

/* Returns the value stored for 'key', or NULL; the table keeps ownership. */
static const char *config_get(const struct config *cfg, const char *key) {
  for (const struct entry *e = cfg->head; e; e = e->next)
    if (strcmp(e->key, key) == 0)
      return e->value;
  return NULL;
}

static void entries_free(struct entry *e) {
  if (!e)
    return;
  entries_free(e->next);
  free(e->key);
  free(e->value);
  free(e);
}

static void config_free(struct config *cfg) {
  entries_free(cfg->head);
  cfg->head = NULL;
  cfg->count = 0;
}

/* Splits "key=value\n" and stores the pair. */
static int parse_line(struct config *cfg, const char *line, int lineno) {
  const char *eq = strchr(line, '=');
  if (!eq) {
    fprintf(stderr, "line %d: expected key=value\n", lineno);
    return -1;
  }
  OWNED char *key = strndup(line, (size_t)(eq - line));
  if (!key)
    return -1;
  OWNED char *value = strdup(eq + 1);
  if (!value) {
    free(key);
    return -1;
  }
  value[strcspn(value, "\n")] = '\0';
  if (config_set(cfg, key, value) != 0)
    return -1;
  if (verbose)
    printf("line %d: set %s\n", lineno, key); /* BUG: 'key' was moved into config_set() */
  return 0;
}

int config_load(struct config *cfg, const char *path) {
  FILE *f = fopen(path, "r");
  if (!f)
    return -1;
  char line[256];
  int lineno = 0;
  while (fgets(line, sizeof line, f)) {
    lineno++;
    if (line[0] == '#' || line[0] == '\n')
      continue;
    if (parse_line(cfg, line, lineno) != 0)
      return -1; /* BUG: 'f' is never closed on a malformed line */
  }
  fclose(f);
  return 0;
}

int main(int argc, char **argv) {
  struct config cfg = {NULL, 0};
  if (config_load(&cfg, argc > 1 ? argv[1] : "app.conf") != 0) {
    config_free(&cfg);
    return 1;
  }
  const char *port = config_get(&cfg, "port");
  printf("%d entries, port=%s\n", cfg.count, port ? port : "(unset)");
  config_free(&cfg);
  return 0;
}
