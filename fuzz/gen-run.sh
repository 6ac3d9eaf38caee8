#!/bin/sh
# fuzz/gen-run.sh N [OWNCK] [FIRST_SEED]: runs ownck on N files from fuzz/gen.py.
#
# Every generated file is valid C (each is first checked with clang -fsyntax-only when
# clang is installed; a file clang rejects is a generator bug, counted apart). For ownck
# the only acceptable outcomes are exit 0 or 1 within 30 s with no sanitizer report;
# anything else (a crash, exit 2, a timeout, "runtime error:" or an ASan/LSan report)
# is a bug: the file is kept in $OWNCK_GEN_OUT (default build-fuzz/gen-failures/) with
# its stderr beside it. Half the files are --big ones (deeper, longer functions).
#
#   fuzz/gen-run.sh 200                       with build/ownck or build-test/ownck
#   fuzz/gen-run.sh 5000 /tmp/b/ownck 100000  another binary, seeds 100000..
#
# Exit status: 0 no failure, 1 failures (listed), 2 setup problem.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
n=${1:?usage: gen-run.sh N [OWNCK] [FIRST_SEED]}
ownck=${2:-}
first=${3:-$(date +%s)}
limit=${OWNCK_GEN_TIMEOUT:-30}
if [ -z "$ownck" ]; then
  for c in "$root/build-test/ownck" "$root/build/ownck"; do
    [ -x "$c" ] && ownck=$c && break
  done
fi
if [ -z "$ownck" ] || [ ! -x "$ownck" ]; then
  echo "gen-run.sh: no ownck binary (build one, or pass its path)" >&2
  exit 2
fi
python=$(command -v python3 || true)
[ -n "$python" ] || { echo "gen-run.sh: python3 is needed" >&2; exit 2; }
out=${OWNCK_GEN_OUT:-$root/build-fuzz/gen-failures}
mkdir -p "$out"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ownck-gen.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# The include dir that holds <ownck/ownership.h>, for the clang pre-check.
inc=$(dirname "$ownck")/include
[ -d "$inc/ownck" ] || { mkdir -p "$tmp/inc/ownck" && cp "$root/annotations/ownership.h" "$tmp/inc/ownck/" && inc=$tmp/inc; }
cc=$(command -v clang-19 || command -v clang || true)

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

fails=0 badgen=0 findings=0 clean=0
batch=50
seed=$first
last=$((first + n))
echo "gen-run: $n files, seeds $first..$((last - 1)), $ownck, ${limit}s each"
while [ "$seed" -lt "$last" ]; do
  cnt=$batch
  [ $((seed + cnt)) -gt "$last" ] && cnt=$((last - seed))
  rm -f "$tmp"/gen-*.c
  half=$((cnt / 2))
  "$python" "$here/gen.py" "$seed" --count "$half" --out "$tmp"
  "$python" "$here/gen.py" $((seed + half)) --count $((cnt - half)) --out "$tmp" --big
  for f in "$tmp"/gen-*.c; do
    base=$(basename "$f" .c)
    if [ -n "$cc" ] && ! "$cc" -fsyntax-only -w -D__OWNCK__=1 -I"$inc" "$f" >/dev/null 2>&1; then
      badgen=$((badgen + 1))
      cp "$f" "$out/$base.badgen.c"
      continue
    fi
    timeout -k 5 "$limit" "$ownck" --format=gcc "$f" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    why=""
    if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
      why="hang (> ${limit}s)"
    elif [ $rc -ge 128 ]; then
      why="crash (exit $rc)"
    elif grep -q "Sanitizer\|runtime error:\|internal error" "$tmp/err"; then
      why="sanitizer/internal error report"
    elif [ $rc -eq 2 ]; then
      why="exit 2 on valid C: $(head -1 "$tmp/err")"
    elif [ $rc -eq 1 ]; then
      findings=$((findings + 1))
    else
      clean=$((clean + 1))
    fi
    if [ -n "$why" ]; then
      fails=$((fails + 1))
      cp "$f" "$out/$base.c"
      cp "$tmp/err" "$out/$base.stderr"
      echo "FAIL $base: $why"
    fi
  done
  seed=$((seed + cnt))
done
echo "gen-run: $n files: $clean clean, $findings with findings, $fails failures, $badgen rejected by clang (generator bugs)"
[ "$fails" -eq 0 ] && [ "$badgen" -eq 0 ] || exit 1
exit 0
