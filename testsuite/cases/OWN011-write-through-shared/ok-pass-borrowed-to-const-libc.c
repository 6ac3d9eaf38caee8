// A BORROWED pointer passed to libc readers taking 'const T *' (strlen, strcmp,
// printf): none of them is a MUT_BORROW parameter.
// rustc accepts.
// Rust: fn same(a: &str, b: &str) -> bool { println!("{}", a); a.len() == b.len() && a == b }
// rustc: accepted, no E0594/E0596.
// expect-no-diagnostics
#include <stdio.h>
#include <string.h>
#include <ownck/ownership.h>

int same(BORROWED const char *a, BORROWED const char *b) {
  printf("%s\n", a);
  return strlen(a) == strlen(b) && strcmp(a, b) == 0;
}
