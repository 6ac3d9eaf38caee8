// The NULL case is noticed (a log line) but not handled: control falls through to
// the dereference. A check that does not leave the path is not a check.
#include <stdio.h>
#include <ownck/ownership.h>

struct user {
  int uid;
  const char *name;
};

NULLABLE struct user *user_by_name(const char *name);

int uid_of(const char *name) {
  struct user *u = user_by_name(name);
  if (u == NULL)
    fprintf(stderr, "no such user: %s\n", name);
  return u->uid; // expect-error[OWN012]{{dereference of NULLABLE 'u' without a NULL check}}
}
