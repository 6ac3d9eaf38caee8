#!/bin/sh
# check-rule-docs.sh: docs/rules/ must be exactly what ownck generates from the rule
# catalog in rules/rules/ (embedded in the binary), so the pages never drift from
# --explain and the SARIF rules[].
#
#   testsuite/check-rule-docs.sh OWNCK SOURCE_DIR            check (ctest)
#   testsuite/check-rule-docs.sh OWNCK SOURCE_DIR --update   regenerate docs/rules/
#
# OWNCK is the built ownck binary (it must have been built from the current rules/).
# Exit status: 0 up to date (or updated), 1 out of date, 2 usage or generator error.
set -u

if [ $# -lt 2 ] || [ $# -gt 3 ] || { [ $# -eq 3 ] && [ "$3" != "--update" ]; }; then
  echo "usage: $0 OWNCK SOURCE_DIR [--update]" >&2
  exit 2
fi
ownck=$1
docs=$2/docs/rules

work=$(mktemp -d "${TMPDIR:-/tmp}/check-rule-docs.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT INT TERM

if ! "$ownck" --gen-rule-docs "$work"; then
  echo "check-rule-docs: '$ownck --gen-rule-docs' failed" >&2
  exit 2
fi

if [ $# -eq 3 ]; then
  mkdir -p "$docs" && rm -f "$docs"/OWN*.md && cp "$work"/*.md "$docs"/ || exit 2
  echo "check-rule-docs: regenerated $docs"
  exit 0
fi

if diff -ru "$docs" "$work"; then
  echo "check-rule-docs: $docs is up to date"
  exit 0
fi
echo "check-rule-docs: $docs is out of date; run: $0 $ownck $2 --update" >&2
exit 1
