#!/bin/sh
# validate-sarif.sh: checks SARIF files with Microsoft's official validator, including
# GitHub code scanning's ingestion rules.
#
#   SARIF_MULTITOOL=path/to/Sarif.Multitool testsuite/validate-sarif.sh FILE...
#   testsuite/validate-sarif.sh --multitool path/to/Sarif.Multitool FILE...
#
# Without either, the tool is looked for under .tools/node_modules (npm install of
# @microsoft/sarif-multitool@5.7.0). The validator exits 0 even when it finds errors,
# so this script reads its output log and fails if runs[0].results is not empty,
# printing each finding. Needs node to read the log (npm brings it). Exit status: 0
# all files valid, 1 a file is invalid, 2 usage or set-up error, 77 (ctest's skip
# code) the validator is not installed.
set -u

here=$(cd "$(dirname "$0")" && pwd)
tool=${SARIF_MULTITOOL:-}
if [ "${1:-}" = "--multitool" ]; then
  tool=${2:-}
  shift 2 || { echo "usage: $0 [--multitool PATH] FILE..." >&2; exit 2; }
fi
if [ -z "$tool" ]; then
  tool="$here/../.tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
fi
if [ $# -eq 0 ]; then
  echo "usage: $0 [--multitool PATH] FILE..." >&2
  exit 2
fi
if [ ! -x "$tool" ]; then
  echo "validate-sarif: no executable SARIF multitool at '$tool'" >&2
  echo "validate-sarif: npm install @microsoft/sarif-multitool@5.7.0 and chmod u+x the" \
    "Sarif.Multitool binary of @microsoft/sarif-multitool-linux" >&2
  exit 77
fi
command -v node >/dev/null 2>&1 || { echo "validate-sarif: node not found" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/validate-sarif.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT INT TERM

# Prints the findings of the validator's log $1; exits 1 if there are any.
report() {
  # shellcheck disable=SC2016 # the single quotes hold a JavaScript program
  node -e '
    const fs = require("fs");
    const log = JSON.parse(fs.readFileSync(process.argv[1], "utf8").replace(/^\uFEFF/, ""));
    const results = (log.runs && log.runs[0] && log.runs[0].results) || [];
    for (const r of results) {
      const m = r.message || {};
      const text = m.text || [m.id].concat(m.arguments || []).join(" ");
      console.log(`${process.argv[2]}: ${r.level || "warning"} ${r.ruleId}: ${text}`);
    }
    process.exit(results.length ? 1 : 0);
  ' "$1" "$2"
}

status=0
n=0
for f in "$@"; do
  n=$((n + 1))
  out="$work/$n.sarif"
  if ! "$tool" validate --rule-kind "Gh;Sarif" -o "$out" "$f" >"$work/$n.log" 2>&1 ||
    [ ! -s "$out" ]; then
    echo "validate-sarif: the validator failed on '$f':" >&2
    cat "$work/$n.log" >&2
    status=2
    continue
  fi
  if report "$out" "$f"; then
    echo "validate-sarif: $f: valid"
  else
    [ $status -eq 0 ] && status=1
  fi
done
exit $status
