#!/bin/sh
# install.sh BUILD_DIR: an installed ownck works on its own, wherever its prefix is.
#
#  1. "cmake --install BUILD_DIR" lays out bin/ownck, include/ownck/ownership.h, the man
#     page and the docs (the test suite's own build).
#  2. A separate Release build of this source tree (no tests; the same LLVM as
#     BUILD_DIR), configured for a prefix that never exists, is installed into
#     TMP/prefix and its build tree deleted. The installed ownck must then find its
#     header and clang's builtin headers by itself: it reports the use after move in
#     an annotated file, with no "file not found". The installed header gets a marker
#     the file checks, so a header from somewhere else (/usr/include, the build tree)
#     cannot pass for it.
#  3. The prefix is moved to another directory and step 2's check repeated: the
#     binary finds its header relative to its own location, not at a baked-in path.
#  4. The man page renders without warnings; ownck-cc, when installed, works too.
set -u

build=${1:?usage: install.sh BUILD_DIR}
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$build" && pwd) || exit 1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ownck-install.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
jobs=$(nproc 2>/dev/null || echo 2)

# A CMakeCache.txt value of BUILD_DIR ("" if unset).
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt" | head -n 1; }

# ---- 1. the layout of BUILD_DIR's install --------------------------------------------
if cmake --install "$build" --prefix "$tmp/layout" > "$tmp/layout.log" 2>&1; then
  for f in bin/ownck include/ownck/ownership.h share/man/man1/ownck.1 share/man/man1/ownck-cc.1 \
           share/doc/ownck/LICENSE share/doc/ownck/README.md share/doc/ownck/CHANGELOG.md; do
    [ -f "$tmp/layout/$f" ] || fail "cmake --install $build: no $f"
  done
  [ -x "$tmp/layout/bin/ownck" ] || fail "bin/ownck is not executable"
  ok "cmake --install $build lays out bin/, include/ownck/, share/man/man1/, share/doc/ownck/"
else
  fail "cmake --install $build --prefix $tmp/layout failed:"; cat "$tmp/layout.log"
fi

# ---- 2. a separate build, installed, its build tree deleted ---------------------------
versions=$(cache_value LIBCLANG_VERSIONS)
root=$(cache_value LIBCLANG_ROOT)
echo "building ownck (Release, no tests) in $tmp/build"
if ! cmake -S "$src" -B "$tmp/build" -DCMAKE_BUILD_TYPE=Release -DOWNCK_TESTS=OFF \
       "-DCMAKE_INSTALL_PREFIX=$tmp/never-installed-here" \
       ${versions:+"-DLIBCLANG_VERSIONS=$versions"} ${root:+"-DLIBCLANG_ROOT=$root"} \
       > "$tmp/configure.log" 2>&1; then
  echo "FAIL: configuring a separate build failed:"; cat "$tmp/configure.log"; exit 1
fi
if ! cmake --build "$tmp/build" -j"$jobs" > "$tmp/build.log" 2>&1; then
  echo "FAIL: the separate build failed:"; tail -n 40 "$tmp/build.log"; exit 1
fi
if ! cmake --install "$tmp/build" --prefix "$tmp/prefix" > "$tmp/install.log" 2>&1; then
  echo "FAIL: cmake --install failed:"; cat "$tmp/install.log"; exit 1
fi
rm -rf "$tmp/build"
[ -d "$tmp/never-installed-here" ] && fail "something was installed into the configured prefix"
printf '\n/* added by testsuite/install.sh */\n#define OWNCK_INSTALLED_HEADER 1\n' \
  >> "$tmp/prefix/include/ownck/ownership.h"

mkdir -p "$tmp/work"
cat > "$tmp/work/moved.c" <<'EOF'
#include <ownck/ownership.h>
#include <stdlib.h>

#ifndef OWNCK_INSTALLED_HEADER
#error "<ownck/ownership.h> is not the header installed beside this ownck"
#endif

void consume(OWNED char *p);

void f(void) {
  OWNED char *buf = malloc(16);
  consume(buf);
  buf[0] = 'x';
}
EOF

# check_run PREFIX WHAT: the ownck in PREFIX reports OWN001 on moved.c and nothing else.
check_run() {
  out="$tmp/run.out"
  (cd "$tmp/work" && "$1/bin/ownck" --format=gcc moved.c) > "$out" 2>&1
  rc=$?
  if grep -q -i -e 'file not found' -e 'not analysed' -e '#error' "$out"; then
    fail "$2: a header was not found:"; cat "$out"
  elif [ "$rc" != 1 ] || ! grep -q '^moved.c:13:3: error: .*\[OWN001\]' "$out"; then
    fail "$2: expected the OWN001 finding and exit 1, got exit $rc:"; cat "$out"
  else
    ok "$2: OWN001 reported, every header found"
  fi
}
check_run "$tmp/prefix" "installed in $tmp/prefix, build tree deleted"

# ---- 4. the man page, and ownck-cc when it is installed --------------------------------
man1="$tmp/prefix/share/man/man1"
if command -v man >/dev/null 2>&1; then
  # ownck-cc.1 is ".so man1/ownck.1", resolved from the man directory.
  if ! man -l "$man1/ownck.1" > /dev/null 2>&1; then
    fail "man -l $man1/ownck.1 failed"
  elif ! (cd "$man1/.." && MANWIDTH=80 man --warnings -l man1/ownck.1 man1/ownck-cc.1 \
            > /dev/null 2> "$tmp/man.warnings") || [ -s "$tmp/man.warnings" ]; then
    fail "the man pages do not render cleanly:"; cat "$tmp/man.warnings"
  else
    ok "man -l ownck.1 and ownck-cc.1 render without warnings"
  fi
else
  echo "note: man is not installed: the man page was not rendered"
fi

if [ -x "$tmp/prefix/bin/ownck-cc" ]; then
  cc=$(command -v cc || command -v gcc || command -v clang)
  (cd "$tmp/work" && "$tmp/prefix/bin/ownck-cc" "$cc" -I"$tmp/prefix/include" -c moved.c -o moved.o) \
    > "$tmp/cc.out" 2>&1
  rc=$?
  if [ "$rc" != 0 ] || [ ! -f "$tmp/work/moved.o" ]; then
    fail "ownck-cc $cc -c moved.c: exit $rc (the compile must succeed):"; cat "$tmp/cc.out"
  elif ! grep -q 'OWN001' "$tmp/cc.out" || grep -q -i 'file not found' "$tmp/cc.out"; then
    fail "ownck-cc did not report OWN001 on stderr:"; cat "$tmp/cc.out"
  else
    ok "ownck-cc $cc -c: compiled, OWN001 on stderr"
  fi
  rm -f "$tmp/work/moved.o"
else
  echo "note: no bin/ownck-cc installed: the launcher was not checked"
fi

# ---- 3. the prefix moved elsewhere ------------------------------------------------------
cp -a "$tmp/prefix" "$tmp/relocated" && rm -rf "$tmp/prefix"
check_run "$tmp/relocated" "prefix moved to $tmp/relocated"

if [ "$failures" -gt 0 ]; then
  echo "install.sh: $failures failure(s)"
  exit 1
fi
echo "install.sh: all passed"
