#!/bin/sh
# cache.sh OWNCK: the result cache (--cache DIR) answers unchanged files, and only
# them.
#
# How "answered from the cache" is proved (timing is unreliable, and making the
# parse impossible does not work: whatever could break it, the resource directory or
# the fault-injection switch, is part of the cache key, so it would only cause a miss):
# after a run, every entry of the cache gets a planted marker, a tool note
# "cache-marker fNN.c" added to the results stored in it. No analysis can produce that
# text: a file whose marker is in the next run's output was answered from its entry;
# a file whose marker is gone was analysed again (and its entry rewritten).
#
# On the project of gen-project.sh (24 files; f03, f06, ... f24 include shared.h),
# proves:
#   - a first run stores one entry per file; a second, unchanged run gives
#     byte-identical output and rewrites no entry (the entries' inodes are the same);
#     with markers planted, the next run shows all 24 and otherwise the same output;
#   - touching a header (new mtime, same contents) still uses the entries;
#   - editing shared.h (its SHARED_RELEASE(p) no longer frees) re-analyses exactly
#     the 8 files that include it: their markers are gone, 4 of them now leak; the 16
#     others keep their markers (their entries are untouched);
#   - editing one source re-analyses that file alone;
#   - a flag added to one entry of compile_commands.json (-DFOO) re-analyses that
#     file alone;
#   - a .ownck.json turning OWN002 off re-analyses everything, and OWN002 is gone;
#   - a new header that shadows an included one (include/string.h before the
#     system's) re-analyses every file that would now find it;
#   - a different ownck binary does not use the entries of another: two copies of
#     the binary, the second with one byte appended: the first copy uses its entries
#     (markers), the second does not (no marker, 24 new entries).
# Hermetic: a temporary directory, removed at the end.
set -u

ownck=${1:?usage: cache.sh OWNCK}
case $ownck in /*) ;; *) ownck=$(pwd)/$ownck ;; esac
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

scratch cache
export HOME="$tmp/home"
mkdir -p "$HOME"
unset OWNCK_RESOURCE_DIR OWNCK_FAULT_INJECT
proj="$tmp/proj"
sh "$here/gen-project.sh" "$proj" 24 || { echo "cache.sh: gen-project.sh failed" >&2; exit 2; }
cache="$tmp/cache"
cd "$tmp" || exit 2

# run NAME [OWNCK]: analyse the project with the cache; output in $tmp/NAME.out.
run() {
  "${2:-$ownck}" -p "$proj/build" --cache "$cache" --format=gcc -j2 > "$tmp/$1.out" 2> "$tmp/$1.err"
  rc=$?
  if [ "$rc" -gt 1 ] || [ -s "$tmp/$1.err" ]; then
    fail "$1: exit status $rc, or something on stderr"; show "$tmp/$1.err"
  fi
}
entries() { find "$cache" -name '*.json' | wc -l | tr -d ' '; }
inodes() { ls -i "$cache" | sort; }
# Adds the marker "cache-marker <source file name>" to the results of every entry.
plant() {
  for e in "$cache"/*.json; do
    name=$(sed -n 's/.*"source":"\([^"]*\)".*/\1/p' "$e")
    name=${name##*/}
    m="{\"rule\":0,\"level\":1,\"span\":[0,1,1,1,1],\"msg\":\"cache-marker $name\"}"
    sed -e "s|\"diags\":\[\]|\"diags\":[$m]|" -e "s|\"diags\":\[{|\"diags\":[$m,{|" "$e" > "$tmp/entry" &&
      cat "$tmp/entry" > "$e"
    grep -q "cache-marker $name" "$e" || { echo "cache.sh: cannot plant a marker in $e (has the format changed?)" >&2; exit 2; }
  done
}
# The files whose markers are in a run's output, as "f01 f02 ...".
markers() { grep -o 'note: cache-marker f[0-9]*\.c' "$tmp/$1.out" | sed 's/.*cache-marker //; s/\.c$//' | sort | tr '\n' ' ' | sed 's/ $//'; }
# A run's output without the markers.
unmarked() { grep -v 'note: cache-marker' "$tmp/$1.out"; }
all_files() { i=1; while [ "$i" -le 24 ]; do printf 'f%02d ' "$i"; i=$((i + 1)); done | sed 's/ $//'; }
files_but() { for f in $(all_files); do case " $* " in *" $f "*) ;; *) printf '%s ' "$f" ;; esac; done | sed 's/ $//'; }
all=$(all_files)

