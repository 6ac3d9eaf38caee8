// Idiom: owned strings are collected in a local array, then the whole array is
// copied with memcpy into a heap array inside a job that is queued in a global
// list; the job (and with it each string) is freed later by the queue.
// memcpy(dst, argv, n * sizeof *argv) stores what argv's elements hold where the
// job keeps it: no leak when argv goes out of scope.
// From: redis 7.0.15, src/sentinel.c:750-797 (sentinelScheduleScriptExecution).
// expect-no-diagnostics
#include <stdlib.h>
#include <string.h>

struct job { char **argv; struct job *next; };
static struct job *queue;

void schedule(const char *path, const char *arg)
{
    char *argv[3];
    struct job *sj;

    argv[0] = strdup(path);
    argv[1] = strdup(arg);
    argv[2] = NULL;

    sj = malloc(sizeof(*sj));
    if (!sj) abort();
    sj->argv = malloc(sizeof(char *) * 3);
    if (!sj->argv) abort();
    memcpy(sj->argv, argv, sizeof(char *) * 3);
    sj->next = queue;
    queue = sj;
}
