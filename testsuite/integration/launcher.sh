#!/bin/sh
# launcher.sh OWNCK_BIN_DIR: the compiler launcher ownck-cc in real builds.
#
# Proves, on a small project (src/leak.c with a leak, src/clean.c without, src/main.c,
# include/util.h; every source includes <stddef.h>):
#   - a CMake build (Unix Makefiles, and Ninja when installed) with
#     -DCMAKE_C_COMPILER_LAUNCHER=ownck-cc and a plain Makefile built with
#     CC="ownck-cc gcc" produce every object and link the program, exit 0, and the
#     leak appears in the build's stderr in gcc format ("FILE:L:C: error: ... [OWN003]");
#     clean.c gets nothing;
#   - OWNCK_WERROR=1 makes the build fail (the finding fails its compile);
#   - OWNCK_DISABLE=1: only the compiler runs, no finding;
#   - when ownck itself fails, the build still succeeds (with OWNCK_WERROR=1 too) and
#     each compile ownck could not check gets exactly one "ownck-cc: note:" line: a
#     .ownck.json that is a directory (unreadable), one with an unknown key, an
#     injected internal error (OWNCK_FAULT_INJECT, test only: one compile), a resource
#     directory that breaks the parse, OWNCK=/bin/false (an ownck that fails without a
#     word), OWNCK naming a missing program, and an ownck that crashes (SIGSEGV). OWNCK_RESOURCE_DIR=/nonexistent alone
#     does not break anything on Debian/Ubuntu (libclang falls back to
#     /usr/include/clang/N/include): there the build must succeed with either the
#     findings or one note per compile; a resource directory whose stddef.h is an
#     #error is what makes the resource directory matter deterministically;
#   - a link-only command and -E are not analysed; "gcc -c a.c b.c" analyses both;
#     a response file works, with the flags in it and with the whole command (-c
#     included) in it;
#   - with ccache installed: CMAKE_C_COMPILER_LAUNCHER="ownck-cc;ccache" and
#     CC="ownck-cc ccache gcc" report the finding on a ccache miss and on a hit
#     (ccache counts the hits). Skipped when ccache is not installed.
# Hermetic: everything in a temporary directory (HOME and CCACHE_DIR too), removed
# at the end.
set -u

