#!/bin/sh
# mutable-state.sh FILE...: no process-wide mutable state in the analyzer.
#
# Lists every object with storage of its own that is not read-only, at file or
# function scope, in the given object files and archives (the analyzer's: ownck_ir,
# ownck_core, main.c): symbols in .data, .bss and their thread-local twins .tdata, .tbss
# (.data.rel.ro is read-only after relocation, .rodata is read-only). Everything an
# analysis reads comes from the Config, built once and never written afterwards, and
# everything it writes lives in the arenas of its own file, so the only objects
# allowed are thread-local ones named in mutable-state.allow, each with its reason.
# A new one fails the test. An allowed one that is not there is only noted: a build
# may leave it out (sanitizer builds have no crash handler, so no signal stack).
set -u
allow="$(dirname "$0")/mutable-state.allow"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for o in "$@"; do
  objdump -t "$o" | awk -v f="$(basename "$o" .o)" '
    /^[^ \t]+\.o:[ \t]+file format/ { f = $1; sub(/\.o:$/, "", f); sub(/.*\//, "", f); next }
    {
      for (i = 1; i <= NF; i++)
        if ($i ~ /^\.(data|bss|tdata|tbss)(\.|$)/ && $i !~ /^\.data\.rel\.ro/) {
          name = $NF
          sub(/\.[0-9]+$/, "", name)           # a static local: name.N
          # section symbols (".data") and what the sanitizers add are not ours
          if (name !~ /^(\.|__asan|___asan|__ubsan|__odr_asan|__sancov)/)
            print f, ($i ~ /^\.t/ ? "thread-local" : "process-wide"), name
        }
    }'
done | sort -u >"$tmp/found"
grep -v '^#' "$allow" | awk 'NF { print $1, $2, $3 }' | sort -u >"$tmp/allowed"
status=0
if comm -23 "$tmp/found" "$tmp/allowed" | grep -q .; then
  echo "mutable-state: objects that are neither read-only nor allowed (file, kind, name):"
  comm -23 "$tmp/found" "$tmp/allowed" | sed 's/^/  /'
  echo "Put what an analysis reads in the Config and what it writes in an arena; a"
  echo "thread-local that must exist goes in testsuite/mutable-state.allow with its reason."
  status=1
fi
if comm -13 "$tmp/found" "$tmp/allowed" | grep -q .; then
  echo "mutable-state: note: allowed but not in this build:"
  comm -13 "$tmp/found" "$tmp/allowed" | sed 's/^/  /'
fi
[ "$status" -eq 0 ] && echo "mutable-state: ok ($# files; $(wc -l <"$tmp/found") objects, all thread-local and allowed)"
exit "$status"
