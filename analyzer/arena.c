// arena.c: the bump allocator behind every long-lived and scratch structure.
//
// An Arena is a list of chunks of at least 64 KiB; allocations are carved from the
// newest chunk, zeroed and aligned to 8 bytes. Nothing is freed on its own: a whole
// arena is reset (keeping its first chunk for reuse) or freed. This is the only file
// that calls malloc and free; running out of memory ends the process with status 2.
// It also holds fatal_internal(), the one place that reports ownck's own bugs, and
// the thread's recovery point that turns such a bug into "this file not analysed".
#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analyzer.h"

// ALIGN: the strictest alignment of anything ownck keeps in an arena (pointers, long
// long, double). Not 16 (malloc's): an IR Node of 88 bytes would take 96.
enum { CHUNK_MIN = 64 * 1024, ALIGN = 8 };
_Static_assert(_Alignof(void *) <= ALIGN && _Alignof(long long) <= ALIGN && _Alignof(double) <= ALIGN,
               "arena alignment");

typedef struct Chunk {
  struct Chunk *next;
  size_t size;          // bytes in data[]
  size_t used;          // bytes handed out, measured from data
  unsigned char data[];
} Chunk;

struct Arena {
  Chunk *first;         // kept across arena_reset
  Chunk *cur;           // the newest chunk; allocations come from here
  size_t total;         // bytes handed out in earlier chunks (for arena_used)
  struct Arena *kids;   // arena_child()s, freed with this one
  struct Arena *next_kid;
};

// The recovery point of the calling thread, while it analyses one file (driver.c):
// the only mutable object outside an arena, and it is per thread.
static _Thread_local Recovery *recovery;

Recovery *recovery_set(Recovery *r) {
  Recovery *old = recovery;
  recovery = r;
  return old;
}

Recovery *recovery_get(void) {
  return recovery;
}

_Noreturn void fatal_internal(const char *file, int line, const char *what) {
  const char *rel = strstr(file, "analyzer/");  // not the build machine's path
  Recovery *r = recovery;
  if (r) {  // unwind to the recovery point: only this file is lost
    snprintf(r->what, sizeof r->what, "internal error at %s:%d: %s", rel ? rel : file, line, what);
    recovery = NULL;
    siglongjmp(r->env, 1);
  }
  fflush(stdout);
  fprintf(stderr, "ownck: internal error at %s:%d: %s\n", rel ? rel : file, line, what);
  abort();
}

static _Noreturn void out_of_memory(void) {
  fflush(stdout);
  fputs("ownck: error: out of memory\n", stderr);
  exit(2);
}

static void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p)
    out_of_memory();
  return p;
}

// A chunk whose data can hold 'need' bytes after aligning its start.
static Chunk *chunk_new(size_t need) {
  if (need > SIZE_MAX / 2)
    out_of_memory();
  size_t size = need + ALIGN < CHUNK_MIN ? CHUNK_MIN : need + ALIGN;
  Chunk *c = xmalloc(sizeof(Chunk) + size);
  c->next = NULL;
  c->size = size;
  c->used = 0;
  return c;
}

// Offset in 'c' at which 'size' bytes aligned to ALIGN would start, or SIZE_MAX.
static size_t fit(const Chunk *c, size_t size) {
  uintptr_t base = (uintptr_t)c->data;
  uintptr_t at = (base + c->used + (ALIGN - 1)) & ~(uintptr_t)(ALIGN - 1);
  size_t off = (size_t)(at - base);
  if (off > c->size || c->size - off < size)
    return SIZE_MAX;
  return off;
}

// A new, empty arena; free it with arena_free().
OWNED Arena *arena_new(void) {
  Arena *a = xmalloc(sizeof *a);
  a->first = a->cur = chunk_new(CHUNK_MIN - ALIGN);
  a->total = 0;
  a->kids = a->next_kid = NULL;
  return a;
}

// A new arena that 'parent' owns: freed when 'parent' is reset or freed. For
// temporaries reset far more often than their parent (a block transfer's, within a
// function's scratch), which still go when the parent's work ends, however it ends.
Arena *arena_child(MUT_BORROW Arena *parent) {
  Arena *a = arena_new();
  a->next_kid = parent->kids;
  parent->kids = a;
  return a;
}

static void free_kids(Arena *a) {
  while (a->kids) {
    Arena *k = a->kids;
    a->kids = k->next_kid;
    arena_free(k);
  }
}

static void free_chunks(Chunk *c) {
  while (c) {
    Chunk *next = c->next;
    free(c);
    c = next;
  }
}

// Frees 'a' and everything allocated from it; 'a' may be NULL.
void arena_free(OWNED Arena *a) {
  if (!a)
    return;
  free_kids(a);
  free_chunks(a->first);
  free(a);
}

// Forgets every allocation of 'a' at once; its first chunk is kept for reuse.
void arena_reset(MUT_BORROW Arena *a) {
  free_kids(a);
  free_chunks(a->first->next);
  a->first->next = NULL;
  a->first->used = 0;
  a->cur = a->first;
  a->total = 0;
}