bindir=${1:?usage: launcher.sh OWNCK_BIN_DIR}
bindir=$(cd "$bindir" && pwd) || exit 2
cc_bin="$bindir/ownck-cc"
[ -x "$cc_bin" ] && [ -x "$bindir/ownck" ] || { echo "launcher.sh: no ownck/ownck-cc in $bindir" >&2; exit 2; }
compiler=$(command -v gcc || command -v cc) || { echo "launcher.sh: no C compiler" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ownck-launcher.XXXXXX") || exit 2
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM
export HOME="$tmp/home" CCACHE_DIR="$tmp/ccache" CCACHE_NOHASHDIR=1
mkdir -p "$HOME"
# Nothing of the caller's ownck settings.
unset OWNCK OWNCK_FLAGS OWNCK_CACHE_DIR OWNCK_WERROR OWNCK_DISABLE OWNCK_RESOURCE_DIR \
  OWNCK_FAULT_INJECT MAKEFLAGS MFLAGS CFLAGS CC

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
show() { for f in "$@"; do echo "--- $f"; sed 's/^/    /' "$f"; done; }

# ---- the project ----
proj="$tmp/proj"
mkdir -p "$proj/src" "$proj/include"
cat > "$proj/include/util.h" <<'EOF'
#ifndef UTIL_H
#define UTIL_H
#include <stddef.h>
static inline size_t util_twice(size_t n) { return 2 * n; }
#endif
EOF
cat > "$proj/src/leak.c" <<'EOF'
#include <stddef.h>
#include <stdlib.h>
#include "util.h"
int leaky(size_t n) {
  char *p = malloc(util_twice(n));
  if (!p)
    return -1;
  p[0] = 0;
  return 0;
}
EOF
cat > "$proj/src/clean.c" <<'EOF'
#include <stddef.h>
#include <stdlib.h>
#include "util.h"
int clean(size_t n) {
  char *p = malloc(util_twice(n));
  if (!p)
    return -1;
  free(p);
  return 0;
}
EOF
cat > "$proj/src/main.c" <<'EOF'
#include <stddef.h>
int leaky(size_t n);
int clean(size_t n);
int main(void) { return leaky(1) + clean(2); }
EOF
# The finding, in gcc format, as the build prints it (the path as the build names it).
leak_re='src/leak\.c:9:3: error: leak: .p. goes out of scope while it still owns its value \[OWN003\]$'
cat > "$proj/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.13)
project(tiny C)
add_executable(tiny src/main.c src/leak.c src/clean.c)
target_include_directories(tiny PRIVATE include)
EOF
tab=$(printf '\t')
cat > "$proj/Makefile" <<EOF
CFLAGS = -Iinclude -O2 -Wall
OBJS = src/main.o src/leak.o src/clean.o
tiny: \$(OBJS)
${tab}\$(CC) -o \$@ \$(OBJS)
src/%.o: src/%.c include/util.h
${tab}\$(CC) \$(CFLAGS) -c \$< -o \$@
clean:
${tab}rm -f tiny \$(OBJS)
EOF

# make_build NAME [VAR=value...]: a clean plain-make build with CC="ownck-cc gcc"
# and the environment given; sets rc; stdout/stderr in $tmp/NAME.{out,err}.
make_build() {
  name=$1; shift
  make -s -C "$proj" clean >/dev/null 2>&1
  env "$@" make -s -C "$proj" CC="$cc_bin $compiler" > "$tmp/$name.out" 2> "$tmp/$name.err"
  rc=$?
}

objects_ok() { [ -f "$1/src/main.o" ] && [ -f "$1/src/leak.o" ] && [ -f "$1/src/clean.o" ] && [ -x "$1/tiny" ]; }
count() { grep -c -e "$1" "$2"; }

# expect_notes NAME N: the build succeeded, produced everything, printed exactly N
# "ownck-cc: note:" lines and no finding.
expect_notes() {
  name=$1 want=$2
  got=$(count '^ownck-cc: note: ' "$tmp/$name.err")
  if [ "$rc" -ne 0 ]; then
    fail "$name: the build failed ($rc): ownck's own problems must never fail it"; show "$tmp/$name.err"
  elif ! objects_ok "$proj"; then
    fail "$name: objects or the program are missing"; show "$tmp/$name.err"
  elif [ "$got" -ne "$want" ]; then
    fail "$name: expected $want 'ownck-cc: note:' line(s) (one per compile ownck could not check), got $got"
    show "$tmp/$name.err"
  elif grep -q '\[OWN0' "$tmp/$name.err"; then
    fail "$name: a finding was printed although ownck could not check"; show "$tmp/$name.err"
  else
    ok "$name: the build succeeds, $want note line(s)"
    sed 's/^/    /' "$tmp/$name.err" | sort | uniq -c | head -3
  fi
}

# ---- (a) CMake, with the launcher ----
cmake_case() {
  gen=$1 b="$tmp/cmake-$2"
  if ! cmake -S "$proj" -B "$b" -G "$gen" -DCMAKE_C_COMPILER="$compiler" \
       "-DCMAKE_C_COMPILER_LAUNCHER=$cc_bin" > "$tmp/cmake-$2.cfg" 2>&1; then
    fail "cmake ($gen): configure failed"; show "$tmp/cmake-$2.cfg"; return
  fi
  cmake --build "$b" > "$tmp/cmake-$2.out" 2> "$tmp/cmake-$2.err"
  rc=$?
  # Ninja prints a command's stderr on its own stdout; make passes it through.
  if [ "$gen" = Ninja ]; then log="$tmp/cmake-$2.out"; else log="$tmp/cmake-$2.err"; fi
  nobj=$(find "$b" -name '*.c.o' | wc -l)
  if [ "$rc" -ne 0 ]; then
    fail "cmake ($gen): the build failed ($rc)"; show "$tmp/cmake-$2.out" "$tmp/cmake-$2.err"
  elif [ "$nobj" -ne 3 ] || [ ! -x "$b/tiny" ]; then
    fail "cmake ($gen): $nobj objects (want 3), program: $(ls "$b/tiny" 2>&1)"
  elif [ "$(count "$leak_re" "$log")" -ne 1 ]; then
    fail "cmake ($gen): the leak is not in the build's output exactly once in gcc format"
    show "$tmp/cmake-$2.out" "$tmp/cmake-$2.err"
  elif grep -q -e 'clean\.c:' -e 'main\.c:' -e 'ownck-cc:' "$log"; then
    fail "cmake ($gen): output about clean.c/main.c, or a launcher note"; show "$log"
  else
    ok "cmake ($gen): 3 objects, linked, the leak on the build's $( [ "$gen" = Ninja ] && echo stdout || echo stderr)"
  fi
  OWNCK_WERROR=1 cmake --build "$b" --clean-first > "$tmp/cmake-$2-werror.out" 2>&1
  rc=$?
  if [ "$rc" -eq 0 ]; then
    fail "cmake ($gen): OWNCK_WERROR=1: the build succeeded despite the leak"
  elif ! grep -q "$leak_re" "$tmp/cmake-$2-werror.out"; then
    fail "cmake ($gen): OWNCK_WERROR=1: failed, but without the finding"; show "$tmp/cmake-$2-werror.out"
  else
    ok "cmake ($gen): OWNCK_WERROR=1 fails the build"
  fi
  OWNCK_DISABLE=1 cmake --build "$b" --clean-first > "$tmp/cmake-$2-disable.out" 2>&1
  rc=$?
  if [ "$rc" -ne 0 ] || grep -q -e '\[OWN0' -e 'ownck-cc' "$tmp/cmake-$2-disable.out"; then
    fail "cmake ($gen): OWNCK_DISABLE=1: rc $rc, or ownck output"; show "$tmp/cmake-$2-disable.out"
  else
    ok "cmake ($gen): OWNCK_DISABLE=1: only the compiler"
  fi
}
cmake_case "Unix Makefiles" make
if command -v ninja >/dev/null 2>&1; then
  cmake_case Ninja ninja
else
  echo "note: ninja not installed: the CMake Ninja build is not tried"
fi

# ---- (b) a plain Makefile, CC="ownck-cc gcc" ----
make_build make
if [ "$rc" -ne 0 ] || ! objects_ok "$proj"; then
  fail "make: the build failed ($rc) or objects are missing"; show "$tmp/make.err"
elif [ "$(count "^$leak_re" "$tmp/make.err")" -ne 1 ] || grep -q -e 'clean\.c:' -e 'main\.c:' "$tmp/make.err"; then
  fail "make: stderr does not have exactly the leak in gcc format"; show "$tmp/make.err"
elif [ -s "$tmp/make.out" ]; then
  fail "make: findings went to stdout"; show "$tmp/make.out"
else
  ok "make: 3 objects, linked, the leak on stderr"
fi
make_build make-werror OWNCK_WERROR=1
if [ "$rc" -eq 0 ] || ! grep -q "^$leak_re" "$tmp/make-werror.err"; then
  fail "make: OWNCK_WERROR=1: rc $rc (want a failure, with the finding)"; show "$tmp/make-werror.err"
else
  ok "make: OWNCK_WERROR=1 fails the build"
fi
make_build make-disable OWNCK_DISABLE=1
if [ "$rc" -ne 0 ] || ! objects_ok "$proj" || [ -s "$tmp/make-disable.err" ]; then
  fail "make: OWNCK_DISABLE=1: rc $rc, or something on stderr"; show "$tmp/make-disable.err"
else
  ok "make: OWNCK_DISABLE=1: only the compiler, nothing on stderr"
fi

# ---- ownck failing: the build goes on, one note per compile ----
mkdir "$proj/.ownck.json"
make_build config-dir
expect_notes config-dir 3
rmdir "$proj/.ownck.json"

printf '{\n  "version": 1,\n  "rulez": {"OWN003": "off"}\n}\n' > "$proj/.ownck.json"
make_build config-key
expect_notes config-key 3
grep -q '^ownck-cc: note: .*\.ownck\.json:3: "rulez": unknown key' "$tmp/config-key.err" ||
  fail "config-key: the note does not say which file, line and key"
make_build config-key-werror OWNCK_WERROR=1
expect_notes config-key-werror 3
rm -f "$proj/.ownck.json"

make_build fault OWNCK_FAULT_INJECT=leak.c
expect_notes fault 1
grep -q '^ownck-cc: note: .*leak\.c: not analysed: internal error' "$tmp/fault.err" ||
  fail "fault: the note does not name leak.c and the internal error"

# A resource directory that exists but whose builtin headers are broken: every
# compile (all include <stddef.h>) cannot be parsed by ownck; gcc does not care.
mkdir -p "$tmp/badres/include"
for h in stddef.h stdarg.h stdint.h limits.h; do
  echo '#error "broken resource directory (launcher.sh)"' > "$tmp/badres/include/$h"
done
make_build resource-broken OWNCK_RESOURCE_DIR="$tmp/badres"
expect_notes resource-broken 3

# A missing resource directory: libclang may fall back to the system's copy of the
# builtin headers (Debian, Ubuntu) and analyse as usual, or fail: either way the
# build succeeds, and a compile gets its findings or one note, never both or more.
make_build resource-missing OWNCK_RESOURCE_DIR=/nonexistent
notes=$(count '^ownck-cc: note: ' "$tmp/resource-missing.err")
leaks=$(count "^$leak_re" "$tmp/resource-missing.err")
if [ "$rc" -ne 0 ] || ! objects_ok "$proj"; then
  fail "resource-missing: the build failed ($rc)"; show "$tmp/resource-missing.err"
elif ! { [ "$notes" -eq 0 ] && [ "$leaks" -eq 1 ]; } && ! { [ "$notes" -eq 3 ] && [ "$leaks" -eq 0 ]; }; then
  fail "resource-missing: $notes note(s) and $leaks finding(s): want the finding, or one note per compile"
  show "$tmp/resource-missing.err"
else
  ok "resource-missing: the build succeeds ($([ "$notes" -eq 0 ] && echo 'libclang fell back: analysed' || echo 'one note per compile'))"
fi

make_build ownck-false OWNCK=/bin/false
expect_notes ownck-false 3
make_build ownck-false-werror OWNCK=/bin/false OWNCK_WERROR=1
expect_notes ownck-false-werror 3
make_build ownck-missing OWNCK="$tmp/no/such/ownck"
expect_notes ownck-missing 3
printf '#!/bin/sh\nkill -SEGV $$\n' > "$tmp/crashing-ownck" && chmod +x "$tmp/crashing-ownck"
make_build ownck-crash OWNCK="$tmp/crashing-ownck" OWNCK_WERROR=1
expect_notes ownck-crash 3

# ---- single commands ----
cd "$proj" || exit 2
make -s clean >/dev/null 2>&1
"$compiler" -Iinclude -c src/leak.c -o src/leak.o && "$compiler" -c src/clean.c -Iinclude -o src/clean.o &&
  "$compiler" -c src/main.c -o src/main.o || { fail "cannot compile the project without ownck-cc"; }

# A link only: nothing to analyse.
"$cc_bin" "$compiler" -o tiny src/main.o src/leak.o src/clean.o > "$tmp/link.out" 2> "$tmp/link.err"
rc=$?
if [ "$rc" -ne 0 ] || [ ! -x tiny ] || [ -s "$tmp/link.err" ]; then
  fail "link only: rc $rc, or output on stderr"; show "$tmp/link.err"
else
  ok "link only: linked, nothing analysed"
fi

# -E: preprocessing only, the output is the compiler's, nothing analysed.
"$cc_bin" "$compiler" -Iinclude -E src/leak.c > "$tmp/pp.out" 2> "$tmp/pp.err"
rc=$?
if [ "$rc" -ne 0 ] || [ -s "$tmp/pp.err" ] || ! grep -q 'int leaky' "$tmp/pp.out"; then
  fail "-E: rc $rc, output on stderr, or no preprocessed text on stdout"; show "$tmp/pp.err"
else
  ok "-E: preprocessed, nothing analysed"
fi

# Several sources in one compile: both analysed.
sed 's/leaky/leaky2/' src/leak.c > src/leak2.c
"$cc_bin" "$compiler" -Iinclude -c src/leak.c src/leak2.c > "$tmp/two.out" 2> "$tmp/two.err"
rc=$?
if [ "$rc" -ne 0 ] || [ ! -f leak.o ] || [ ! -f leak2.o ] ||
   [ "$(count "^$leak_re" "$tmp/two.err")" -ne 1 ] ||
   [ "$(count '^src/leak2\.c:9:3: error: .*\[OWN003\]$' "$tmp/two.err")" -ne 1 ]; then
  fail "gcc -c a.c b.c: rc $rc, objects, or not both files' findings"; show "$tmp/two.err"
else
  ok "gcc -c leak.c leak2.c: both analysed"
fi
rm -f leak.o leak2.o src/leak2.c

# Response files: the flags in one (-c outside), and the whole command in one.
printf '%s\n' '-Iinclude -O2' > flags.rsp
"$cc_bin" "$compiler" -c @flags.rsp src/leak.c -o src/leak.o > "$tmp/rsp1.out" 2> "$tmp/rsp1.err"
rc=$?
if [ "$rc" -ne 0 ] || [ "$(count "^$leak_re" "$tmp/rsp1.err")" -ne 1 ]; then
  fail "gcc -c @flags.rsp src/leak.c: rc $rc, or the finding is missing"; show "$tmp/rsp1.err"
else
  ok "gcc -c @flags.rsp src/leak.c: analysed with the flags of the response file"
fi
printf '%s\n' '-Iinclude -c src/leak.c -o src/leak.o' > args.rsp
rm -f src/leak.o
"$cc_bin" "$compiler" @args.rsp > "$tmp/rsp2.out" 2> "$tmp/rsp2.err"
rc=$?
if [ "$rc" -ne 0 ] || [ ! -f src/leak.o ]; then
  fail "gcc @args.rsp: the compile failed ($rc)"; show "$tmp/rsp2.err"
elif [ "$(count "^$leak_re" "$tmp/rsp2.err")" -ne 1 ]; then
  fail "gcc @args.rsp (-c inside the response file): the compile is not analysed (no finding on stderr)"
  show "$tmp/rsp2.err"
else
  ok "gcc @args.rsp: analysed"
fi
rm -f flags.rsp args.rsp
cd "$tmp" || exit 2

# ---- with ccache: ownck-cc outside, ccache inside ----
if command -v ccache >/dev/null 2>&1; then
  hits() { ccache --print-stats 2>/dev/null | awk '$1 ~ /^(direct|preprocessed)_cache_hit$/ { n += $2 } END { print n + 0 }'; }
  ccache -z >/dev/null 2>&1
  b="$tmp/cmake-ccache"
  if ! cmake -S "$proj" -B "$b" -G "Unix Makefiles" -DCMAKE_C_COMPILER="$compiler" \
       "-DCMAKE_C_COMPILER_LAUNCHER=$cc_bin;ccache" > "$tmp/ccache-cfg.log" 2>&1; then
    fail "ccache: cmake configure failed"; show "$tmp/ccache-cfg.log"
  else
    cmake --build "$b" > /dev/null 2> "$tmp/ccache1.err"; rc1=$?
    h1=$(hits)
    cmake --build "$b" --clean-first > /dev/null 2> "$tmp/ccache2.err"; rc2=$?
    h2=$(hits)
    if [ "$rc1" -ne 0 ] || [ "$rc2" -ne 0 ] || [ ! -x "$b/tiny" ]; then
      fail "ccache (cmake): a build failed ($rc1, $rc2)"; show "$tmp/ccache1.err" "$tmp/ccache2.err"
    elif [ "$(count "$leak_re" "$tmp/ccache1.err")" -ne 1 ] || [ "$(count "$leak_re" "$tmp/ccache2.err")" -ne 1 ]; then
      fail "ccache (cmake): the finding is not reported on both the miss and the hit"
      show "$tmp/ccache1.err" "$tmp/ccache2.err"
    elif [ "$((h2 - h1))" -lt 3 ]; then
      fail "ccache (cmake): the rebuild was not served by ccache ($h1 then $h2 hits)"
    else
      ok "ccache (cmake, \"ownck-cc;ccache\"): the finding on a miss and on a hit ($((h2 - h1)) hits)"
    fi
  fi
  ccache -z >/dev/null 2>&1
  make -s -C "$proj" clean >/dev/null 2>&1
  make -s -C "$proj" CC="$cc_bin ccache $compiler" >/dev/null 2> "$tmp/ccache3.err"; rc1=$?
  make -s -C "$proj" clean >/dev/null 2>&1
  make -s -C "$proj" CC="$cc_bin ccache $compiler" >/dev/null 2> "$tmp/ccache4.err"; rc2=$?
  h=$(hits)
  if [ "$rc1" -ne 0 ] || [ "$rc2" -ne 0 ] || ! objects_ok "$proj"; then
    fail "ccache (make): a build failed ($rc1, $rc2)"; show "$tmp/ccache3.err" "$tmp/ccache4.err"
  elif [ "$(count "^$leak_re" "$tmp/ccache3.err")" -ne 1 ] || [ "$(count "^$leak_re" "$tmp/ccache4.err")" -ne 1 ]; then
    fail "ccache (make): the finding is not reported on both the miss and the hit"
    show "$tmp/ccache3.err" "$tmp/ccache4.err"
  elif [ "$h" -lt 3 ]; then
    fail "ccache (make): the second build was not served by ccache ($h hits)"
  else
    ok "ccache (make, CC=\"ownck-cc ccache gcc\"): the finding on a miss and on a hit ($h hits)"
  fi
else
  echo "note: ccache not installed: the ccache composition is not tried"
fi

if [ "$failures" -gt 0 ]; then
  echo "launcher.sh: $failures failure(s)"
  exit 1
fi
echo "launcher.sh: all passed"
