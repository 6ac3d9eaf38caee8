#!/usr/bin/env bash
# bench/run.sh [options] [BUILD_DIR]: speed and memory of ownck on real C code, as
# ratios to the same-version `clang-N -fsyntax-only` and to bench/floor.c (a libclang
# parse of the file plus one visit of every cursor: the least any libclang tool does).
# See docs/benchmarks.md.
#
#   BUILD_DIR          an ownck build tree (default: build); its CMakeCache.txt names
#                      the libclang that the floor is built against
#   --runs=N           timed runs per file and tool; the minimum counts (default 5)
#   --projects=LIST    comma-separated subset of: sqlite3,zlib,lua,redis (default all;
#                      empty for none, e.g. with --profile alone)
#   --instructions     also count instructions with valgrind --tool=callgrind
#                      (deterministic, unlike wall time; slow: ~40x, in parallel)
#   --jobs=N           parallel callgrind runs for --instructions (default: nproc)
#   --profile          callgrind profile of ownck on sqlite3.c: where ownck's own
#                      time goes (builds a -g copy of ownck in bench/.cache/build-prof)
#   --setup            install what is missing (dpkg-dev, tcl, valgrind, clang-N) and
#                      enable deb-src in apt's sources; needs root
#
# Inputs come from Debian source packages (apt-get source), cached in bench/.cache/:
#   sqlite3  the sqlite3.c amalgamation (one 8.6 MB file; ./configure && make sqlite3.c),
#            or $SQLITE3_C, or /tmp/src/sqlite3-*/sqlite3.c when present
#   zlib     the library and contrib/minizip (./configure for zconf.h)
#   lua      lua5.4's src/*.c (Debian's generated multiarch header)
#   redis    redis's src/*.c, with its bundled deps/ headers (mkreleasehdr.sh)
# Each file is one process, as a build runs it; a project's time is the sum over its
# files (each file's minimum of --runs), its memory the largest peak RSS of any file.
#
# Output: a Markdown table on stdout (also saved to bench/.cache/results.md), ownck's
# findings per project, and every ownck crash, exit 2 or clang error found. ownck's
# reports are kept in bench/.cache/out/<project>/. Exits 0 unless the harness itself
# cannot run (no build, no inputs); ownck's own failures are reported, not fatal.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
CACHE=$BENCH/.cache

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() { echo "bench: $*" >&2; exit 2; }
say() { echo "bench: $*" >&2; }

RUNS=5
PROJECTS=sqlite3,zlib,lua,redis
INSTR=0
PROFILE=0
SETUP=0
JOBS=$(nproc 2>/dev/null || echo 2)
BUILD=
for arg in "$@"; do
  case $arg in
    --runs=*) RUNS=${arg#*=} ;;
    --projects=*) PROJECTS=${arg#*=} ;;
    --instructions) INSTR=1 ;;
    --jobs=*) JOBS=${arg#*=} ;;
    --profile) PROFILE=1 ;;
    --setup) SETUP=1 ;;
    -h|--help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option '$arg'" ;;
    *) [ -z "$BUILD" ] || die "one BUILD_DIR only"; BUILD=$arg ;;
  esac
done
. "$ROOT/bench/libclang.sh"

# ---- tools ------------------------------------------------------------------------
need_pkgs=()
command -v "clang-$MAJOR" >/dev/null || [ -x "$PREFIX/bin/clang" ] || need_pkgs+=("clang-$MAJOR")
command -v dpkg-source >/dev/null || need_pkgs+=(dpkg-dev)
command -v tclsh >/dev/null || need_pkgs+=(tcl)
[ -x /usr/bin/time ] || need_pkgs+=(time)
if [ $INSTR = 1 ] || [ $PROFILE = 1 ]; then
  command -v valgrind >/dev/null || need_pkgs+=(valgrind)
