#!/bin/sh
# project.sh OWNCK: a whole project through its compile database (ownck -p).
#
# On the project of gen-project.sh (24 files, leaks and double frees, headers with
# static inline helpers, one header with a finding of its own, a database mixing
# "arguments" and "command", a relative "directory" and "file", relative -I, a
# response file, gcc-only flags, -o -c -MD -MF), proves that:
#   - -j1, -j2 and -j4 give byte-identical output (no cache: each run analyses);
#   - every expected finding appears once, at its line, under a path that names the
#     right file (ownck prints the database's spelling, "build/../src/f01.c": the
#     path is resolved before it is compared), and nothing else; the header's finding
#     appears once although two files include it; the flags of the database and of
#     the response file were used (the sources #error without them);
#   - --shard 1/3, 2/3 and 3/3 together give the findings of the whole run: their
#     SARIF logs merged with --merge-sarif hold as many results as the whole run's,
#     the same ones (location, rule, fingerprint);
#   - a header named on the command line (-p DIR include/bad.h) is checked through a
#     file that includes it, and only its findings are reported;
#   - a file that is not in the database (and that no entry includes) gives a clear
#     message and exit status 2; so does a file that does not exist;
#   - a compile command clang rejects (-std=gnu99x) gives a message naming the flag
#     and exit status 2, and the other entries are still checked;
#   - -p auto from a subdirectory of the project finds build/compile_commands.json.
# Hermetic: the project is generated in a temporary directory, removed at the end.
set -u

