// Precision: getaddrinfo()'s result list is released with freeaddrinfo() on the
// success path only (on failure *res is not set and must not be released); the list
// is walked with a borrowed cursor that is never released.
// expect-no-diagnostics
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>

int count_addresses(const char *host) {
  struct addrinfo hints, *res = NULL;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  int rc = getaddrinfo(host, NULL, &hints, &res);
  if (rc != 0)
    return -1;
  int n = 0;
  for (struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next)
    n++;
  freeaddrinfo(res);
  return n;
}
