/* ownck/ownership.h: ownership and borrowing annotations for C.
 *
 * Put an annotation at the start of a declaration (variable, parameter, struct field,
 * or function, where it describes the return value):
 *
 *     OWNED char *buf = malloc(n);
 *     void consume(OWNED char *p);
 *     size_t length(BORROWED const struct str *s);
 *     OWNED_BY(fclose) FILE *open_log(BORROWED const char *path);
 *
 * When __OWNCK__ is defined (ownck defines it) each macro expands to
 * __attribute__((annotate("ownck.<what>"))); otherwise to nothing, so any C compiler
 * (C89 to C23) builds annotated code unchanged. The "ownck.*" strings are a public
 * interface too: other headers and code generators may emit them directly.
 *
 * Reference: docs/annotations.md.
 */
#ifndef OWNCK_OWNERSHIP_H
#define OWNCK_OWNERSHIP_H

#if defined(__OWNCK__) && defined(__clang__)
#define OWNCK_ANNOTATE_(what) __attribute__((annotate(what)))
#else
#define OWNCK_ANNOTATE_(what)
#endif

/* This place owns the object: it must be released or moved exactly once before it
 * goes out of scope (Rust: T, Box<T>). */
#define OWNED OWNCK_ANNOTATE_("ownck.owned")

/* A shared, read-only borrow: never released, moved, written through or stored
 * beyond the owner's life; any number may coexist (Rust: &T). */
#define BORROWED OWNCK_ANNOTATE_("ownck.borrowed")

/* An exclusive borrow: writes allowed; while it is live nothing else may use the
 * owner (Rust: &mut T). */
#define MUT_BORROW OWNCK_ANNOTATE_("ownck.mut_borrow")

/* Owned, and released only by the function 'fn' (Rust: Drop), e.g.
 * OWNED_BY(fclose) FILE *f;  OWNED_BY(close) int fd; */
#define OWNED_BY(fn) OWNCK_ANNOTATE_("ownck.owned_by(" #fn ")")

/* On a function: the returned borrow lives as long as the borrow of parameter
 * 'param' (Rust: fn f<'a>(x: &'a T) -> &'a U). */
#define BORROWED_FROM(param) OWNCK_ANNOTATE_("ownck.borrowed_from(" #param ")")

/* May be NULL (or an invalid handle): check before dereferencing (Rust: Option<T>). */
#define NULLABLE OWNCK_ANNOTATE_("ownck.nullable")

/* On a function: its body is not checked; callers still trust its signature
 * (Rust: unsafe fn). */
#define UNCHECKED OWNCK_ANNOTATE_("ownck.unchecked")

#endif /* OWNCK_OWNERSHIP_H */
