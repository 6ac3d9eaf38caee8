# lib.sh: helpers sourced by the integration tests (". lib.sh"); not a test.
#
#   scratch NAME             a temporary directory in $tmp, removed when the test
#                            exits (or is interrupted)
#   fail MSG / ok MSG        count a failure / say what passed
#   show FILE...             print files, indented (after a failure)
#   finish NAME              the summary line; exits 1 if anything failed
#   sarif_results FILE       one line per SARIF result: "URI LINE RULE FINGERPRINT
#                            STATE SUPPRESSED", read from ownck's pretty-printed SARIF
#                            (one key per line) without jq or python, which the test
#                            machines need not have
#   gcc_findings FILE        one line per finding of a gcc-format report:
#                            "ABSPATH LINE RULE", the path resolved ("dir/../x.c" and
#                            relative paths made canonical, from the current directory)
failures=0
scratch() {
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/ownck-$1.XXXXXX") || exit 2
  trap 'rm -rf "$tmp"' EXIT
  trap 'exit 1' HUP INT TERM
}
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
show() { for f in "$@"; do echo "--- $f"; sed 's/^/    /' "$f"; done; }
finish() {
  if [ "$failures" -gt 0 ]; then
    echo "$1: $failures failure(s)"
    exit 1
  fi
  echo "$1: all passed"
  exit 0
}

sarif_results() {
  awk '
    function flush() { if (rule != "") print uri, line, rule, (fp == "" ? "-" : fp), (state == "" ? "-" : state), supp; }
    /"ruleId":/ { flush(); rule = $0; sub(/.*"ruleId":[ \t]*"/, "", rule); sub(/".*/, "", rule);
                  uri = ""; line = ""; fp = ""; state = ""; supp = "no"; next }
    rule != "" && uri == "" && /"uri":/ { uri = $0; sub(/.*"uri":[ \t]*"/, "", uri); sub(/".*/, "", uri); next }
    rule != "" && line == "" && /"startLine":/ { line = $0; sub(/.*"startLine":[ \t]*/, "", line); sub(/[^0-9].*/, "", line); next }
    rule != "" && /"ownck\/v1":/ { fp = $0; sub(/.*"ownck\/v1":[ \t]*"/, "", fp); sub(/".*/, "", fp); next }
    rule != "" && /"baselineState":/ { state = $0; sub(/.*"baselineState":[ \t]*"/, "", state); sub(/".*/, "", state); next }
    rule != "" && /"suppressions":/ { supp = "yes"; next }
    /"tool":|"invocations":|"artifacts":/ { flush(); rule = "" }
    END { flush() }
  ' "$1"
}

gcc_findings() {
  grep -E '^[^ ]+:[0-9]+:[0-9]+: (error|warning): .*\[OWN[0-9]{3}\]$' "$1" |
    sed -E 's/^([^ ]+):([0-9]+):[0-9]+: (error|warning): .*\[(OWN[0-9]{3})\]$/\1 \2 \4/' |
    while read -r path line rule; do
      d=$(cd "$(dirname "$path")" 2>/dev/null && pwd -P) || d="?$(dirname "$path")"
      echo "$d/$(basename "$path") $line $rule"
    done
}
