#!/bin/sh
# fault-injection.sh OWNCK: three files, the middle one made to fail inside the
# analyzer (OWNCK_FAULT_INJECT, a test-only switch): ownck must print one clear line
# for it, still report the findings of the other two, and exit 2. Run from the
# source root.
ownck=$1
a=testsuite/cases/OWN001-use-after-move/uaf-alias.c
b=testsuite/cases/OWN002-double-release/double-free.c
c=testsuite/cases/OWN003-leak/early-return-malloc.c
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
OWNCK_FAULT_INJECT=double-free.c "$ownck" --format=gcc "$a" "$b" "$c" > "$out" 2> "$err"
rc=$?
fail() { echo "fault-injection: $1"; echo "--- stdout"; cat "$out"; echo "--- stderr"; cat "$err"; exit 1; }
[ "$rc" -eq 2 ] || fail "expected exit status 2, got $rc"
[ "$(wc -l < "$err")" -eq 1 ] || fail "expected exactly one line on stderr"
grep -q "^ownck: error: $b: not analysed: internal error at analyzer/" "$err" || fail "unexpected error line"
grep -q "^$a:.*\[OWN001\]" "$out" || fail "the first file's finding is missing"
grep -q "^$c:.*\[OWN003\]" "$out" || fail "the third file's finding is missing"
! grep -q "^$b:" "$out" || fail "the failed file's partial findings were reported"
echo "fault-injection: ok"
