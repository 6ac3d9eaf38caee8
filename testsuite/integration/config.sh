#!/bin/sh
# config.sh OWNCK: .ownck.json and the options that decide the exit status.
#
# Proves, in a temporary tree (leak.c at the top, sub/ with its own .ownck.json,
# third_party/ and a generated *.pb.c to exclude), that:
#   - a misspelled key exits 2 before anything is checked, naming the file, the line
#     of the key and the key, with "did you mean"; so do bad values (a level that is
#     no level, an unknown rule, a string where an array or a boolean belongs), each
#     naming the file and the line;
#   - "rules" turns a rule off, or makes it a warning (by ID or by name);
#   - "fail-on" decides the exit status; --fail-on on the command line wins over it,
#     in both directions;
#   - "exclude" patterns (relative to the directory of .ownck.json, '*' also matching
#     '/') drop files, whatever the current directory;
#   - a subdirectory's .ownck.json is used for the files in it: found from the file's
#     directory, not from the current one;
#   - --config FILE is used for every file instead, sub/ included; its errors name it;
#   - --dump-config prints the configuration in effect for a file (or here);
#   - --fail-on-skipped: a function that calls setjmp is "not checked" (a note): exit
#     0 without the option, 1 with it;
#   - --exit-zero: 0 with findings, still 2 on an error;
#   - "realloc-zero": realloc(p, 0) frees p (glibc, the default) or reallocates.
# Hermetic: a temporary directory, removed at the end.
set -u

