#!/bin/sh
# fuzz/run.sh SECONDS [JOBS]: builds fuzz_ownck if needed and fuzzes for SECONDS.
#
#   fuzz/run.sh 60            the short run of the test suite
#   fuzz/run.sh 1800 2        the 30-minute campaign on 2 cores (docs/robustness.md)
#
# The seed corpus (the case files of testsuite/cases/, fuzz/corpus/ for inputs found
# by fuzzing that add coverage, and 40 files from fuzz/gen.py) is read, never
# written: new inputs go to
# $OWNCK_FUZZ_WORK (default build-fuzz/work/corpus), crashes, timeouts and OOMs to
# $OWNCK_FUZZ_WORK/artifacts/. Every input that ever crashed is also replayed first
# (testsuite/hostile/crashers/*.c): until they are fixed the run fails, and a fixed
# crash that comes back fails at once.
# Exit status: 0 no crash, 1 a crash/timeout/leak/sanitizer report (artifact paths
# printed), 2 cannot build or run.
# Environment: OWNCK_FUZZ_BUILD (default build-fuzz/ in the repository), CLANG,
# LLVM_CONFIG (see build.sh); extra libFuzzer flags in OWNCK_FUZZ_FLAGS.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
secs=${1:-60}
jobs=${2:-1}
build=${OWNCK_FUZZ_BUILD:-$root/build-fuzz}
work=${OWNCK_FUZZ_WORK:-$build/work}
bin=$build/fuzz_ownck

newer() {   # true if any source is newer than the binary
  for f in "$root"/analyzer/*.c "$root"/analyzer/*.h "$here/fuzz_ownck.c" "$root"/rules/*/*; do
    [ -n "$(find "$f" -newer "$bin" 2>/dev/null)" ] && return 0
  done
  return 1
}
if [ ! -x "$bin" ] || newer; then
  mkdir -p "$build"
  "$here/build.sh" "$build" >"$build/build.log" 2>&1 || {
    echo "fuzz/run.sh: cannot build the fuzz target, see $build/build.log" >&2
    tail -5 "$build/build.log" >&2
    exit 2
  }
fi

mkdir -p "$work/corpus" "$work/artifacts"
# LSan: libclang is not instrumented and keeps some caches for the life of the
# process; our own leaks are caught by the arena (one malloc'd chunk list per arena).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:allocator_may_return_null=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# 1. Replay known crashers, one process each (a crash ends a libFuzzer process): each
# must now run clean.
: >"$work/replay.log"
for f in "$root"/testsuite/hostile/crashers/*.c; do
  [ -f "$f" ] || continue
  if "$bin" -timeout=60 -rss_limit_mb=4096 "$f" >>"$work/replay.log" 2>&1; then
    echo "replay ok:   ${f#"$root"/}"
  else
    echo "replay FAIL: ${f#"$root"/} (see $work/replay.log)"
    replay_failed=1
  fi
done

# 2. Seeds from the structured generator (valid C, so the mutations start from code
# that gets past clang), if python3 is there: 40 small files, a fixed range of seeds.
seeds2=""
if command -v python3 >/dev/null 2>&1; then
  mkdir -p "$work/gen-seeds"
  python3 "$here/gen.py" 1 --count 40 --out "$work/gen-seeds" && seeds2=$work/gen-seeds
fi

# 3. Fuzz. -fork keeps going after a crash only with -ignore_crashes; we stop at the
# first one so that it is reported with its stack.
log=$work/fuzz.log
flags="-max_total_time=$secs -timeout=30 -rss_limit_mb=4096 -max_len=16384 \
  -dict=$here/c.dict -artifact_prefix=$work/artifacts/ -print_final_stats=1"
if [ "$jobs" -gt 1 ]; then
  flags="$flags -fork=$jobs"
fi
echo "fuzzing for ${secs}s with $jobs job(s): log $log"
# shellcheck disable=SC2086
"$bin" $flags ${OWNCK_FUZZ_FLAGS:-} "$work/corpus" "$here/corpus" "$root"/testsuite/cases/*/ $seeds2 >"$log" 2>&1
rc=$?
grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss|cov:" "$log" | tail -3
if [ $rc -ne 0 ] || grep -q "ERROR: AddressSanitizer\|runtime error:\|ERROR: libFuzzer\|ERROR: LeakSanitizer" "$log"; then
  echo "FAIL: fuzz_ownck found a problem (exit $rc):"
  grep -E "ERROR|SUMMARY|runtime error|Test unit written" "$log" | head -10
  grep -E "^ +#[0-9]+ " "$log" | head -12
  exit 1
fi
[ "${replay_failed:-0}" = 1 ] && exit 1
echo "ok: no crash in ${secs}s"
exit 0
