// alloc.h: a tiny buffer API, defined in alloc.c. No annotations: ownck -p learns
// what buf_new() and buf_free() do from the summaries of their bodies in alloc.c.
#ifndef ALLOC_H
#define ALLOC_H

#include <stddef.h>

char *buf_new(size_t n);
void buf_free(char *b);

#endif
