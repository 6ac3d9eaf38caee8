#!/bin/sh
# tsan.sh OWNCK: ownck built with ThreadSanitizer (-DOWNCK_TSAN=ON) analyses a
# compile database of 24 files (gen-project.sh, as in project.sh) on 4 threads
# without a single ThreadSanitizer report, through every threaded path:
#   - -j4 without the cache (parse, analysis, results handed back in order);
#   - -j4 filling a cache, then -j4 answered from it (entries written and read by
#     several threads at once);
#   - -j4 with an injected internal error in one file (the recovery point of one
#     thread while the others go on).
# Each run's output must also be that of -j1 (same bytes), so a race that changes
# results but escapes TSan is caught too. TSAN_OPTIONS stops at the first report;
# libclang is not instrumented, and testsuite/tsan.supp (if present) names the
# reports that belong to it alone (called_from_lib:libclang). Registered only in a
# ThreadSanitizer build; scripts/test.sh makes one in build-tsan/.
set -u

ownck=${1:?usage: tsan.sh OWNCK}
case $ownck in /*) ;; *) ownck=$(pwd)/$ownck ;; esac
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

# A build without TSan would pass this test without proving anything.
if ! grep -q '__tsan_init' "$ownck"; then
  echo "tsan.sh: $ownck is not built with ThreadSanitizer (configure with -DOWNCK_TSAN=ON)" >&2
  exit 2
fi

scratch tsan
export HOME="$tmp/home"
mkdir -p "$HOME"
unset OWNCK_RESOURCE_DIR OWNCK_FAULT_INJECT
supp="$here/../tsan.supp"
TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1 history_size=4"
[ -f "$supp" ] && TSAN_OPTIONS="$TSAN_OPTIONS suppressions=$supp print_suppressions=0"
export TSAN_OPTIONS
proj="$tmp/proj"
sh "$here/gen-project.sh" "$proj" 24 || { echo "tsan.sh: gen-project.sh failed" >&2; exit 2; }
cd "$tmp" || exit 2

# run NAME WANT_RC REFERENCE ARGS...: ownck -p ARGS; no TSan report, exit WANT_RC,
# stdout byte-identical to REFERENCE's (unless REFERENCE is -).
run() {
  name=$1 want=$2 ref=$3; shift 3
  "$ownck" -p "$proj/build" --format=gcc "$@" > "$tmp/$name.out" 2> "$tmp/$name.err"
  rc=$?
  if grep -q 'ThreadSanitizer' "$tmp/$name.err"; then
    fail "$name: ThreadSanitizer reported:"; cat "$tmp/$name.err"
  elif [ "$rc" -ne "$want" ]; then
    fail "$name: exit status $rc, want $want"; show "$tmp/$name.err"
  elif [ "$ref" != - ] && ! cmp -s "$tmp/$ref.out" "$tmp/$name.out"; then
    fail "$name: the output differs from $ref's"; diff "$tmp/$ref.out" "$tmp/$name.out" | head -20
  else
    ok "$name: no ThreadSanitizer report$([ "$ref" != - ] && echo ", the output of $ref")"
  fi
}

run j1 1 - --no-cache -j1
[ "$(grep -c ': error: ' "$tmp/j1.out")" -ge 12 ] || fail "j1: fewer findings than the project has"
run j4 1 j1 --no-cache -j4
run j4-cache-fill 1 j1 --cache "$tmp/cache" -j4
run j4-cache-hit 1 j1 --cache "$tmp/cache" -j4
OWNCK_FAULT_INJECT=f07.c run j4-fault 2 - --no-cache -j4
if [ "$(grep -c 'f07\.c: not analysed: internal error' "$tmp/j4-fault.err")" -ne 1 ] ||
   [ "$(grep -v '/f07\.c:' "$tmp/j1.out" | cmp -s - "$tmp/j4-fault.out"; echo $?)" -ne 0 ]; then
  fail "j4-fault: not one error line for f07.c and the other files' findings"; show "$tmp/j4-fault.err"
fi

finish tsan.sh
