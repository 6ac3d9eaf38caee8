#!/bin/sh
# valgrind.sh OWNCK: runs ownck over every case file under valgrind (memcheck): no
# invalid reads or writes, no uninitialised values, no definitely lost memory. The
# findings themselves do not matter here (exit 0 or 1 from ownck is fine); valgrind's
# own errors make it exit 99. Needs an unsanitized build. Run from the source root.
ownck=$1
command -v valgrind >/dev/null 2>&1 || { echo "valgrind: not installed"; exit 77; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
  --show-leak-kinds=definite -q "$ownck" --format=gcc testsuite/cases/*/*.c > /dev/null 2> "$log"
rc=$?
if [ "$rc" -gt 1 ]; then
  echo "valgrind: errors (exit $rc):"
  cat "$log"
  exit 1
fi
echo "valgrind: clean over $(ls testsuite/cases/*/*.c | wc -l) case files"
