/* demo.c: a client of lua-cjson's strbuf (strbuf.c, strbuf.h beside it), written
 * for ownck's showcase. It builds small JSON texts the way lua_cjson.c does, with a
 * heap strbuf (strbuf_new) and an embedded one (strbuf_init), and has one planted
 * bug, marked BUG: a pointer into the buffer kept across an append that may
 * reallocate it. The client's own pointers are plain C: the annotations in
 * strbuf.h are enough.
 *
 * Public domain (CC0): do with it what you like.
 */
#include <stdio.h>
#include <string.h>

#include "strbuf.h"

/* A JSON string, escape-free for brevity (lua_cjson.c's json_append_string()
 * escapes). */
static void append_quoted(MUT_BORROW strbuf_t *json, BORROWED const char *str)
{
    strbuf_append_char(json, '"');
    strbuf_append_string(json, str);
    strbuf_append_char(json, '"');
}

/* A number, written straight into the buffer's free space as lua_cjson.c's
 * json_append_number() does: strbuf_empty_ptr() lends the free space mutably, and
 * strbuf_extend_length() takes in what was written there. */
static void append_number(MUT_BORROW strbuf_t *json, double num)
{
    int len;

    strbuf_ensure_empty_length(json, 32);
    len = snprintf(strbuf_empty_ptr(json), 32, "%.14g", num);
    strbuf_extend_length(json, len);
}

/* {"name":NAME,"size":SIZE}, handed to the caller as a plain string. */
static char *encode_entry(const char *name, double size, int *len)
{
    strbuf_t *json = strbuf_new(0);

    strbuf_append_char(json, '{');
    append_quoted(json, "name");
    strbuf_append_char(json, ':');
    append_quoted(json, name);
    strbuf_append_mem(json, ",\"size\":", 8);
    append_number(json, size);
    strbuf_append_char(json, '}');
    return strbuf_free_to_string(json, len);
}

/* [ENTRY,ENTRY,...] into an embedded strbuf, printed, then the buffer reused for a
 * summary line, as lua_cjson.c reuses its encode buffer. A pointer into the buffer
 * is fine as long as it is not kept across a change to the buffer. */
static void print_list(const char *const *names, const double *sizes, int n)
{
    strbuf_t list;
    const char *text;
    int i, len;

    strbuf_init(&list, 0);
    strbuf_append_char(&list, '[');
    for (i = 0; i < n; i++) {
        char *entry = encode_entry(names[i], sizes[i], &len);

        if (i > 0)
            strbuf_append_char(&list, ',');
        strbuf_append_mem(&list, entry, len);
        free(entry);
    }
    strbuf_append_char(&list, ']');

    text = strbuf_string(&list, &len);
    printf("%.*s\n", len, text);            /* the last use of 'text' */

    strbuf_reset(&list);                    /* so the buffer may change again */
    strbuf_append_fmt_retry(&list, "%d entries, %d bytes", n, len);
    strbuf_ensure_null(&list);
    puts(strbuf_string(&list, NULL));

    /* An embedded strbuf is released with strbuf_free() too, which frees only
     * list.buf since list.dynamic is 0; ownck sees '&list' given to an OWNED
     * parameter (README.md, "What was hard to express"). */
    strbuf_free(&list); /* ownck: allow(OWN009): an embedded strbuf, strbuf_free() keeps 'list' */
}

/* Appends "=VALUE" to the setting's name and says which setting was set. */
static void log_setting(const char *key, const char *value)
{
    strbuf_t *line = strbuf_new(16);
    const char *saved_key;
    int keylen;

    strbuf_append_string(line, key);
    saved_key = strbuf_string(line, &keylen);       /* a pointer into line->buf */
    strbuf_append_fmt_retry(line, "=%s", value);    /* BUG: may realloc line->buf */
    printf("set %.*s\n", keylen, saved_key);        /* so this may read freed memory */
    strbuf_ensure_null(line);
    puts(strbuf_string(line, NULL));
    strbuf_free(line);
}

int main(void)
{
    static const char *const names[] = { "README.md", "strbuf.c", "strbuf.h" };
    static const double sizes[] = { 7.5e3, 6.8e3, 4.6e3 };

    print_list(names, sizes, 3);
    log_setting("decode_max_depth", "1000");
    return 0;
}
