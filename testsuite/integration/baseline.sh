#!/bin/sh
# baseline.sh OWNCK: adopting ownck on code with findings: --write-baseline, then
# --baseline, and suppressions in SARIF.
#
# Proves that:
#   - --write-baseline records today's findings; --baseline with that file reports
#     none of them (exit 0);
#   - they stay matched when lines are inserted above them: inside their function,
#     above their function, and both at once (fingerprints do not use the line
#     number alone);
#   - a new finding is reported (exit 1), and only it;
#   - the SARIF of a --baseline run marks its results "baselineState": "new" and gives
#     each "partialFingerprints" (ownck/v1 and ownck-line/v1);
#   - a finding silenced with "// ownck: allow(...): reason" is kept in SARIF with
#     "suppressions": [{"kind": "inSource", "justification": reason}], and not in the
#     gcc report, with or without --baseline;
#   - every SARIF log of these runs passes the official validator, when
#     SARIF_MULTITOOL names it (testsuite/validate-sarif.sh; that part is skipped
#     otherwise).
# Hermetic: a temporary directory, removed at the end.
set -u

ownck=${1:?usage: baseline.sh OWNCK}
case $ownck in /*) ;; *) ownck=$(pwd)/$ownck ;; esac
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

scratch baseline
export HOME="$tmp/home"
mkdir -p "$HOME" "$tmp/src"
cd "$tmp/src" || exit 2

# The code on the day ownck is adopted: two findings, a leak and a double free.
# [INSIDE] and [ABOVE] mark where lines are inserted later.
write_code() {
  inside=$1 above=$2
  {
    echo '#include <stdlib.h>'
    echo
    [ "$above" = yes ] && printf '%s\n' '/* Lines added above the functions,' '   months later. */' \
      'static int counter;' 'int bump(void) { return ++counter; }' ''
    echo 'int helper(int x) { return x + 1; }'
    echo
    echo 'int old_leak(int n) {'
    [ "$inside" = yes ] && printf '%s\n' '  int extra = n * 2;' '  (void)extra;' '  /* and a comment */'
    echo '  char *p = malloc((size_t)n);'
    echo '  if (!p)'
    echo '    return -1;'
    echo '  p[0] = 1;'
    echo '  return helper(n);'
    echo '}'
    echo
    echo 'void old_double_free(void) {'
    [ "$inside" = yes ] && printf '%s\n' '  int unused = 0;' '  (void)unused;'
    echo '  char *q = malloc(4);'
    echo '  free(q);'
    echo '  free(q);'
    echo '}'
  } > code.c
}

# run NAME WANT_RC ARGS...: ownck ARGS > NAME.out; fails on another exit status.
run() {
  name=$1 want=$2; shift 2
  "$ownck" "$@" > "$tmp/$name.out" 2> "$tmp/$name.err"
  rc=$?
  [ "$rc" -eq "$want" ] && return 0
  fail "$name: exit status $rc, want $want"; show "$tmp/$name.out" "$tmp/$name.err"
  return 1
}

write_code no no
run write 1 --format=gcc --write-baseline "$tmp/base.sarif" code.c
n=$(sarif_results "$tmp/base.sarif" | wc -l)
[ "$n" -eq 2 ] && grep -q 'OWN003' "$tmp/write.out" && grep -q 'OWN002' "$tmp/write.out" &&
  ok "--write-baseline: both findings reported and recorded ($n results)" ||
  { fail "--write-baseline: $n results recorded (want 2)"; show "$tmp/write.out"; }

run same 0 --format=gcc --baseline "$tmp/base.sarif" code.c &&
  { [ ! -s "$tmp/same.out" ] && ok "--baseline, unchanged code: nothing reported, exit 0" ||
    { fail "--baseline, unchanged code: something reported"; show "$tmp/same.out"; }; }

