// KNOWN TO FAIL (class C5a of docs/real-world.md): owned only under a flag bit of a
// struct field, released under the same test; ownck reports a false OWN003. ctest
// runs this file with WILL_FAIL: when the analysis learns it, the test "fails" and
// the file moves to ../OWN003-leak/.
//
// Idiom: a value is owned only when a flag bit in a struct field is set
// ('flags & MODULE_CONFIG ? getter() /* new copy */ : *borrowed'), and is released
// later under the same test of the same (unchanged) field.
// From: redis 7.0.15, src/config.c:1920-1923 (sdsConfigRewrite); the same shape at
//       :1890-1906 (sdsConfigSet) and :1910-1913 (sdsConfigGet).
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

#define MODULE_CONFIG 1
struct config { int flags; char **value; };

void use_value(const char *);

void config_rewrite(struct config *config)
{
    char *val = config->flags & MODULE_CONFIG ? strdup("module") : *config->value;
    use_value(val);
    if (val && (config->flags & MODULE_CONFIG)) free(val);
}