ownck=${1:?usage: project.sh OWNCK}
case $ownck in /*) ;; *) ownck=$(pwd)/$ownck ;; esac
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

scratch project
export HOME="$tmp/home"
mkdir -p "$HOME"
unset OWNCK_RESOURCE_DIR OWNCK_FAULT_INJECT
proj="$tmp/proj"
sh "$here/gen-project.sh" "$proj" 24 || { echo "project.sh: gen-project.sh failed" >&2; exit 2; }
proj=$(cd "$proj" && pwd -P)
cd "$tmp" || exit 2

# ---- -j1, -j2, -j4: the same bytes ----
for j in 1 2 4; do
  "$ownck" -p "$proj/build" --no-cache --format=gcc -j"$j" > "$tmp/j$j.out" 2> "$tmp/j$j.err"
  echo $? > "$tmp/j$j.rc"
done
if [ "$(cat "$tmp/j1.rc")" -ne 1 ] || [ -s "$tmp/j1.err" ]; then
  fail "-j1: exit status $(cat "$tmp/j1.rc") (want 1: findings), or something on stderr"; show "$tmp/j1.err"
fi
if cmp -s "$tmp/j1.out" "$tmp/j2.out" && cmp -s "$tmp/j1.out" "$tmp/j4.out" &&
   [ "$(cat "$tmp/j1.rc" "$tmp/j2.rc" "$tmp/j4.rc" | sort -u | wc -l)" -eq 1 ]; then
  ok "-j1, -j2 and -j4: byte-identical output ($(wc -l < "$tmp/j1.out") lines), same exit status"
else
  fail "-j1, -j2 and -j4 differ"; diff "$tmp/j1.out" "$tmp/j2.out" | head -20; diff "$tmp/j1.out" "$tmp/j4.out" | head -20
fi

# ---- every expected finding, with its path, and nothing else ----
while read -r rel line rule; do echo "$proj/$rel $line $rule"; done < "$proj/expected.txt" | sort > "$tmp/want.txt"
gcc_findings "$tmp/j1.out" | sort > "$tmp/got.txt"
if cmp -s "$tmp/want.txt" "$tmp/got.txt"; then
  ok "all $(wc -l < "$tmp/want.txt") expected findings, at their lines and paths, nothing else"
else
  fail "the findings differ from expected.txt (< expected, > reported):"
  diff "$tmp/want.txt" "$tmp/got.txt" | grep '^[<>]'
fi
grep -q 'compiled without the flags\|response file was not read' "$tmp/j1.out" "$tmp/j1.err" &&
  fail "a file was parsed without its flags or its response file"

# ---- shards: together, the whole ----
"$ownck" -p "$proj/build" --no-cache --format=sarif -o "$tmp/whole.sarif" -j2
rcs=""
for k in 1 2 3; do
  "$ownck" -p "$proj/build" --no-cache --shard "$k/3" --format=sarif -o "$tmp/shard$k.sarif" -j2 2> "$tmp/shard$k.err"
  rcs="$rcs $?"
done
"$ownck" --merge-sarif "$tmp/shard1.sarif" "$tmp/shard2.sarif" "$tmp/shard3.sarif" -o "$tmp/merged.sarif" 2> "$tmp/merge.err"
mrc=$?
sarif_results "$tmp/whole.sarif" | sort > "$tmp/whole.res"
sarif_results "$tmp/merged.sarif" | sort > "$tmp/merged.res"
n_whole=$(wc -l < "$tmp/whole.res") n_merged=$(wc -l < "$tmp/merged.res")
n_shards=0
for k in 1 2 3; do n_shards=$((n_shards + $(sarif_results "$tmp/shard$k.sarif" | wc -l))); done
if [ "$mrc" -ne 0 ]; then
  fail "--merge-sarif failed ($mrc)"; show "$tmp/merge.err"
elif [ "$n_whole" -eq 0 ] || [ "$n_merged" -ne "$n_whole" ] || [ "$n_shards" -ne "$n_whole" ]; then
  fail "shards: $n_shards results in the shards, $n_merged merged, $n_whole in the whole run (shard exits:$rcs)"
elif ! cmp -s "$tmp/whole.res" "$tmp/merged.res"; then
  fail "shards: the merged results are not those of the whole run"; diff "$tmp/whole.res" "$tmp/merged.res"
else
  ok "--shard 1/3 + 2/3 + 3/3, merged: the $n_whole results of the whole run (shard exits:$rcs)"
fi

# ---- a header named on the command line ----
"$ownck" -p "$proj/build" --no-cache --format=gcc "$proj/include/bad.h" > "$tmp/header.out" 2> "$tmp/header.err"
rc=$?
gcc_findings "$tmp/header.out" > "$tmp/header.got"
if [ "$rc" -ne 1 ] || [ "$(cat "$tmp/header.got")" != "$proj/include/bad.h 4 OWN003" ]; then
  fail "-p DIR include/bad.h: exit $rc (want 1), findings: '$(tr '\n' ';' < "$tmp/header.got")'" \
    "(want only the header's leak at line 4, checked through src/f05.c)"
  show "$tmp/header.out" "$tmp/header.err"
else
  ok "-p DIR include/bad.h: only the header's finding, through a file that includes it"
fi
# A source named: only its findings.
"$ownck" -p "$proj/build" --no-cache --format=gcc "$proj/src/f02.c" > "$tmp/one.out" 2>&1
rc=$?
if [ "$rc" -ne 1 ] || [ "$(gcc_findings "$tmp/one.out")" != "$proj/src/f02.c 18 OWN002" ]; then
  fail "-p DIR src/f02.c: exit $rc, or not exactly its double free"; show "$tmp/one.out"
else
  ok "-p DIR src/f02.c: exactly that file's finding"
fi

# ---- a file not in the database ----
printf '#include <stdlib.h>\nvoid extra(void) { char *p = malloc(1); }\n' > "$proj/src/extra.c"
"$ownck" -p "$proj/build" --no-cache --format=gcc "$proj/src/extra.c" > "$tmp/extra.out" 2> "$tmp/extra.err"
rc=$?
if [ "$rc" -ne 2 ] || ! grep -q "^ownck: error: .*extra\.c: not in the compile database" "$tmp/extra.err"; then
  fail "a file not in the database: exit $rc (want 2), message:"; show "$tmp/extra.err"
else
  ok "a file not in the database: exit 2, '$(cat "$tmp/extra.err")'"
fi
"$ownck" -p "$proj/build" --no-cache --format=gcc "$proj/src/missing.c" > "$tmp/missing.out" 2> "$tmp/missing.err"
rc=$?
if [ "$rc" -ne 2 ] || ! grep -q "^ownck: error: .*missing\.c: No such file" "$tmp/missing.err"; then
  fail "a missing file with -p: exit $rc (want 2), message:"; show "$tmp/missing.err"
else
  ok "a missing file with -p: exit 2"
fi

# ---- a compile command clang rejects ----
mkdir -p "$proj/build-bad"
cat > "$proj/build-bad/compile_commands.json" <<'EOF'
[
{"directory": "..", "file": "src/f01.c", "arguments": ["gcc", "-Iinclude", "-DPROJ_CONFIG=1", "-std=gnu99x", "-c", "src/f01.c", "-o", "f01.o"]},
{"directory": "..", "file": "src/f02.c", "command": "gcc -Iinclude -DPROJ_CONFIG=1 -c src/f02.c -o f02.o"}
]
EOF
"$ownck" -p "$proj/build-bad" --no-cache --format=gcc -j1 > "$tmp/bad.out" 2> "$tmp/bad.err"
rc=$?
if [ "$rc" -ne 2 ] || ! grep -q "^ownck: error: .*f01\.c: .*'-std=gnu99x'" "$tmp/bad.err"; then
  fail "a flag clang rejects: exit $rc (want 2), message:"; show "$tmp/bad.err"
elif [ "$(gcc_findings "$tmp/bad.out")" != "$proj/src/f02.c 18 OWN002" ]; then
  fail "a flag clang rejects: the other entry was not checked"; show "$tmp/bad.out"
else
  ok "a flag clang rejects: exit 2, '$(cat "$tmp/bad.err")'; the other entry is checked"
fi

# ---- -p auto from a subdirectory ----
(cd "$proj/src" && "$ownck" -p auto --no-cache --format=gcc -j2) > "$tmp/auto.out" 2> "$tmp/auto.err"
rc=$?
if [ "$rc" -ne 1 ] || ! cmp -s "$tmp/auto.out" "$tmp/j1.out"; then
  fail "-p auto from src/: exit $rc, or not the output of -p build"; show "$tmp/auto.err"
  diff "$tmp/j1.out" "$tmp/auto.out" | head -10
else
  ok "-p auto from src/ finds build/compile_commands.json (the same output as -p build)"
fi
(cd "$proj/src" && "$ownck" -p auto --no-cache --format=gcc f07.c f09.c) > "$tmp/auto2.out" 2> "$tmp/auto2.err"
rc=$?
if [ "$rc" -ne 1 ] || [ "$(gcc_findings "$tmp/auto2.out")" != "$proj/src/f09.c 18 OWN003" ] || [ -s "$tmp/auto2.err" ]; then
  fail "-p auto f07.c f09.c from src/: exit $rc, or not f09's leak alone (f07 needs its response file)"
  show "$tmp/auto2.out" "$tmp/auto2.err"
else
  ok "-p auto f07.c f09.c from src/: with their database flags"
fi

finish project.sh
