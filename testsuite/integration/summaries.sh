#!/bin/sh
# summaries.sh OWNCK: summaries across the files of a compile database (-p).
#
# On two-file/ (main.c calls buf_new() and buf_free(), defined in alloc.c), proves:
#   - checked alone, main.c reports nothing: the two functions are black boxes;
#   - with -p, main.c gets their summaries: the double release and the leak its
#     expect- comments name (--verify, with the database's relative file names);
#   - -j1, -j2 and -j4 give byte-identical SARIF;
#   - with the cache, a second run gives the same output and rewrites no entry;
#     editing alloc.c so that buf_free() no longer frees re-analyses main.c (it is
#     unchanged, but a summary its results used changed): the double release is gone
#     and main.c now leaks; restoring alloc.c restores the first output;
#   - a function nothing calls gets no summary (its cache entry says "deferred"): when
#     main.c is edited to call it, alloc.c is parsed again and main.c sees what a cold
#     run sees (a double release through it);
#   - an internal error while summarising alloc.c (OWNCK_FAULT_INJECT) fails alloc.c
#     alone (exit 2, one line); main.c is still analysed, with buf_new() and
#     buf_free() unknown again.
# Hermetic: a temporary directory, removed at the end.
set -u

ownck=${1:?usage: summaries.sh OWNCK}
case $ownck in /*) ;; *) ownck=$(pwd)/$ownck ;; esac
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

scratch summaries
unset OWNCK_FAULT_INJECT
proj="$tmp/two-file"
cp -r "$here/two-file" "$proj"
sed "s|@DIR@|$proj|g" "$proj/compile_commands.json.in" > "$proj/compile_commands.json"
cd "$proj" || exit 2

# ---- alone: black boxes ----
"$ownck" --format=gcc main.c -- -I. > "$tmp/alone.out" 2> "$tmp/alone.err"
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s "$tmp/alone.out" ]; then
  ok "main.c alone: nothing reported (buf_new and buf_free are unknown)"
else
  fail "main.c alone: exit $rc"; show "$tmp/alone.out" "$tmp/alone.err"
fi

# ---- -p: summaries across the files ----
if "$ownck" -p . --no-cache --verify main.c alloc.c > "$tmp/verify.out" 2>&1; then
  ok "-p --verify main.c alloc.c: the expectations of both files"
else
  fail "-p --verify"; show "$tmp/verify.out"
fi

for j in 1 2 4; do
  "$ownck" -p . --no-cache -j$j --format=sarif -o "$tmp/j$j.sarif" 2> "$tmp/j$j.err"
done
if [ -s "$tmp/j1.sarif" ] && cmp -s "$tmp/j1.sarif" "$tmp/j2.sarif" && cmp -s "$tmp/j1.sarif" "$tmp/j4.sarif"; then
  ok "-j1, -j2, -j4: byte-identical SARIF"
else
  fail "-j1, -j2, -j4 differ"; show "$tmp/j1.err"
fi

# ---- a file listed twice (libtool's PIC and non-PIC objects): checked once ----
dup="$tmp/dup"
mkdir -p "$dup"
python3 - "$proj/compile_commands.json" "$dup/compile_commands.json" <<'PY'
import json, sys
entries = json.load(open(sys.argv[1]))
pic = dict(entries[0], arguments=entries[0]["arguments"][:1] + ["-fPIC", "-DPIC"] + entries[0]["arguments"][1:])
json.dump(entries + [pic], open(sys.argv[2], "w"))
PY
"$ownck" -p . --no-cache --format=gcc > "$tmp/once.out" 2> "$tmp/once.err"
"$ownck" -p "$dup" --no-cache --format=gcc > "$tmp/dup.out" 2> "$tmp/dup.err"
if [ -s "$tmp/once.out" ] && cmp -s "$tmp/once.out" "$tmp/dup.out"; then
  ok "alloc.c listed twice: checked once, its summaries still reach main.c"
else
  fail "alloc.c listed twice: the output differs"; diff "$tmp/once.out" "$tmp/dup.out" | head -20
fi

# ---- the cache ----
cache="$tmp/cache"
run() { "$ownck" -p . --cache "$cache" --format=gcc -j2 > "$tmp/$1.out" 2> "$tmp/$1.err"; }
findings() { grep -o ' \[OWN[0-9]*\]' "$tmp/$1.out" | sort | tr -d '\n'; }
run first
ls -i "$cache" | sort > "$tmp/inodes1"
run second
ls -i "$cache" | sort > "$tmp/inodes2"
if cmp -s "$tmp/first.out" "$tmp/second.out" && cmp -s "$tmp/inodes1" "$tmp/inodes2" \
   && [ "$(findings first)" = " [OWN002] [OWN003]" ]; then
  ok "cache: the second run is the same, no entry rewritten"
else
  fail "cache: second run"; show "$tmp/first.out" "$tmp/second.out"
fi
cp alloc.c "$tmp/alloc.c.orig"
sed 's/^  free(b);/  (void)b;/' "$tmp/alloc.c.orig" > alloc.c
run edited
if [ "$(findings edited)" = " [OWN003] [OWN003] [OWN003]" ]; then
  ok "cache: buf_free no longer frees: main.c analysed again (no double release, three leaks)"
else
  fail "cache: after editing alloc.c: $(findings edited)"; show "$tmp/edited.out"
fi
cp "$tmp/alloc.c.orig" alloc.c
run restored
if cmp -s "$tmp/first.out" "$tmp/restored.out"; then
  ok "cache: alloc.c restored: the first output again"
else
  fail "cache: restored"; show "$tmp/restored.out"
fi

# ---- a summary deferred because nothing called it, and then a caller ----
cat >> alloc.c <<'EOF2'

void buf_drop(char *b) {
  free(b);
}
EOF2
sed 's/^void buf_free(char \*b);/void buf_free(char *b);\nvoid buf_drop(char *b);/' alloc.h > "$tmp/alloc.h" && cp "$tmp/alloc.h" alloc.h
run uncalled
if grep -q '"deferred"' "$cache"/* && [ "$(findings uncalled)" = " [OWN002] [OWN003]" ]; then
  ok "cache: buf_drop, which nothing calls, is not summarised (its entry says deferred)"
else
  fail "cache: buf_drop uncalled: $(findings uncalled)"; show "$tmp/uncalled.out"
fi
sed 's/^  buf_free(b); \/\/ expect-error/  buf_drop(b); \/\/ expect-error/' main.c > "$tmp/main.c" && cp "$tmp/main.c" main.c
run caller
"$ownck" -p . --no-cache --format=gcc > "$tmp/cold.out" 2> "$tmp/cold.err"
if grep -q 'buf_drop' main.c && cmp -s "$tmp/caller.out" "$tmp/cold.out" && [ "$(findings caller)" = " [OWN002] [OWN003]" ]; then
  ok "cache: main.c now calls buf_drop: alloc.c parsed again, the same findings as a cold run"
else
  fail "cache: after main.c calls buf_drop: $(findings caller)"; diff "$tmp/caller.out" "$tmp/cold.out" | head -20
fi

# ---- an internal error while summarising one file ----
OWNCK_FAULT_INJECT=alloc.c "$ownck" -p . --no-cache --format=gcc > "$tmp/fault.out" 2> "$tmp/fault.err"
rc=$?
if [ "$rc" -eq 2 ] && [ "$(grep -c 'alloc.c: not analysed: internal error' "$tmp/fault.err")" -eq 1 ] \
   && [ ! -s "$tmp/fault.out" ]; then
  ok "a failure while summarising alloc.c: alloc.c alone fails, main.c is analysed without its summaries"
else
  fail "fault while summarising: exit $rc"; show "$tmp/fault.out" "$tmp/fault.err"
fi

finish summaries.sh