fi
srcs_ok() { grep -qs 'deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/*; }
if [ ${#need_pkgs[@]} -gt 0 ] || ! srcs_ok; then
  if [ $SETUP = 1 ] && [ "$(id -u)" = 0 ]; then
    if ! srcs_ok && [ -f /etc/apt/sources.list.d/debian.sources ]; then
      say "enabling deb-src in /etc/apt/sources.list.d/debian.sources"
      sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources
    fi
    apt-get update -qq
    [ ${#need_pkgs[@]} -eq 0 ] || apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
  else
    srcs_ok || say "apt has no deb-src lines: add 'Types: deb deb-src' to /etc/apt/sources.list.d/debian.sources and run apt-get update (or bench/run.sh --setup as root)"
    [ ${#need_pkgs[@]} -eq 0 ] || say "missing: apt-get install ${need_pkgs[*]} (or bench/run.sh --setup as root)"
    [ ${#need_pkgs[@]} -eq 0 ] || exit 2
  fi
fi
CLANG=$(command -v "clang-$MAJOR" || echo "$PREFIX/bin/clang")
"$CLANG" --version | head -1 | grep -q "version $MAJOR\." ||
  die "$CLANG is not clang $MAJOR: $("$CLANG" --version | head -1)"

mkdir -p "$CACHE/dl" "$CACHE/src" "$CACHE/bin" "$CACHE/out"
FLOOR=$CACHE/bin/floor-$MAJOR
cc -O2 -std=c11 -Wall -Wextra -I"$LIBCLANG_INCLUDE_DIR" \
  -DFLOOR_RESOURCE_DIR="\"$RD\"" "$BENCH/floor.c" -o "$FLOOR" \
  "$LIBCLANG_LIBRARY" -Wl,-rpath,"$LIBDIR" || die "cannot build the floor program"

# ---- inputs -----------------------------------------------------------------------
# fetch PKG: unpack Debian's source package PKG (patches applied) under .cache/src and
# print its directory.
fetch() {
  local pkg=$1 dsc dir
  dsc=$(ls "$CACHE/dl/${pkg}"_*.dsc 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$dsc" ]; then
    say "downloading the Debian source package $pkg"
    (cd "$CACHE/dl" && apt-get source --download-only -qq "$pkg" >/dev/null 2>&1) ||
      { say "apt-get source $pkg failed (deb-src enabled? apt-get update done?)"; return 1; }
    dsc=$(ls "$CACHE/dl/${pkg}"_*.dsc | sort -V | tail -1)
  fi
  dir=$(ls -d "$CACHE/src/$pkg"-*/ 2>/dev/null | head -1 || true)
  if [ -z "$dir" ]; then
    (cd "$CACHE/src" && dpkg-source --no-check -x "$dsc" >/dev/null 2>&1) ||
      { say "dpkg-source -x $dsc failed"; return 1; }
    dir=$(ls -d "$CACHE/src/$pkg"-*/ | head -1)
  fi
  echo "${dir%/}"
}

# Each prepare_X sets DIR (where the commands run), FLAGS (the project's compiler
# flags) and FILES (paths relative to DIR), or returns 1 to skip the project.
prepare_sqlite3() {
  local c=${SQLITE3_C:-}
  if [ -z "$c" ]; then
    c=$(ls /tmp/src/sqlite3-*/sqlite3.c "$CACHE"/src/sqlite3-*/sqlite3.c 2>/dev/null | head -1 || true)
  fi
  if [ -z "$c" ]; then
    local d
    d=$(fetch sqlite3) || return 1
    say "making the sqlite3.c amalgamation in $d"
    (cd "$d" && { [ -f Makefile ] || ./configure >configure.log 2>&1; } && make sqlite3.c >make.log 2>&1) ||
      { say "sqlite3: ./configure && make sqlite3.c failed (see $d/make.log; needs tcl)"; return 1; }
    c=$d/sqlite3.c
  fi
  DIR=$(dirname "$c"); FLAGS=(); FILES=(sqlite3.c)
}

prepare_zlib() {
  DIR=$(fetch zlib) || return 1
  # configure edits zconf.h (Z_HAVE_UNISTD_H) and picks CFLAGS; these are its flags.
  [ -f "$DIR/configure.log" ] || (cd "$DIR" && ./configure >/dev/null 2>&1) ||
    { say "zlib: ./configure failed"; return 1; }
  FLAGS=(-D_LARGEFILE64_SOURCE=1 -DHAVE_HIDDEN -I. -Icontrib/minizip)
  FILES=()
  local f
  for f in "$DIR"/*.c "$DIR"/contrib/minizip/*.c; do
    case $f in */iowin32.c) continue ;; esac   # Windows only
    FILES+=("${f#"$DIR"/}")
  done
}

prepare_lua() {
  DIR=$(fetch lua5.4) || return 1
  # debian/rules generates this header (override_dh_auto_configure).
  local h=$DIR/src/lua5.4-deb-multiarch.h
  [ -f "$h" ] || printf '#ifndef _LUA_DEB_MULTIARCH_\n#define _LUA_DEB_MULTIARCH_\n#define DEB_HOST_MULTIARCH "%s"\n#endif\n' \
    "$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)" >"$h"
  FLAGS=(-std=gnu99 -DLUA_COMPAT_5_3 -DLUA_USE_LINUX -Isrc)
  FILES=()
  local f
  for f in "$DIR"/src/*.c; do FILES+=("${f#"$DIR"/}"); done
}

prepare_redis() {
  DIR=$(fetch redis) || return 1
  [ -f "$DIR/src/release.h" ] || (cd "$DIR/src" && sh mkreleasehdr.sh >/dev/null 2>&1) ||
    { say "redis: mkreleasehdr.sh failed"; return 1; }
  # Without -DUSE_JEMALLOC zmalloc uses libc malloc, so jemalloc's configure is not needed.
  # No -Isrc: its sds.h would shadow hiredis's in redis-cli.c and friends; the quoted
  # includes of src/*.c find src/ by themselves.
  FLAGS=(-std=c11 -Ideps/hiredis -Ideps/linenoise -Ideps/lua/src -Ideps/hdr_histogram)
  FILES=()
  local f
  for f in "$DIR"/src/*.c; do
    case $f in */ae_epoll.c|*/ae_evport.c|*/ae_kqueue.c|*/ae_select.c) continue ;; esac  # #included by ae.c
    FILES+=("${f#"$DIR"/}")
  done
}

# ---- measurement ------------------------------------------------------------------
OWNFLAGS=(-D__OWNCK__=1 -ferror-limit=0 -Wno-unknown-warning-option
          -Wno-unused-command-line-argument "-resource-dir=$RD" "-I$OWNINC")
# cmd TOOL FILE: the command line for one tool on one file (run from DIR).
cmd() {
  case $1 in
    clang) CMD=("$CLANG" -fsyntax-only "${FLAGS[@]}" "${OWNFLAGS[@]}" "$2") ;;
    floor) CMD=("$FLOOR" "--resource-dir=$RD" "$2" "${FLAGS[@]}" "-I$OWNINC") ;;
    ownck) CMD=("$OWNCK" --format=gcc "$2" -- "${FLAGS[@]}") ;;
  esac
}
TOOLS=(clang floor ownck)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# run_once TOOL FILE OUT: one timed run; sets US (wall microseconds), CPU (user+sys
# microseconds, 10 ms resolution), KB (peak RSS), RC.
run_once() {
  cmd "$1" "$2"
  local t0 t1
  t0=$EPOCHREALTIME
  RC=0
  (cd "$DIR" && /usr/bin/time -f '%U %S %M' -o "$TMP/rss" "${CMD[@]}" >"$3" 2>"$3.err") || RC=$?
  t1=$EPOCHREALTIME
  US=$(( ${t1/./} - ${t0/./} ))
  # GNU time puts "Command exited with..." first on failure: read the last line.
  local u sy
  read -r u sy KB < <(tail -1 "$TMP/rss")
  CPU=$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%d", (u + s) * 1e6 }')
}

# instr TOOL FILE RESULT: instruction count (callgrind "Collected") into RESULT.
instr() {
  cmd "$1" "$2"
  (cd "$DIR" && valgrind --tool=callgrind --callgrind-out-file=/dev/null \
     --log-file="$3.vg" "${CMD[@]}" >/dev/null 2>&1) || true
  sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$3.vg" | tail -1 >"$3"
  rm -f "$3.vg"
}

declare -A T C M I
PROBLEMS=()
FINDINGS_LINES=()
TROWS=() MROWS=() IROWS=()
fmt_s() { awk -v u="$1" 'BEGIN { printf "%.2f", u / 1e6 }'; }
fmt_mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
fmt_gi() { awk -v n="$1" 'BEGIN { printf "%.2f", n / 1e9 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }

say "ownck: $OWNCK; libclang: $LIBCLANG_LIBRARY; clang: $CLANG; resource dir: $RD"
say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
LOAD0=$(cut -d' ' -f1 /proc/loadavg)

IFS=, read -r -a PLIST <<<"$PROJECTS"
for p in "${PLIST[@]}"; do
  declare -F "prepare_$p" >/dev/null || die "unknown project '$p' (sqlite3, zlib, lua, redis)"
  DIR= FLAGS=() FILES=()
  if ! "prepare_$p"; then
    PROBLEMS+=("$p: skipped (could not get or prepare the sources)")
    continue
  fi
  out=$CACHE/out/$p
  rm -rf "$out"; mkdir -p "$out"
  say "$p: ${#FILES[@]} file(s) in $DIR, $RUNS runs each"
  for tool in "${TOOLS[@]}"; do T[$tool]=0; C[$tool]=0; M[$tool]=0; I[$tool]=0; done
  nclang_err=0
  for f in "${FILES[@]}"; do
    key=${f//\//_}
    declare -A best=()
    for ((r = 0; r < RUNS; r++)); do
      # Interleave the tools so that a burst of outside load hits all three alike.
      for tool in "${TOOLS[@]}"; do
        run_once "$tool" "$f" "$out/$key.$tool"
        if [ -z "${best[$tool]:-}" ] || [ "$US" -lt "${best[$tool]}" ]; then best[$tool]=$US; fi
        if [ -z "${best[$tool.cpu]:-}" ] || [ "$CPU" -lt "${best[$tool.cpu]}" ]; then best[$tool.cpu]=$CPU; fi
        if [ "${KB:-0}" -gt "${best[$tool.kb]:-0}" ] 2>/dev/null; then best[$tool.kb]=$KB; fi
        if [ "$tool" = ownck ] && [ $r = 0 ]; then best[rc]=$RC; fi
      done
    done
    for tool in "${TOOLS[@]}"; do
      T[$tool]=$(( ${T[$tool]} + ${best[$tool]} ))
      C[$tool]=$(( ${C[$tool]} + ${best[$tool.cpu]} ))
      if [ "${best[$tool.kb]:-0}" -gt "${M[$tool]}" ]; then M[$tool]=${best[$tool.kb]}; fi
    done
    rc=${best[rc]}
    if [ "$rc" -ge 2 ]; then
      PROBLEMS+=("$p: ownck exit $rc on $f: $(grep -m1 . "$out/$key.ownck.err" || echo '(no message)')")
    fi
    # A sanitized build (ASan exits 1, like findings; UBSan goes on): its report.
    if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$out/$key.ownck.err"; then
      PROBLEMS+=("$p: sanitizer report on $f: $(grep -m1 -E 'Sanitizer|runtime error:' "$out/$key.ownck.err")")
    fi
    e=$(sed -n 's/.*errors=\([0-9]*\).*/\1/p' "$out/$key.floor")
    if [ "${e:-0}" != 0 ]; then
      nclang_err=$((nclang_err + 1))
      PROBLEMS+=("$p: clang reports $e error(s) in $f (the input does not parse cleanly)")
    fi
    unset best
  done

  if [ $INSTR = 1 ]; then
    say "$p: counting instructions with callgrind ($JOBS in parallel)"
    for f in "${FILES[@]}"; do
      key=${f//\//_}
      for tool in "${TOOLS[@]}"; do
        while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
        instr "$tool" "$f" "$TMP/$key.$tool.ir" &
      done
    done
    wait
    for f in "${FILES[@]}"; do
      key=${f//\//_}
      for tool in "${TOOLS[@]}"; do
        n=$(cat "$TMP/$key.$tool.ir" 2>/dev/null || true)
        [ -n "$n" ] || { PROBLEMS+=("$p: no instruction count for $tool on $f"); n=0; }
        I[$tool]=$(( ${I[$tool]} + n ))
      done
    done
  fi

  # Findings: primary lines of the gcc format end in [OWNnnn]; notes and help do not.
  nf=$(cat "$out"/*.ownck | grep -cE '^[^ ]+:[0-9]+:[0-9]+: (error|warning|note): .*\[OWN[0-9]{3}\]$' || true)
  byrule=$({ grep -ohE '\[OWN[0-9]{3}\]$' "$out"/*.ownck || true; } | sort | uniq -c |
           awk '{ gsub(/[][]/, "", $2); printf "%s%s %d", sep, $2, $1; sep = ", " }')
  FINDINGS_LINES+=("| $p | ${#FILES[@]} | $nf | ${byrule:--} |")

  TROWS+=("| $p | ${#FILES[@]} | $(fmt_s "${T[clang]}") | $(fmt_s "${T[floor]}") | $(fmt_s "${T[ownck]}") | $(ratio "${T[ownck]}" "${T[clang]}") | $(ratio "${T[ownck]}" "${T[floor]}") | $(fmt_s "${C[clang]}") | $(fmt_s "${C[floor]}") | $(fmt_s "${C[ownck]}") | $(ratio "${C[ownck]}" "${C[clang]}") | $(ratio "${C[ownck]}" "${C[floor]}") |")
  MROWS+=("| $p | ${#FILES[@]} | $(fmt_mb "${M[clang]}") | $(fmt_mb "${M[floor]}") | $(fmt_mb "${M[ownck]}") | $(ratio "${M[ownck]}" "${M[clang]}") | $(ratio "${M[ownck]}" "${M[floor]}") |")
  if [ $INSTR = 1 ]; then
    IROWS+=("| $p | ${#FILES[@]} | $(fmt_gi "${I[clang]}") | $(fmt_gi "${I[floor]}") | $(fmt_gi "${I[ownck]}") | $(ratio "${I[ownck]}" "${I[clang]}") | $(ratio "${I[ownck]}" "${I[floor]}") |")
  fi
done

# ---- profile ----------------------------------------------------------------------
PROFILE_TXT=
if [ $PROFILE = 1 ]; then
  DIR= FLAGS=() FILES=()
  if prepare_sqlite3; then
    PB=$CACHE/build-prof
    say "profile: building ownck with -g (same flags as Release) in $PB"
    if cmake -S "$ROOT" -B "$PB" -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS=-g \
         -DOWNCK_TESTS=OFF -DLIBCLANG_ROOT="$PREFIX" >"$PB.log" 2>&1 &&
       cmake --build "$PB" -j"$JOBS" --target ownck >>"$PB.log" 2>&1; then
      say "profile: callgrind on ownck sqlite3.c (a minute or two)"
      (cd "$DIR" && valgrind --tool=callgrind --callgrind-out-file="$CACHE/callgrind.ownck.sqlite3" \
         --log-file="$TMP/prof.vg" "$PB/ownck" --format=gcc sqlite3.c >/dev/null 2>&1) || true
      total=$(sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$TMP/prof.vg" | tail -1)
      total=${total:-0}
      callgrind_annotate --auto=no --threshold=100 --inclusive=yes "$CACHE/callgrind.ownck.sqlite3" >"$CACHE/callgrind.ownck.sqlite3.txt" 2>/dev/null
      callgrind_annotate --auto=no --threshold=100 "$CACHE/callgrind.ownck.sqlite3" >"$CACHE/callgrind.ownck.sqlite3.self.txt" 2>/dev/null
      # Lines look like "1,234,567 (12.34%)  analyzer/cfg.c:cfg_build [/path/ownck]"
      # (the path is absolute or relative, depending on the build's debug info).
      # Names ending in 'N are callgrind's recursion levels, whose inclusive cost counts
      # nested calls more than once: left out of inclusive lists. One function can be
      # listed twice (with and without its object file): the first line is kept.
      OWNRE='(^|[ /])analyzer/[a-z_]+\.c:'
      pick() {   # pick REGEX FILE N [self]
        { grep -E "$1" "$2" || true; } |
          { if [ "${4:-}" = self ]; then cat; else grep -v "^ *[0-9,]* ([ 0-9.]*%) *[^ ]*'[0-9]" || true; fi; } |
          sed -E 's/^ *([0-9,]+) \(([ 0-9.]+%)\) +([^ ]*\/)?([^/ ]+:[^ ]+).*/| `\4` | \2 | \1 |/' |
          awk -F' [|] ' '!seen[$1]++' | head -"$3"
      }
      own_self=$({ grep -E "$OWNRE" "$CACHE/callgrind.ownck.sqlite3.self.txt" || true; } |
                 awk '{ gsub(",", "", $1); s += $1 } END { printf "%d", s }')
      PROFILE_TXT=$(
        echo "ownck on sqlite3.c under callgrind: $total instructions in all; ownck's own code (analyzer/*.c, self cost) $own_self ($(ratio "$own_self" "$((total / 100))")%); the rest is libclang, the dynamic loader and libc. libclang parses on a thread of its own and ownck analyses on another (start_thread), so main is small."
        echo
        echo "Where the time goes (inclusive):"
        echo
        echo "| function | share | instructions |"
        echo "|---|---|---|"
        pick ':(start_thread|_dl_start|main|run_job|run_files|analyse_file|parse_common|top_visit|lower_function|cfg_build|own_check|clang_disposeTranslationUnit|models_load_builtin) ' "$CACHE/callgrind.ownck.sqlite3.txt" 16
        echo
        echo "libclang API calls (inclusive; called from ownck's walk unless named parse):"
        echo
        echo "| function | share | instructions |"
        echo "|---|---|---|"
        pick '\?\?\?:clang_[A-Za-z0-9_]+ ' "$CACHE/callgrind.ownck.sqlite3.txt" 12
        echo
        echo "Top analyzer/*.c functions, inclusive (callees counted, libclang calls too):"
        echo
        echo "| function | share | instructions |"
        echo "|---|---|---|"
        pick "$OWNRE" "$CACHE/callgrind.ownck.sqlite3.txt" 25
        echo
        echo "Top analyzer/*.c functions, self (exclusive) cost:"
        echo
        echo "| function | share | instructions |"
        echo "|---|---|---|"
        pick "$OWNRE" "$CACHE/callgrind.ownck.sqlite3.self.txt" 15 self
        echo
        echo "Full listings: bench/.cache/callgrind.ownck.sqlite3{,.self}.txt (kcachegrind bench/.cache/callgrind.ownck.sqlite3)."
      )
    else
      PROBLEMS+=("profile: the -g build of ownck failed (see $PB.log)")
    fi
  else
    PROBLEMS+=("profile: no sqlite3.c")
  fi
fi

# ---- report -----------------------------------------------------------------------
LOAD1=$(cut -d' ' -f1 /proc/loadavg)
{
  echo "ownck $("$OWNCK" --version | awk '{print $2}'), $("$CLANG" --version | head -1), $(nproc) cores, load average ${LOAD0} at start and ${LOAD1} at end; min of $RUNS runs per file."
  echo
  echo "Time (seconds; wall: the sum over a project's files of each file's minimum wall time; CPU: the same with user+sys):"
  echo
  echo "| project | files | clang wall | floor wall | ownck wall | ownck/clang | ownck/floor | clang CPU | floor CPU | ownck CPU | CPU ownck/clang | CPU ownck/floor |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${TROWS[@]}"
  echo
  if [ $INSTR = 1 ]; then
    echo "Instructions (billions, callgrind; the sum over a project's files):"
    echo
    echo "| project | files | clang | floor | ownck | ownck/clang | ownck/floor |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${IROWS[@]}"
    echo
  fi
  echo "Peak RSS (MB; the largest of any one file):"
  echo
  echo "| project | files | clang | floor | ownck | ownck/clang | ownck/floor |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${MROWS[@]}"
  echo
  echo "| project | files | ownck findings | by rule |"
  echo "|---|---:|---:|---|"
  printf '%s\n' "${FINDINGS_LINES[@]}"
  echo
  if [ ${#PROBLEMS[@]} -gt 0 ]; then
    echo "Problems:"
    printf -- '- %s\n' "${PROBLEMS[@]}"
  else
    echo "Problems: none (no ownck crash, exit 2 or sanitizer report; every input parsed without clang errors)."
  fi
  if [ -n "$PROFILE_TXT" ]; then
    echo
    echo "$PROFILE_TXT"
  fi
} | tee "$CACHE/results.md"
exit 0