# ---- a first run, then an unchanged one ----
run first
n=$(entries)
[ "$n" -eq 24 ] && ok "first run: 24 entries" || fail "first run: $n entries in the cache (want 24, one per file)"
inodes > "$tmp/inodes1"
run second
if cmp -s "$tmp/first.out" "$tmp/second.out"; then
  ok "second, unchanged run: byte-identical output"
else
  fail "second, unchanged run: the output differs"; diff "$tmp/first.out" "$tmp/second.out" | head
fi
inodes > "$tmp/inodes2"
cmp -s "$tmp/inodes1" "$tmp/inodes2" && [ "$(entries)" -eq 24 ] && ok "second run: no entry rewritten" ||
  fail "second run: entries were rewritten or added (the cache was not used)"

plant
run marked
if [ "$(markers marked)" = "$all" ] && unmarked marked | cmp -s - "$tmp/first.out"; then
  ok "planted markers: all 24 files answered from the cache, the same findings"
else
  fail "planted markers: files answered from the cache: '$(markers marked)' (want all 24)"
  unmarked marked | diff "$tmp/first.out" - | head
fi

# ---- touching a header: same contents, still answered ----
touch "$proj/include/shared.h" "$proj/include/bad.h"
run touched
[ "$(markers touched)" = "$all" ] && ok "a touched header (same contents): still answered from the cache" ||
  fail "a touched header (same contents): answered from the cache: '$(markers touched)' (want all)"

# ---- editing a header: exactly the files that include it ----
sed 's/#define SHARED_RELEASE(p) free(p)/#define SHARED_RELEASE(p) ((void)(p))/' "$proj/include/shared.h" > "$tmp/h" &&
  cat "$tmp/h" > "$proj/include/shared.h"
includers="f03 f06 f09 f12 f15 f18 f21 f24"
run header
want=$(files_but $includers)
if [ "$(markers header)" = "$want" ]; then
  ok "shared.h edited: re-analysed exactly $includers"
else
  fail "shared.h edited: answered from the cache: '$(markers header)'"
  echo "    want: '$want' (every file but those that include shared.h)"
fi
new=$(unmarked header | grep -E '^[^ ]*/src/f[0-9]+\.c:[0-9]+:[0-9]+: error: .*\[OWN0' | sed 's|.*/src/||; s|: error: .*\[| [|' | sort)
old=$(grep -E '^[^ ]*/src/f[0-9]+\.c:[0-9]+:[0-9]+: error: .*\[OWN0' "$tmp/first.out" | sed 's|.*/src/||; s|: error: .*\[| [|' | sort)
added=$(printf '%s\n' "$new" | grep -vxF "$old" | tr '\n' ' ' | sed 's/ $//')
removed=$(printf '%s\n' "$old" | grep -vxF "$new" | tr '\n' ' ' | sed 's/ $//')
if [ "$added" = "f03.c:19:3 [OWN003] f12.c:19:3 [OWN003] f15.c:19:3 [OWN003] f24.c:19:3 [OWN003]" ] && [ -z "$removed" ]; then
  ok "shared.h edited: the new leaks of the files that use SHARED_RELEASE, nothing else changed"
else
  fail "shared.h edited: findings added: '$added', removed: '$removed'"
fi
plant

# ---- editing one source ----
sed 's|  n++; /\* leak: p is never released \*/|  free(p);|' "$proj/src/f01.c" > "$tmp/s" && cat "$tmp/s" > "$proj/src/f01.c"
run src-edit
if [ "$(markers src-edit)" = "$(files_but f01)" ] && ! grep -q '/src/f01\.c:.*error' "$tmp/src-edit.out"; then
  ok "f01.c edited (its leak fixed): re-analysed f01 alone"
