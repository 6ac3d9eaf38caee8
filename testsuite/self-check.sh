#!/bin/sh
# self-check.sh OWNCK LIBCLANG_INCLUDE_DIR: ownck's own sources, which carry ownership
# annotations, must be clean under ownck, even with --strict. Run from the source root.
ownck=$1
inc=$2
status=0
for f in analyzer/*.c; do
  if ! "$ownck" --strict --format=gcc "$f" -- -I"$inc" -Ianalyzer; then
    echo "self-check: findings in $f"
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "self-check: ok ($(ls analyzer/*.c | wc -l) files, no findings)"
exit "$status"
