// store.h: the prototypes of store.c, unannotated (suggest.sh annotates them).
#ifndef STORE_H
#define STORE_H
#include <stddef.h>
#include <stdio.h>

struct entry {
  char *key;
  char *value;
};

struct entry *entry_new(const char *key, const char *value);
void entry_free(struct entry *e);
const char *entry_key(struct entry *e);
void entry_upcase(struct entry *e);
FILE *store_open(const char *path);
void store_close(FILE *f);
size_t entry_size(struct entry *e);
#endif