// 'size' bytes from 'a', aligned to 8, not zeroed: for a buffer its caller fills
// at once (a copy); never NULL.
void *arena_alloc_raw(MUT_BORROW Arena *a, size_t size) {
  size_t off = fit(a->cur, size);
  if (off == SIZE_MAX) {
    Chunk *c = chunk_new(size);
    a->total += a->cur->used;
    a->cur->next = c;
    a->cur = c;
    off = fit(c, size);
  }
  void *p = a->cur->data + off;
  a->cur->used = off + size;
  return p;
}

// 'size' zeroed bytes from 'a', aligned to 8; never NULL.
void *arena_alloc(MUT_BORROW Arena *a, size_t size) {
  void *p = arena_alloc_raw(a, size);
  memset(p, 0, size);
  return p;
}

// Grows the block 'old' of 'oldsize' bytes to 'newsize' bytes, keeping its contents;
// the added bytes are zero. Grows in place when 'old' is the newest allocation.
void *arena_realloc(MUT_BORROW Arena *a, void *old, size_t oldsize, size_t newsize) {
  if (!old)
    return arena_alloc(a, newsize);
  if (newsize <= oldsize)
    return old;
  Chunk *c = a->cur;
  unsigned char *p = old;
  if (p + oldsize == c->data + c->used && c->size - c->used >= newsize - oldsize) {
    memset(p + oldsize, 0, newsize - oldsize);
    c->used += newsize - oldsize;
    return old;
  }
  void *q = arena_alloc(a, newsize);
  memcpy(q, old, oldsize);
  return q;
}

// A copy of the first 'n' bytes of 's' (fewer if it ends sooner), NUL-terminated.
char *arena_strndup(MUT_BORROW Arena *a, BORROWED const char *s, size_t n) {
  size_t len = 0;
  while (len < n && s[len])
    len++;
  char *d = arena_alloc(a, len + 1);
  memcpy(d, s, len);
  return d;
}

// A copy of the string 's'.
char *arena_strdup(MUT_BORROW Arena *a, BORROWED const char *s) {
  return arena_strndup(a, s, strlen(s));
}

// The printf-formatted string for 'fmt' and its arguments, in 'a'. Formatted
// straight into the newest chunk when it fits there (one pass, the usual case).
char *arena_printf(MUT_BORROW Arena *a, BORROWED const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  Chunk *c = a->cur;
  size_t off = fit(c, 1);
  size_t room = off == SIZE_MAX ? 0 : c->size - off;
  char *s = room ? (char *)c->data + off : NULL;
  int n = vsnprintf(s, room, fmt, ap);
  va_end(ap);
  if (n < 0)
    fatal_internal(__FILE__, __LINE__, "bad format string");
  if ((size_t)n < room) {
    c->used = off + (size_t)n + 1;
  } else {
    s = arena_alloc(a, (size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap2);
  }
  va_end(ap2);
  return s;
}

void arena_append(MUT_BORROW Arena *a, MUT_BORROW StrBuf *b, BORROWED const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(b->s ? b->s + b->len : NULL, b->s ? b->cap - b->len : 0, fmt, ap);
  va_end(ap);
  if (n < 0)
    fatal_internal(__FILE__, __LINE__, "bad format string");
  if (!b->s || b->len + (size_t)n >= b->cap) {
    size_t cap = b->cap ? 2 * b->cap : 64;
    while (cap <= b->len + (size_t)n)
      cap *= 2;
    b->s = arena_realloc(a, b->s, b->cap, cap);
    b->cap = cap;
    vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap2);
  }
  va_end(ap2);
  b->len += (size_t)n;
}

// Gives the pages of the process's free heap memory back to the system (glibc keeps
// what was freed in the middle of its heap resident). Worth it after a large
// translation unit is disposed of: the analysis then grows into fresh pages
// instead of adding to libclang's freed ones.
void memory_return(void) {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

// Bytes handed out by 'a' and its children since they were created or last reset
// (padding included).
size_t arena_used(BORROWED const Arena *a) {
  size_t n = a->total + a->cur->used;
  for (const Arena *k = a->kids; k; k = k->next_kid)
    n += arena_used(k);
  return n;
}

char *arena_read_file(Arena *a, const char *path, size_t max, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 4096, n = 0, got;
  struct stat st;  // a regular file is read into a buffer of its size, not zeroed first
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && (unsigned long long)st.st_size < max)
    cap = (size_t)st.st_size + 2;  // its bytes, the NUL, and room for the read that finds the end
  char *buf = arena_alloc_raw(a, cap);
  do {
    if (n + 1 == cap) {
      if (cap > max) {
        fclose(f);
        errno = EFBIG;
        return NULL;
      }
      buf = arena_realloc(a, buf, cap, cap * 2);
      cap *= 2;
    }
    got = fread(buf + n, 1, cap - 1 - n, f);
    n += got;
  } while (got > 0);
  int err = ferror(f) ? errno : 0;
  fclose(f);
  if (err) {
    errno = err;
    return NULL;
  }
  buf[n] = '\0';
  *len = n;
  return buf;
}
