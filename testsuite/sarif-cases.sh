#!/bin/sh
# sarif-cases.sh OWNCK OUTDIR: writes one SARIF log per case directory of
# testsuite/cases (the findings of every rule, every label kind and tool notes), then
# validates all of them with the official validator through validate-sarif.sh.
# Exits 77 (skip) when the validator is not installed. Run from the source root.
ownck=$1
outdir=$2
mkdir -p "$outdir" || exit 1
logs=""
for d in testsuite/cases/*/; do
  name=$(basename "$d")
  set -- "$d"*.c
  [ -e "$1" ] || continue  # an empty directory (known-to-fail/ when nothing is)
  "$ownck" --format=sarif -o "$outdir/$name.sarif" "$@"
  rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "sarif-cases: ownck exited $rc on $d"
    exit 1
  fi
  logs="$logs $outdir/$name.sarif"
done
# shellcheck disable=SC2086
exec sh testsuite/validate-sarif.sh $logs
