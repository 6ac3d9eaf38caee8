#!/bin/sh
# check-golden.sh OWNCK [--update]: renders each case listed in
# testsuite/golden/e2e/cases.txt in the gcc, rich (no colour) and SARIF formats and
# compares the output byte for byte with testsuite/golden/e2e/<name>.<format>. The
# version number is replaced by @VERSION@ so a release does not change the files.
# --update rewrites the golden files instead. Run from the source root.
ownck=$1
update=${2:-}
dir=testsuite/golden/e2e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
version=$("$ownck" --version | sed 's/^ownck //')
status=0
n=0
for src in $(grep -v '^#' "$dir/cases.txt"); do
  [ -f "$src" ] || { echo "check-golden: missing case $src"; status=1; continue; }
  name=$(basename "$(dirname "$src")")-$(basename "$src" .c)
  for fmt in gcc rich sarif; do
    NO_COLOR=1 "$ownck" --format="$fmt" --color=never --source-root=. "$src" \
      | sed "s/$version/@VERSION@/g" > "$tmp/out"
    golden="$dir/$name.$fmt"
    n=$((n + 1))
    if [ "$update" = "--update" ]; then
      cp "$tmp/out" "$golden"
    elif ! diff -u "$golden" "$tmp/out"; then
      echo "check-golden: $golden differs (run with --update after checking the diff)"
      status=1
    fi
  done
done
if [ "$status" -eq 0 ] && [ "$update" = "--update" ]; then
  echo "check-golden: $n outputs updated"
elif [ "$status" -eq 0 ]; then
  echo "check-golden: $n outputs match"
fi
exit "$status"