else
  fail "f01.c edited: answered from the cache: '$(markers src-edit)' (want all but f01), or f01's leak is still there"
fi
plant

# ---- a flag change in compile_commands.json ----
db="$proj/build/compile_commands.json"
sed '/"src\/f04\.c"/s/-DPROJ_CONFIG=1/-DPROJ_CONFIG=1 -DFOO/' "$db" > "$tmp/db" && cat "$tmp/db" > "$db"
grep -q -- '-DFOO' "$db" || fail "cannot add -DFOO to the database"
run flags
[ "$(markers flags)" = "$(files_but f04)" ] && ok "-DFOO added to f04's command: re-analysed f04 alone" ||
  fail "-DFOO added to f04's command: answered from the cache: '$(markers flags)' (want all but f04)"
plant

# ---- a configuration change ----
printf '{"rules": {"OWN002": "off"}}\n' > "$proj/.ownck.json"
run config
if [ -n "$(markers config)" ]; then
  fail ".ownck.json added: answered from the cache (with the old configuration): '$(markers config)'"
elif grep -q 'OWN002\]' "$tmp/config.out"; then
  fail ".ownck.json turns OWN002 off, but OWN002 is still reported"
elif ! grep -q 'OWN003\]' "$tmp/config.out"; then
  fail ".ownck.json added: the other findings are gone too"; show "$tmp/config.out"
else
  ok ".ownck.json turning OWN002 off: everything re-analysed, no OWN002"
fi
rm -f "$proj/.ownck.json"

# ---- a new header that shadows an included one ----
# Every file includes <string.h> and has -I include: a new include/string.h is found
# before the system's, so every file now parses differently (its memset frees), although
# no file an entry depends on has changed.
plant
cat > "$proj/include/string.h" <<'EOF'
#ifndef SHADOW_STRING_H
#define SHADOW_STRING_H
#include <stdlib.h>
#define memset(p, c, n) free(p)
#endif
EOF
run shadow
"$ownck" -p "$proj/build" --no-cache --format=gcc -j2 > "$tmp/shadow-fresh.out" 2>&1
if [ -n "$(markers shadow)" ] || ! unmarked shadow | cmp -s - "$tmp/shadow-fresh.out"; then
  fail "a new include/string.h shadowing <string.h>: stale results from the cache for '$(markers shadow)'" \
    "($(grep -c ': error: ' "$tmp/shadow.out") findings, $(grep -c ': error: ' "$tmp/shadow-fresh.out") without the cache)"
else
  ok "a new include/string.h shadowing <string.h>: every file analysed again"
fi
rm -f "$proj/include/string.h"

# ---- a different binary ----
mkdir -p "$tmp/bins/a" "$tmp/bins/b"
cp "$ownck" "$tmp/bins/a/ownck" && cp "$ownck" "$tmp/bins/b/ownck" && printf '\n' >> "$tmp/bins/b/ownck" ||
  { echo "cache.sh: cannot copy $ownck" >&2; exit 2; }
run copy-a "$tmp/bins/a/ownck"
plant
before=$(entries)
run copy-a-again "$tmp/bins/a/ownck"
run copy-b "$tmp/bins/b/ownck"
after=$(entries)
if [ "$(markers copy-a-again)" != "$all" ]; then
  fail "a copy of the binary does not use its own entries: '$(markers copy-a-again)'"
elif [ -n "$(markers copy-b)" ]; then
  fail "a binary with one byte more used the entries of another: '$(markers copy-b)'"
elif [ "$((after - before))" -ne 24 ]; then
  fail "a binary with one byte more: $((after - before)) new entries (want 24)"
elif ! unmarked copy-a-again | cmp -s - "$tmp/copy-b.out"; then
  fail "the two copies report different findings"; unmarked copy-a-again | diff - "$tmp/copy-b.out" | head
else
  ok "a binary with one byte appended does not use another's entries (24 new ones), its copy does"
fi

finish cache.sh
