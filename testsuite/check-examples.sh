#!/bin/sh
# check-examples.sh OWNCK: the output of 'ownck examples/*.c' must be exactly
# examples/expected-output.txt (what examples/README.md promises), with exit status 1.
# Run from the source root.
ownck=$1
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$ownck" --format=gcc examples/*.c > "$out"
rc=$?
if [ "$rc" -ne 1 ]; then
  echo "check-examples: expected exit status 1 (findings), got $rc"
  exit 1
fi
if ! diff -u examples/expected-output.txt "$out"; then
  echo "check-examples: output differs from examples/expected-output.txt"
  exit 1
fi
echo "check-examples: ok"