for variant in "yes no inside-the-function" "no yes above-the-functions" "yes yes both"; do
  set -- $variant
  write_code "$1" "$2"
  if run "moved-$3" 0 --format=gcc --baseline "$tmp/base.sarif" code.c; then
    if [ -s "$tmp/moved-$3.out" ]; then
      fail "lines inserted $3: the old findings are reported as new"; show "$tmp/moved-$3.out"
    else
      ok "lines inserted $3: the old findings still match the baseline"
    fi
  fi
done

# A new finding, in code that still has the old ones (moved, as above).
cat >> code.c <<'EOF'

void new_leak(void) {
  char *r = malloc(8);
}
EOF
new_line=$(grep -n '^}' code.c | tail -1 | cut -d: -f1)
if run new 1 --format=gcc --baseline "$tmp/base.sarif" code.c; then
  got=$(gcc_findings "$tmp/new.out" | sed "s|^$tmp/src/||")
  [ "$got" = "code.c $new_line OWN003" ] && ok "a new finding is reported alone: $got" ||
    { fail "a new finding: reported '$got', want 'code.c $new_line OWN003'"; show "$tmp/new.out"; }
fi

# ---- SARIF with --baseline ----
run new-sarif 1 --format=sarif -o "$tmp/new.sarif" --baseline "$tmp/base.sarif" code.c
sarif_results "$tmp/new.sarif" > "$tmp/new.res"
if [ "$(awk '$3 == "OWN003" && $2 == '"$new_line"' && $5 == "new"' "$tmp/new.res" | wc -l)" -ne 1 ]; then
  fail "SARIF with --baseline: the new finding is not there with baselineState \"new\""; show "$tmp/new.res"
elif awk '$5 == "new" && $2 != '"$new_line"'' "$tmp/new.res" | grep -q .; then
  fail "SARIF with --baseline: an old finding is marked new"; show "$tmp/new.res"
elif awk '$5 != "new" && $5 != "unchanged"' "$tmp/new.res" | grep -q .; then
  fail "SARIF with --baseline: a result without a baselineState"; show "$tmp/new.res"
else
  ok "SARIF with --baseline: the new result has baselineState \"new\" ($(wc -l < "$tmp/new.res") result(s))"
fi
nres=$(grep -c '"ruleId":' "$tmp/new.sarif")
nfp=$(grep -c '"partialFingerprints":' "$tmp/new.sarif")
nv1=$(grep -c '"ownck/v1":[[:space:]]*"[0-9a-f]' "$tmp/new.sarif")
nline=$(grep -c '"ownck-line/v1":[[:space:]]*"[0-9a-f]' "$tmp/new.sarif")
[ "$nres" -ge 1 ] && [ "$nfp" -eq "$nres" ] && [ "$nv1" -eq "$nres" ] && [ "$nline" -eq "$nres" ] &&
  ok "SARIF with --baseline: every result has partialFingerprints ownck/v1 and ownck-line/v1" ||
  fail "SARIF with --baseline: $nres results, $nfp partialFingerprints, $nv1 ownck/v1, $nline ownck-line/v1"
nfp=$(grep -c '"partialFingerprints":' "$tmp/base.sarif")
[ "$nfp" -eq 2 ] || fail "the baseline file: $nfp partialFingerprints for 2 results"

# ---- suppressions in SARIF ----
cat > "$tmp/src/allowed.c" <<'EOF'
#include <stdlib.h>

void pooled(void) {
  char *p = malloc(4); // ownck: allow(OWN003): the pool frees it at exit
}

void shown(void) {
  char *q = malloc(4);
}
EOF
run allowed-gcc 1 --format=gcc allowed.c
got=$(gcc_findings "$tmp/allowed-gcc.out" | sed "s|^$tmp/src/||")
[ "$got" = "allowed.c 9 OWN003" ] && ok "a suppressed finding is not in the gcc report, the other is" ||
  { fail "allow(): the gcc report has '$got', want 'allowed.c 9 OWN003'"; show "$tmp/allowed-gcc.out"; }
