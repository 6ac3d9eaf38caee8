#!/bin/sh
# check-showcase.sh OWNCK INCLUDE_DIR CC: each showcase under examples/showcase/ (a
# real library, annotated, with a client that has planted bugs) must give exactly
# its expected-output.txt, with exit status 1, by default and with --strict:
#   - ownck is run on all the directory's .c files together, as its README says;
#   - every finding points at a line of the source marked '/* BUG:', and every
#     such line gets a finding: the planted bugs are found and nothing else is;
#   - the annotated sources still compile as C with CC (INCLUDE_DIR holds
#     ownck/ownership.h), plain and with __OWNCK__ defined (which expands the
#     annotations into attributes where CC is clang).
# Run from the source root.
ownck=$1
inc=$2
cc=${3:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
n=0
for dir in examples/showcase/*/; do
  dir=${dir%/}
  n=$((n + 1))
  expected="$dir/expected-output.txt"
  [ -f "$expected" ] || { echo "check-showcase: $expected is missing"; status=1; continue; }
  for mode in default --strict; do
    if [ "$mode" = default ]; then
      "$ownck" --format=gcc "$dir"/*.c > "$tmp/out"
    else
      "$ownck" --format=gcc --strict "$dir"/*.c > "$tmp/out"
    fi
    rc=$?
    if [ "$rc" -ne 1 ]; then
      echo "check-showcase: $dir ($mode): expected exit status 1 (findings), got $rc"
      status=1
    fi
    if ! diff -u "$expected" "$tmp/out"; then
      echo "check-showcase: $dir ($mode): output differs from $expected"
      status=1
    fi
  done
  # The findings (error/warning lines) and the BUG-marked lines are the same set.
  sed -nE 's/^([^:]*):([0-9]+):[0-9]+: (error|warning): .*/\1:\2/p' "$expected" | sort -u > "$tmp/found"
  grep -n '/\* BUG:' "$dir"/*.c | sed -E 's/^([^:]*:[0-9]+):.*/\1/' | sort -u > "$tmp/marked"
  if [ ! -s "$tmp/marked" ]; then
    echo "check-showcase: $dir has no line marked BUG"
    status=1
  fi
  if ! diff -u "$tmp/marked" "$tmp/found"; then
    echo "check-showcase: $dir: the findings (+) and the lines marked BUG (-) differ"
    status=1
  fi
  # Annotations are attributes, or nothing: the library builds either way.
  for defs in "" "-D__OWNCK__"; do
    if ! "$cc" -std=c99 -fsyntax-only $defs -I"$inc" "$dir"/*.c; then
      echo "check-showcase: $dir does not compile with '$cc $defs'"
      status=1
    fi
  done
done
if [ "$n" -eq 0 ]; then
  echo "check-showcase: no examples/showcase/*/"
  status=1
fi
[ "$status" -eq 0 ] && echo "check-showcase: ok ($n showcase)"
exit "$status"
