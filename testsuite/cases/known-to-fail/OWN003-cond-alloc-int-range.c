// KNOWN TO FAIL (class C5c of docs/real-world.md): allocated outside an int range,
// released under the negated range test; ownck reports a false OWN003. ctest runs
// this file with WILL_FAIL: when the analysis learns it, the test "fails" and the
// file moves to ../OWN003-leak/.
//
// Idiom: small ids use a shared, pre-built object; other ids get a freshly
// allocated one. After use, the object is released under the negation of the
// same range test on the same (unchanged) parameter.
// From: redis 7.0.15, src/replication.c:456-478 (replicationFeedSlaves, SELECT cmd).
// expect-no-diagnostics
#include <stdio.h>
#include <stdlib.h>

#define NSHARED 10
static char *shared_select[NSHARED];
void feed(const char *cmd);

void feed_select(int dictid)
{
    char *cmd;
    if (dictid >= 0 && dictid < NSHARED) {
        cmd = shared_select[dictid];
    } else {
        cmd = malloc(64);
        if (!cmd) return;
        snprintf(cmd, 64, "SELECT %d", dictid);
    }
    feed(cmd);
    if (dictid < 0 || dictid >= NSHARED)
        free(cmd);
}