for mode in plain baseline; do
  if [ "$mode" = baseline ]; then
    run "allowed-$mode" 1 --format=sarif -o "$tmp/allowed-$mode.sarif" --baseline "$tmp/base.sarif" allowed.c
  else
    run "allowed-$mode" 1 --format=sarif -o "$tmp/allowed-$mode.sarif" allowed.c
  fi
  sarif_results "$tmp/allowed-$mode.sarif" > "$tmp/allowed-$mode.res"
  s="$tmp/allowed-$mode.sarif"
  if [ "$(awk '$2 == 5 && $6 == "yes"' "$tmp/allowed-$mode.res" | wc -l)" -ne 1 ] ||
     [ "$(awk '$2 == 9 && $6 == "no"' "$tmp/allowed-$mode.res" | wc -l)" -ne 1 ]; then
    fail "SARIF ($mode): the suppressed result (line 5) must have suppressions[], the other (line 9) none"
    show "$tmp/allowed-$mode.res"
  elif ! grep -q '"kind":[[:space:]]*"inSource"' "$s" ||
       ! grep -q '"justification":[[:space:]]*"the pool frees it at exit"' "$s"; then
    fail "SARIF ($mode): suppressions[] without kind inSource and the reason as justification"
  else
    ok "SARIF ($mode): the suppressed finding is kept, with suppressions [{inSource, the reason}]"
  fi
done

# ---- a committed baseline is used elsewhere ----
# The baseline is committed with the code (docs/ci/README.md): it must match in
# another checkout of the same code (a CI machine, another developer) and whatever
# directory ownck runs from, as long as the paths relative to the source root are the
# same (SARIF records them relative to it).
sh "$here/gen-project.sh" "$tmp/A" 20 > /dev/null || { echo "baseline.sh: gen-project.sh failed" >&2; exit 2; }
(cd "$tmp/A" && "$ownck" -p build --no-cache --source-root=. --format=gcc \
  --write-baseline ownck-baseline.sarif > "$tmp/A.out" 2>&1)
nA=$(sarif_results "$tmp/A/ownck-baseline.sarif" | wc -l)
cp -R "$tmp/A" "$tmp/B"
(cd "$tmp/B" && "$ownck" -p build --no-cache --source-root=. --format=gcc \
  --baseline ownck-baseline.sarif > "$tmp/B.out" 2>&1)
rc=$?
if [ "$nA" -lt 10 ]; then
  fail "the project's baseline has $nA results (want at least 10)"; show "$tmp/A.out"
elif [ "$rc" -ne 0 ] || [ -s "$tmp/B.out" ]; then
  fail "a baseline written in one checkout ($tmp/A) does not match in a copy ($tmp/B):" \
    "exit $rc, $(grep -c ': error:' "$tmp/B.out") of its $nA findings reported as new"
else
  ok "a baseline written in one checkout matches in a copy elsewhere (its $nA findings)"
fi
(cd "$tmp/src" && "$ownck" --source-root="$tmp" --format=gcc --write-baseline "$tmp/rel.sarif" allowed.c > /dev/null 2>&1)
(cd "$tmp" && "$ownck" --source-root="$tmp" --format=gcc --baseline "$tmp/rel.sarif" src/allowed.c > "$tmp/rel.out" 2>&1)
rc=$?
if [ "$rc" -ne 0 ] || [ -s "$tmp/rel.out" ]; then
  fail "a baseline written from src/ ('allowed.c') does not match a run from its parent ('src/allowed.c'," \
    "the same --source-root): exit $rc"; show "$tmp/rel.out"
else
  ok "a baseline matches whatever directory ownck runs from"
fi

# ---- the official validator ----
if [ -n "${SARIF_MULTITOOL:-}" ]; then
  if sh "$here/../validate-sarif.sh" "$tmp/base.sarif" "$tmp/new.sarif" "$tmp/allowed-plain.sarif" \
       "$tmp/allowed-baseline.sarif" > "$tmp/validate.log" 2>&1; then
    ok "the SARIF logs pass the validator"
  else
    fail "the SARIF validator rejects a log:"; show "$tmp/validate.log"
  fi
else
  echo "note: SARIF_MULTITOOL is not set: the SARIF logs are not validated"
fi

finish baseline.sh