ownck=${1:?usage: config.sh OWNCK}
case $ownck in /*) ;; *) ownck=$(pwd)/$ownck ;; esac
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

scratch config
export HOME="$tmp/home"
mkdir -p "$HOME"
t="$tmp/tree"
mkdir -p "$t/sub" "$t/third_party/deep" "$t/gen" "$tmp/conf"
t=$(cd "$t" && pwd -P)

leak_src='#include <stdlib.h>
int leaky(int n) {
  char *p = malloc((size_t)n);
  if (!p)
    return -1;
  p[0] = 1;
  return 0;
}'
for f in leak.c sub/leak.c third_party/tp.c third_party/deep/deep.c gen/msg.pb.c; do
  printf '%s\n' "$leak_src" > "$t/$f"
done
cat > "$t/setjmp.c" <<'EOF'
#include <setjmp.h>
static jmp_buf env;
int risky(void) {
  if (setjmp(env))
    return 1;
  return 0;
}
EOF

# check NAME WANT_RC [ARGS...]: runs ownck --format=gcc ARGS in $cwd; sets rc; output
# in $tmp/NAME.out and .err. Fails when the exit status is not WANT_RC.
check() {
  name=$1 want=$2; shift 2
  (cd "$cwd" && "$ownck" --format=gcc "$@") > "$tmp/$name.out" 2> "$tmp/$name.err"
  rc=$?
  if [ "$rc" -ne "$want" ]; then
    fail "$name: exit status $rc, want $want"; show "$tmp/$name.out" "$tmp/$name.err"
    return 1
  fi
  return 0
}
cwd=$t
dot() { printf '%s\n' "$2" > "$1/.ownck.json"; }
findings() { (cd "$cwd" && gcc_findings "$tmp/$1.out") | sed "s|^$t/||" | awk '{ print $1 ":" $2 }' | sort | tr '\n' ' ' | sed 's/ $//'; }

# ---- errors in .ownck.json: exit 2, file, line, key ----
dot "$t" '{
  "version": 1,
  "fial-on": "error"
}'
if check typo 2 leak.c; then
  if grep -qxF "ownck: error: $t/.ownck.json:3: \"fial-on\": unknown key (did you mean \"fail-on\"?)" "$tmp/typo.err" &&
     [ ! -s "$tmp/typo.out" ]; then
    ok "a misspelled key: exit 2, '$(cat "$tmp/typo.err")', nothing checked"
  else
    fail "a misspelled key: the message does not name the file, line 3 and the key with a suggestion"
    show "$tmp/typo.out" "$tmp/typo.err"
  fi
fi
# bad_value NAME LINE KEY TEXT: .ownck.json TEXT must exit 2 naming the file, LINE, KEY.
bad_value() {
  dot "$t" "$4"
  if check "$1" 2 leak.c; then
    if grep -q "^ownck: error: $t/.ownck.json:$2: \"$3\": " "$tmp/$1.err" && [ ! -s "$tmp/$1.out" ]; then
      ok "$1: exit 2, '$(cat "$tmp/$1.err")'"
    else
      fail "$1: the message does not name the file, line $2 and \"$3\""; show "$tmp/$1.err"
    fi
  fi
}
bad_value bad-level 3 OWN003 '{
  "rules": {
    "OWN003": "loud"
  }
}'
bad_value unknown-rule 2 OWN999 '{
  "rules": { "OWN999": "off" }
}'
bad_value bad-fail-on 4 fail-on '{
  "version": 1,
  "rules": {},
  "fail-on": "sometimes"
}'
bad_value exclude-not-array 2 exclude '{
  "exclude": "third_party/*"
}'
bad_value strict-not-bool 3 strict '{
  "version": 1,
  "strict": "yes"
}'
bad_value realloc-zero-word 2 realloc-zero '{
  "realloc-zero": "undefined"
}'

# ---- rule levels ----
dot "$t" '{"rules": {"OWN003": "off"}}'
check rule-off 0 leak.c && { [ ! -s "$tmp/rule-off.out" ] && ok "rules: OWN003 off: nothing reported, exit 0" ||
  { fail "rules: OWN003 off: something reported"; show "$tmp/rule-off.out"; }; }
dot "$t" '{"rules": {"leak": "warning"}}'
check rule-warning 1 leak.c && { grep -q '^leak.c:7:3: warning: leak: .*\[OWN003\]$' "$tmp/rule-warning.out" &&
  ok "rules: leak (by name) as a warning: reported as one, exit 1 (fail-on defaults to warning)" ||
  { fail "rules: leak as a warning: not reported as a warning"; show "$tmp/rule-warning.out"; }; }

# ---- fail-on ----
dot "$t" '{"rules": {"leak": "warning"}, "fail-on": "error"}'
check fail-on-dot 0 leak.c && { grep -q 'warning: leak' "$tmp/fail-on-dot.out" &&
  ok "fail-on \"error\" in .ownck.json: a warning is reported, exit 0" ||
  fail "fail-on in .ownck.json: the warning is not reported"; }
check fail-on-cli 1 --fail-on=warning leak.c && ok "--fail-on=warning wins over .ownck.json's \"error\": exit 1"
dot "$t" '{"fail-on": "note"}'
check fail-on-cli3 1 --fail-on=error leak.c && ok "--fail-on=error with .ownck.json's \"note\": an error still fails (exit 1)"
dot "$t" '{"rules": {"leak": "note"}, "fail-on": "note"}'
check fail-on-note 1 leak.c && ok "fail-on \"note\": a note-level finding fails (exit 1)"
check fail-on-note-cli 0 --fail-on=warning leak.c && ok "--fail-on=warning wins over .ownck.json's \"note\": exit 0"
rm -f "$t/.ownck.json"

# ---- exclude ----
dot "$t" '{"exclude": ["third_party/*", "*.pb.c"]}'
check exclude 1 leak.c sub/leak.c third_party/tp.c third_party/deep/deep.c gen/msg.pb.c
got=$(findings exclude)
[ "$got" = "leak.c:7 sub/leak.c:7" ] && ok "exclude: third_party/ (deep too) and *.pb.c are not checked" ||
  fail "exclude: reported '$got', want 'leak.c:7 sub/leak.c:7'"
cwd=$t/sub
check exclude-elsewhere 0 ../third_party/tp.c "$t/gen/msg.pb.c" &&
  { [ ! -s "$tmp/exclude-elsewhere.out" ] && ok "exclude: from another directory, by relative and absolute path" ||
    { fail "exclude from sub/: excluded files were checked"; show "$tmp/exclude-elsewhere.out"; }; }
cwd=$t
rm -f "$t/.ownck.json"

# ---- a subdirectory's own .ownck.json ----
dot "$t/sub" '{"rules": {"OWN003": "off"}}'
check subdir 1 leak.c sub/leak.c
[ "$(findings subdir)" = "leak.c:7" ] && ok "sub/.ownck.json (OWN003 off) applies to sub/leak.c, not to leak.c" ||
  fail "sub/.ownck.json: reported '$(findings subdir)', want 'leak.c:7'"
cwd=$t/sub
check subdir-from-sub 1 ../leak.c leak.c
[ "$(findings subdir-from-sub)" = "leak.c:7" ] &&
  ok "from sub/: ../leak.c is checked with its own directory's configuration, not sub/'s" ||
  fail "from sub/: reported '$(findings subdir-from-sub)', want only ../leak.c, i.e. leak.c:7"
cwd=$t

# ---- --config FILE ----
printf '{\n  "rules": {"OWN003": "warning"},\n  "fail-on": "error"\n}\n' > "$tmp/conf/alt.json"
check config-file 0 --config "$tmp/conf/alt.json" leak.c sub/leak.c
if [ "$(grep -c 'warning: leak: .*\[OWN003\]' "$tmp/config-file.out")" -eq 2 ]; then
  ok "--config FILE: used for every file, sub/ included (both leaks as warnings, exit 0)"
else
  fail "--config FILE: not used for both files"; show "$tmp/config-file.out"
fi
printf '{\n  "ruls": {}\n}\n' > "$tmp/conf/typo.json"
check config-file-typo 2 --config "$tmp/conf/typo.json" leak.c &&
  { grep -qF "ownck: error: $tmp/conf/typo.json:2: \"ruls\": unknown key (did you mean \"rules\"?)" "$tmp/config-file-typo.err" &&
    ok "--config FILE with a misspelled key: exit 2, naming that file" ||
    { fail "--config FILE with a misspelled key: the message"; show "$tmp/config-file-typo.err"; }; }

# ---- --dump-config ----
dot "$t" '{"rules": {"OWN012": "off"}, "fail-on": "error", "exclude": ["gen/*"]}'
check dump-sub 0 --dump-config sub/leak.c
check dump-here 0 --dump-config
check dump-file 0 --dump-config --config "$tmp/conf/alt.json"
if grep -qF "\"config\":	\"$t/sub/.ownck.json\"" "$tmp/dump-sub.out" && grep -q '"OWN003":	"off"' "$tmp/dump-sub.out" &&
   grep -q '"fail-on":	"warning"' "$tmp/dump-sub.out"; then
  ok "--dump-config sub/leak.c: sub/.ownck.json, OWN003 off"
else
  fail "--dump-config sub/leak.c: not sub/'s configuration"; show "$tmp/dump-sub.out"
fi
if grep -qF "\"config\":	\"$t/.ownck.json\"" "$tmp/dump-here.out" && grep -q '"OWN012":	"off"' "$tmp/dump-here.out" &&
   grep -q '"fail-on":	"error"' "$tmp/dump-here.out" && grep -q '"gen/\*"' "$tmp/dump-here.out" &&
   grep -q '"OWN003":	"error"' "$tmp/dump-here.out"; then
  ok "--dump-config: the current directory's .ownck.json (rules, fail-on, exclude)"
else
  fail "--dump-config: not the current directory's configuration"; show "$tmp/dump-here.out"
fi
grep -qF "\"config\":	\"$tmp/conf/alt.json\"" "$tmp/dump-file.out" && grep -q '"OWN003":	"warning"' "$tmp/dump-file.out" &&
  ok "--dump-config --config FILE: that file" || { fail "--dump-config --config FILE"; show "$tmp/dump-file.out"; }
rm -f "$t/.ownck.json" "$t/sub/.ownck.json"

# ---- realloc-zero ----
cat > "$t/rz.c" <<'EOF'
#include <stdlib.h>
int shrink(size_t n) {
  char *p = malloc(n);
  if (!p)
    return -1;
  char *q = realloc(p, 0);
  if (!q) {
    free(p);
    return 0;
  }
  free(q);
  return 0;
}
EOF
check rz-frees 1 rz.c && { grep -q '^rz.c:8:10: error: double release of .p. \[OWN002\]$' "$tmp/rz-frees.out" &&
  ok "realloc-zero defaults to frees (glibc): realloc(p, 0) then free(p) is a double release" ||
  { fail "realloc-zero default: no double release"; show "$tmp/rz-frees.out"; }; }
dot "$t" '{"realloc-zero": "reallocates"}'
check rz-reallocates 0 rz.c && { [ ! -s "$tmp/rz-reallocates.out" ] &&
  ok "realloc-zero reallocates (musl, BSD): freeing p when realloc(p, 0) failed is right" ||
  { fail "realloc-zero reallocates: something reported"; show "$tmp/rz-reallocates.out"; }; }
rm -f "$t/.ownck.json" "$t/rz.c"

# ---- --fail-on-skipped ----
check skipped 0 setjmp.c && { grep -q "^setjmp.c:4:7: note: function 'risky' was not checked" "$tmp/skipped.out" &&
  ok "a function calling setjmp: 'not checked' note, exit 0" ||
  { fail "setjmp: no 'not checked' note"; show "$tmp/skipped.out"; }; }
check skipped-fail 1 --fail-on-skipped setjmp.c && ok "--fail-on-skipped: exit 1"
check skipped-fail-zero 0 --fail-on-skipped --exit-zero setjmp.c && ok "--fail-on-skipped --exit-zero: exit 0"

# ---- --exit-zero ----
check exit-zero 0 --exit-zero leak.c && { grep -q 'error: leak' "$tmp/exit-zero.out" &&
  ok "--exit-zero: findings reported, exit 0" || fail "--exit-zero: the finding is not reported"; }
check exit-zero-error 2 --exit-zero leak.c missing.c && ok "--exit-zero: an error still exits 2"

finish config.sh
