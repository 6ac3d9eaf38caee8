// Annotations where they cannot apply: OWNED on a double, on a struct held by value,
// on an array, on a function pointer and on a void result; BORROWED and NULLABLE on an
// integer; OWNED together with BORROWED; UNCHECKED on a variable; BORROWED_FROM naming
// no parameter. Each is one OWN013 finding in the function that carries it, and the
// function is still checked with what its annotations say ('p' in a2 is checked as
// OWNED, so it leaks), but an annotation that cannot apply at all (an OWNED array or
// function pointer) must not cascade into a leak of it. Annotations on mere
// declarations, globals, typedefs and casts are not checked here and must not crash.
// hostile-exit: 1
#include <ownck/ownership.h>
#include <stdlib.h>

struct s {
  int n;
};
typedef OWNED char *owned_str;                    // on a typedef: ignored
BORROWED char *global_name;                       // on a global: no function carries it
void decl_only(OWNED BORROWED char *p);           // a declaration: checked where defined

int a1(OWNED double d) {                          // expect-error[OWN013]{{floating-point}}
  return (int)d;
}

int a2(OWNED BORROWED char *p) {                  // expect-error[OWN013]{{both OWNED and BORROWED}}
  return p != 0; // expect-error[OWN003]{{leak}}
}

int a3(BORROWED int n, NULLABLE struct s v) {     // expect-error[OWN013]{{integer}}
                                                  // expect-error[OWN013]@-1{{struct held by value}}
  return n + v.n;
}

OWNED void a4(void) {}                            // expect-error[OWN013]{{void}}

BORROWED_FROM(nope) char *a5(BORROWED char *s) {  // expect-error[OWN013]{{names no parameter}}
  return s;
}

int a6(void) {
  OWNED char buf[8] = {0};                        // expect-error[OWN013]{{array}}
  OWNED int (*fp)(void) = a6;                     // expect-error[OWN013]{{function pointer}}
  UNCHECKED char *u = 0;                          // expect-error[OWN013]{{UNCHECKED}}
  char *p = (OWNED char *)malloc(1);              // in a cast: ignored
  owned_str q = p;
  free(q);
  return buf[0] + (fp != 0) + (u != 0);
}
