#!/bin/sh
# suggest.sh OWNCK: --suggest and --apply-suggestions (OWN015, fix-its).
#
# On suggest/store.c (an unannotated API with its header store.h, and a caller with
# four bugs) and suggest/nothing.c (nothing to suggest), proves:
#   - --suggest reports one OWN015 per function whose summary annotations express,
#     with clang's parseable 'fix-it:' lines for the definition in store.c and the
#     prototype in store.h (and the #include both need); the SARIF log has "fixes"
#     (validated when SARIF_MULTITOOL is set);
#   - --apply-suggestions edits store.c and store.h, and leaves nothing.c
#     byte-identical; the edited files still compile (cc -fsyntax-only, with and
#     without __OWNCK__);
#   - the round trip: ownck --no-summaries on the annotated files (callees known
#     from their annotations alone) reports the same findings, fingerprint for
#     fingerprint, as ownck with summaries on the original ones;
#   - applying again changes nothing (annotated functions get no suggestion).
# Hermetic: a temporary directory, removed at the end.
set -u

ownck=${1:?usage: suggest.sh OWNCK}
case $ownck in /*) ;; *) ownck=$(pwd)/$ownck ;; esac
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

scratch suggest
cp -r "$here/suggest" "$tmp/src"
mkdir -p "$tmp/inc/ownck"
cp "$here/../../annotations/ownership.h" "$tmp/inc/ownck/"
cd "$tmp/src" || exit 2
fps() { grep '"ownck/v1"' "$1" | sort; }

"$ownck" --format=sarif -o "$tmp/before.sarif" store.c
"$ownck" --suggest --format=gcc store.c nothing.c > "$tmp/suggest.out" 2> "$tmp/suggest.err"
rc=$?
n=$(grep -c 'note: .* can be annotated: .* \[OWN015\]' "$tmp/suggest.out")
fc=$(grep -c '^fix-it:"store\.c":{[0-9]*:[0-9]*-[0-9]*:[0-9]*}:"' "$tmp/suggest.out")
fh=$(grep -c '^fix-it:"\(\./\)*store\.h":{[0-9]*:[0-9]*-[0-9]*:[0-9]*}:"' "$tmp/suggest.out")
if [ "$rc" -eq 0 ] && [ "$n" -eq 7 ] && [ "$fc" -gt 7 ] && [ "$fh" -gt 7 ] && ! grep -q nothing.c "$tmp/suggest.out" \
   && grep -q '^fix-it:"\(\./\)*store.h":{4:1-4:1}:"#include <ownck/ownership.h>\\n"$' "$tmp/suggest.out"; then
  ok "--suggest: 7 functions, fix-its in store.c and store.h, none for nothing.c"
else
  fail "--suggest: exit $rc, $n suggestions, $fc/$fh fix-its"; show "$tmp/suggest.out" "$tmp/suggest.err"
fi

"$ownck" --suggest --format=sarif -o "$tmp/suggest.sarif" store.c
if grep -q '"fixes"' "$tmp/suggest.sarif" && grep -q '"insertedContent"' "$tmp/suggest.sarif"; then
  ok "--suggest --format=sarif: results with fixes"
else
  fail "--suggest --format=sarif: no fixes"
fi
if [ -n "${SARIF_MULTITOOL:-}" ]; then
  if $SARIF_MULTITOOL validate "$tmp/suggest.sarif" > "$tmp/validate.out" 2>&1; then
    ok "the SARIF log of --suggest is valid"
  else
    fail "the SARIF log of --suggest"; show "$tmp/validate.out"
  fi
fi

cp nothing.c "$tmp/nothing.c.orig"
"$ownck" --apply-suggestions --format=gcc store.c nothing.c > "$tmp/apply.out" 2> "$tmp/apply.err"
rc=$?
if [ "$rc" -eq 0 ] && cmp -s nothing.c "$tmp/nothing.c.orig" && ! cmp -s store.c "$here/suggest/store.c" \
   && ! cmp -s store.h "$here/suggest/store.h" && grep -q 'store.h: .* inserted' "$tmp/apply.err"; then
  ok "--apply-suggestions: store.c and store.h edited, nothing.c byte-identical"
else
  fail "--apply-suggestions: exit $rc"; show "$tmp/apply.err"
fi
cc=${CC:-cc}
if command -v "$cc" > /dev/null 2>&1; then
  if "$cc" -fsyntax-only -I"$tmp/inc" store.c 2> "$tmp/cc1.err" \
     && "$cc" -fsyntax-only -D__OWNCK__=1 -I"$tmp/inc" store.c 2> "$tmp/cc2.err"; then
    ok "the annotated files compile, with and without __OWNCK__"
  else
    fail "the annotated files do not compile"; show "$tmp/cc1.err" "$tmp/cc2.err"
  fi
fi

"$ownck" --no-summaries --format=sarif -o "$tmp/after.sarif" store.c
fps "$tmp/before.sarif" > "$tmp/before.fp"
fps "$tmp/after.sarif" > "$tmp/after.fp"
if [ -s "$tmp/before.fp" ] && cmp -s "$tmp/before.fp" "$tmp/after.fp"; then
  ok "round trip: --no-summaries on the annotated files gives the same $(wc -l < "$tmp/before.fp") findings"
else
  fail "round trip: the findings differ"; diff "$tmp/before.fp" "$tmp/after.fp"
fi

cp store.c "$tmp/store.c.1"
"$ownck" --apply-suggestions --format=gcc store.c > /dev/null 2>&1
if cmp -s store.c "$tmp/store.c.1"; then
  ok "applying again changes nothing"
else
  fail "applying again edited store.c"; diff "$tmp/store.c.1" store.c
fi

finish suggest.sh
