#!/usr/bin/env bash
# bench/projects.sh [options] [BUILD_DIR]: whole projects over their compilation
# databases, and functions of growing size. Times ownck against clang -fsyntax-only
# (the yardstick), the one-process libclang floor (bench/floor_db.c) and other
# analyzers, on real C from Debian source packages. See docs/performance.md.
#
#   BUILD_DIR          an ownck build tree (default: build); the floor is built against
#                      the libclang named in its CMakeCache.txt, as bench/run.sh does
#   --prepare          only download the packages and build the compile databases
#   --projects=LIST    comma-separated subset of sqlite3,zlib,lua,redis,cjson,jansson,
#                      libuv (default all; empty for none, e.g. with --series alone)
#   --tools=LIST       subset of clang,floor,ownck,cache,analyze,gcc,cppcheck (default
#                      all); floor and ownck include their -j2 runs (or name floor-j2,
#                      ownck-j2 alone); cache is ownck -p's cold and warm runs
#   --runs=N           runs per project and tool; the median counts (default 3)
#   --slow-runs=N      runs of clang --analyze, gcc -fanalyzer and cppcheck (default: --runs)
#   --cap=SECONDS      time cap per project, tool and run (default 600): a tool that
#                      reaches it is stopped, shown as ">SECONDS" and not run again
#   --series=SIZES     statement counts of the generated-function series (default
#                      250,500,1000,10000,100000; empty for none)
#   --series-runs=N    runs per size and tool in the series; the minimum counts (default 15)
#   --reuse            take the tools not run now (see --tools) from the measurements
#                      saved by earlier runs (bench/.cache/projects/measurements.sh),
#                      e.g. the slow analyzers measured once for several ownck builds
#   --docs             also write the plot to docs/performance-series.svg and the
#                      results into docs/performance.md (between its results markers)
#   --any-version      accept a source package of another version than the pinned one
#   --setup            as root: install what is missing (bear, cppcheck, gnuplot-nox,
#                      cmake, dpkg-dev, tcl, time, clang-N) and enable deb-src
#
# Projects (Debian bookworm source packages at pinned versions, apt-get source; the
# compile database built the way the package builds, with bear or CMake):
#   sqlite3 3.40.1-2+deb12u2    the amalgamation (configure; bear -- make libsqlite3.la)
#   zlib    1:1.2.13.dfsg-1     library, test programs, contrib/minizip (bear -- make)
#   lua     5.4.4-3+deb12u1     lua5.4 src/*.c (bear -- make, Debian's Makefile)
#   redis   5:7.0.15-1~deb12u10 src/ and the bundled deps/ (bear -- make MALLOC=libc)
#   cjson   1.7.15-1+deb12u4    library, tests, fuzzing (CMake)
#   jansson 2.14-2              library, tests, examples (CMake)
#   libuv   1.44.2-1+deb12u1    library and its test suite (CMake)
# A database keeps one entry per .c file (the first; builds compile some twice, PIC
# and not). Downloads go to bench/.cache/dl (shared with run.sh; the directories in
# $BENCH_DL_DIRS, colon-separated, are searched first and copied from), the rest to
# bench/.cache/projects/ (src/, build/, db/NAME/compile_commands.json, out/, logs).
#
# Each run, per project: clang -fsyntax-only on every entry (one process each, as a
# build; the floor's flags), floor_db -j1 and -j2 (one process), ownck -p -j1 and -j2
# (or, without -p in this ownck, one `ownck FILE -- FLAGS` process per entry), ownck
# -p --cache cold then warm, clang --analyze (core, unix), gcc -c -fanalyzer,
# cppcheck --project. Wall time and peak RSS (GNU time; a project's largest process).
# Output: Markdown on stdout and in bench/.cache/results-projects.md, with the
# acceptance checks of docs/performance.md. Exits 0 unless the harness cannot run.
# shellcheck disable=SC2317  # the prepare_* functions are called by name
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
CACHE=$BENCH/.cache
PD=$CACHE/projects

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() { echo "projects: $*" >&2; exit 2; }
say() { echo "projects: $*" >&2; }

ALL_PROJECTS=sqlite3,zlib,lua,redis,cjson,jansson,libuv
ALL_TOOLS=clang,floor,ownck,cache,analyze,gcc,cppcheck
RUNS=3
SLOW_RUNS=
CAP=600
SERIES=250,500,1000,10000,100000
SERIES_RUNS=15
PROJECTS=$ALL_PROJECTS
TOOLS=$ALL_TOOLS
PREPARE_ONLY=0
DOCS=0
REUSE=0
ANY_VERSION=0
SETUP=0
BUILD=
CMDLINE="bench/projects.sh $*"
for arg in "$@"; do
  case $arg in
    --prepare) PREPARE_ONLY=1 ;;
    --projects=*) PROJECTS=${arg#*=} ;;
    --tools=*) TOOLS=${arg#*=} ;;
    --runs=*) RUNS=${arg#*=} ;;
    --slow-runs=*) SLOW_RUNS=${arg#*=} ;;
    --cap=*) CAP=${arg#*=} ;;
    --series=*) SERIES=${arg#*=} ;;
    --series-runs=*) SERIES_RUNS=${arg#*=} ;;
    --docs) DOCS=1 ;;
    --reuse) REUSE=1 ;;
    --any-version) ANY_VERSION=1 ;;
    --setup) SETUP=1 ;;
    -h|--help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option '$arg'" ;;
    *) [ -z "$BUILD" ] || die "one BUILD_DIR only"; BUILD=$arg ;;
  esac
done
SLOW_RUNS=${SLOW_RUNS:-$RUNS}
[[ $RUNS =~ ^[1-9][0-9]*$ && $SLOW_RUNS =~ ^[1-9][0-9]*$ && $SERIES_RUNS =~ ^[1-9][0-9]*$ ]] ||
  die "--runs, --slow-runs and --series-runs take a positive number"
[[ $CAP =~ ^[1-9][0-9]*$ ]] || die "--cap takes a number of seconds"
[[ $SERIES =~ ^[0-9,]*$ ]] || die "--series takes statement counts, e.g. 1000,10000"

# ---- the ownck build and its libclang (as bench/run.sh) ------------------------------
. "$ROOT/bench/libclang.sh"

# ---- tools ------------------------------------------------------------------------
need_pkgs=()
need() { command -v "$1" >/dev/null || need_pkgs+=("$2"); }
command -v "clang-$MAJOR" >/dev/null || [ -x "$PREFIX/bin/clang" ] || need_pkgs+=("clang-$MAJOR")
[ -x /usr/bin/time ] || need_pkgs+=(time)
need python3 python3
need timeout coreutils
if [ -n "$PROJECTS" ]; then
  need dpkg-source dpkg-dev; need bear bear; need cmake cmake; need make make; need gcc gcc
  need tclsh tcl
  [[ ,$TOOLS, != *,cppcheck,* ]] || need cppcheck cppcheck
fi
[ -z "$SERIES" ] || need gnuplot gnuplot-nox
srcs_ok() { grep -qs 'deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/*; }
if [ ${#need_pkgs[@]} -gt 0 ] || { [ -n "$PROJECTS" ] && ! srcs_ok; }; then
  if [ $SETUP = 1 ] && [ "$(id -u)" = 0 ]; then
    if ! srcs_ok && [ -f /etc/apt/sources.list.d/debian.sources ]; then
      say "enabling deb-src in /etc/apt/sources.list.d/debian.sources"
      sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources
    fi
    apt-get update -qq
    [ ${#need_pkgs[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
  else
    srcs_ok || say "apt has no deb-src lines: add 'Types: deb deb-src' to /etc/apt/sources.list.d/debian.sources and run apt-get update (or --setup as root)"
    if [ ${#need_pkgs[@]} -gt 0 ]; then
      say "missing: apt-get install ${need_pkgs[*]} (or bench/projects.sh --setup as root)"
      # gnuplot only draws the plot: the series runs without it.
      [ "${need_pkgs[*]}" = gnuplot-nox ] || exit 2
    fi
  fi
fi
CLANG=$(command -v "clang-$MAJOR" || echo "$PREFIX/bin/clang")
"$CLANG" --version | head -1 | grep -q "version $MAJOR\." ||
  die "$CLANG is not clang $MAJOR: $("$CLANG" --version | head -1)"

mkdir -p "$CACHE/dl" "$CACHE/bin" "$PD"/{src,build,raw,db,out,log}
FLOORDB=$CACHE/bin/floor_db-$MAJOR
FLOOR=$CACHE/bin/floor-$MAJOR
for prog in floor_db:"$FLOORDB" floor:"$FLOOR"; do
  src=$BENCH/${prog%%:*}.c bin=${prog#*:}
  if [ ! -x "$bin" ] || [ "$src" -nt "$bin" ] || [ "$BUILD/CMakeCache.txt" -nt "$bin" ]; then
    cc -O2 -std=c11 -Wall -Wextra -pthread -I"$LIBCLANG_INCLUDE_DIR" \
      -DFLOOR_RESOURCE_DIR="\"$RD\"" "$src" -o "$bin" \
      "$LIBCLANG_LIBRARY" -Wl,-rpath,"$LIBDIR" || die "cannot build $src"
  fi
done

# What this ownck can do: `-p BUILD_DIR` (whole projects), -j, --cache, --no-cache.
HELP=$("$OWNCK" --help 2>&1 || true)
HAVE_P=0 HAVE_J=0 HAVE_CACHE=0 HAVE_NOCACHE=0
grep -q -- '-p BUILD_DIR' <<<"$HELP" && HAVE_P=1
grep -qE -- '(^|[ ,])-j' <<<"$HELP" && HAVE_J=1
grep -q -- '--cache' <<<"$HELP" && HAVE_CACHE=1
grep -q -- '--no-cache' <<<"$HELP" && HAVE_NOCACHE=1
if [ $HAVE_P = 1 ]; then
  NOCACHE=(); [ $HAVE_NOCACHE = 0 ] || NOCACHE=(--no-cache)
  OWNCK_LABEL="ownck -p"
else
  say "ownck -p: not supported by this build; ownck runs as one 'ownck --format=gcc FILE -- FLAGS' process per entry"
  OWNCK_LABEL="ownck, one process per entry"
fi

# ---- projects: pinned Debian source packages --------------------------------------
declare -A PKG=([sqlite3]=sqlite3 [zlib]=zlib [lua]=lua5.4 [redis]=redis [cjson]=cjson
                [jansson]=jansson [libuv]=libuv1)
declare -A PIN=([sqlite3]=3.40.1-2+deb12u2 [zlib]=1:1.2.13.dfsg-1 [lua]=5.4.4-3+deb12u1
                [redis]=5:7.0.15-1~deb12u10 [cjson]=1.7.15-1+deb12u4 [jansson]=2.14-2
                [libuv]=1.44.2-1+deb12u1)

# dsc_files DSC: the files a .dsc lists (its Files: section).
dsc_files() { awk '/^Files:/ { f = 1; next } f && /^ / { print $3; next } { f = 0 }' "$1"; }

# fetch PKG VERSION: the .dsc of PKG at VERSION in .cache/dl (copied from $BENCH_DL_DIRS
# or downloaded); prints its path. Refuses another version unless --any-version.
fetch() {
  local pkg=$1 ver=$2 dsc d f got
  dsc=$CACHE/dl/${pkg}_${ver#*:}.dsc
  if [ ! -f "$dsc" ]; then
    IFS=: read -r -a dirs <<<"${BENCH_DL_DIRS:-}"
    for d in "${dirs[@]}"; do
      [ -f "$d/${pkg}_${ver#*:}.dsc" ] || continue
      say "$pkg: copying the source package from $d"
      cp "$d/${pkg}_${ver#*:}.dsc" "$CACHE/dl/"
      for f in $(dsc_files "$dsc"); do cp "$d/$f" "$CACHE/dl/"; done
      break
    done
  fi
  if [ ! -f "$dsc" ]; then
    say "$pkg: downloading the Debian source package $pkg=$ver"
    (cd "$CACHE/dl" && apt-get source --download-only -qq "$pkg=$ver" >/dev/null 2>&1) || true
  fi
  if [ ! -f "$dsc" ]; then
    if [ $ANY_VERSION = 0 ]; then
      say "$pkg: version $ver is neither in bench/.cache/dl nor downloadable (superseded?). Put ${pkg}_${ver#*:}.dsc and its files in bench/.cache/dl (snapshot.debian.org keeps every version), or run with --any-version"
      return 1
    fi
    say "warning: $pkg $ver cannot be downloaded; taking the version apt offers (--any-version)"
    (cd "$CACHE/dl" && apt-get source --download-only -qq "$pkg" >/dev/null 2>&1) ||
      { say "apt-get source $pkg failed (deb-src enabled? apt-get update done?)"; return 1; }
    dsc=$(find "$CACHE/dl" -name "${pkg}_*.dsc" -printf '%T@ %p\n' | sort -n | tail -1 | cut -d' ' -f2-)
  fi
  got=$(sed -n 's/^Version: //p' "$dsc")
  if [ "$got" != "$ver" ]; then
    [ $ANY_VERSION = 1 ] || { say "$pkg: $dsc is version $got, not the pinned $ver"; return 1; }
    say "warning: $pkg is version $got, not the pinned $ver (--any-version)"
  fi
  echo "$dsc"
}

# The build flags of a Debian build (dpkg-buildflags, run in the source tree for its
# -ffile-prefix-map), CFLAGS then CPPFLAGS; $1 is DEB_BUILD_MAINT_OPTIONS.
deb_cflags() {
  echo "$(DEB_BUILD_MAINT_OPTIONS=$1 dpkg-buildflags --get CFLAGS) $(DEB_BUILD_MAINT_OPTIONS=$1 dpkg-buildflags --get CPPFLAGS)"
}

# A libtool that only compiles, for lua5.4's Makefile (which calls $(LIBTOOL)): the
# compiler command is run as given, so bear records it; linking is skipped.
LIBTOOL_SHIM=$CACHE/bin/libtool-compile-only
cat >"$LIBTOOL_SHIM" <<'EOF'
#!/bin/sh
mode=
while [ $# -gt 0 ]; do
  case $1 in --mode=*) mode=${1#--mode=}; shift ;; --tag=*|--quiet|--silent) shift ;; *) break ;; esac
done
if [ "$mode" = compile ]; then exec "$@"; fi
exit 0
EOF
chmod +x "$LIBTOOL_SHIM"

# Each prepare_NAME runs in the freshly unpacked source tree ($SRC) and writes the raw
# compile database to $RAW ($BLD is a build directory for CMake). Run in a subshell
# with set -e; its output goes to .cache/projects/log/NAME.log.
prepare_sqlite3() {
  # debian/rules' CFLAGS; the amalgamation instead of --disable-amalgamation; no Tcl.
  CFLAGS="$(deb_cflags hardening=+all,future=+lfs) -O2 -fno-strict-aliasing \
    -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3 \
    -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1 \
    -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_DBSTAT_VTAB \
    -DSQLITE_ALLOW_ROWID_IN_VIEW -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 \
    -DSQLITE_ENABLE_LOAD_EXTENSION -DSQLITE_ENABLE_JSON1 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS \
    -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_FTS3_TOKENIZER=1 -DSQLITE_USE_URI=1 \
    -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_PREUPDATE_HOOK -DSQLITE_ENABLE_SESSION \
    -DSQLITE_ENABLE_STMTVTAB -DSQLITE_MAX_VARIABLE_NUMBER=250000" \
    ./configure --disable-static --disable-tcl --enable-threadsafe --enable-load-extension \
      --enable-json --enable-fts4 --enable-fts5
  make sqlite3.c
  bear --output "$RAW" -- make libsqlite3.la
}

prepare_zlib() {
  CFLAGS="$(deb_cflags '') -Wall -D_REENTRANT -O3" ./configure --shared
  bear --output "$RAW" -- make -j2
  # contrib/minizip's own Makefile (its CFLAGS on the command line: the Makefile's
  # "CFLAGS += $(CFLAGS)" cannot be expanded otherwise)
  (cd contrib/minizip && bear --output "$RAW" --append -- make CFLAGS='-O -I../..')
}

prepare_lua() {
  # debian/rules generates this header (override_dh_auto_configure).
  printf '#ifndef _LUA_DEB_MULTIARCH_\n#define _LUA_DEB_MULTIARCH_\n#define DEB_HOST_MULTIARCH "%s"\n#endif\n' \
    "$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)" \
    >src/lua5.4-deb-multiarch.h
  # Debian's Makefile (the patched src/Makefile, CFLAGS from dpkg-buildflags) through
  # libtool; the C++ copy of each object (CXX) is left out. No readline headers here.
  bear --output "$RAW" -- make -C src -j2 o LIBTOOL="$LIBTOOL_SHIM" CXX=true SYSCFLAGS=-DLUA_USE_LINUX
}

prepare_redis() {
  # debian/rules exports the dpkg-buildflags; it links the system jemalloc, liblzf and
  # OpenSSL, which are not installed here: libc malloc, the bundled lzf, no TLS.
  CFLAGS=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CFLAGS) \
  CPPFLAGS=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CPPFLAGS) \
    bear --output "$RAW" -- make -j2 V=1 MALLOC=libc BUILD_TLS=no USE_SYSTEMD=no
}

# CMake as dh_auto_configure runs it (build type None, flags from dpkg-buildflags);
# configuring is enough for the database.
cmake_db() {
  CFLAGS="$(deb_cflags "$1")" cmake -S . -B "$BLD" -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON "${@:2}"
  cp "$BLD/compile_commands.json" "$RAW"
}
prepare_cjson() { cmake_db hardening=+all; }
prepare_jansson() { cmake_db ''; }    # Debian runs autoreconf + configure; CMake here
prepare_libuv() { cmake_db hardening=+all -DBUILD_TESTING=ON; }

# compdb_clean RAW DB: the .c entries of RAW, the first per file, into DB/compile_commands.json.
compdb_clean() {
  python3 - "$1" "$2/compile_commands.json" <<'EOF'
import json, os, sys
entries = json.load(open(sys.argv[1]))
seen, out = set(), []
for e in entries:
    path = os.path.normpath(os.path.join(e["directory"], e["file"]))
    if path.endswith(".c") and path not in seen:
        seen.add(path)
        out.append(e)
with open(sys.argv[2], "w") as f:
    json.dump(out, f, indent=2)
print(len(out))
EOF
}

# prepare NAME: sets DB (the BUILD_DIR to give -p), SRC; returns 1 when it cannot.
prepare() {
  local p=$1 dsc n
  DB=$PD/db/$p
  if [ -f "$DB/compile_commands.json" ] &&
     { [ "$(cat "$DB/VERSION" 2>/dev/null)" = "${PIN[$p]}" ] || [ $ANY_VERSION = 1 ]; }; then
    SRC=$(cat "$DB/SOURCE"); return 0
  fi
  dsc=$(fetch "${PKG[$p]}" "${PIN[$p]}") || return 1
  SRC=$PD/src/$p BLD=$PD/build/$p RAW=$PD/raw/$p.json
  rm -rf "$SRC" "$BLD" "$RAW" "$DB"
  say "$p: unpacking $(basename "$dsc") and building its compile database (log: $PD/log/$p.log)"
  dpkg-source -x "$dsc" "$SRC" >"$PD/log/$p.log" 2>&1 ||
    { say "$p: dpkg-source -x failed (see $PD/log/$p.log)"; return 1; }
  # In the background so that set -e holds inside (it does not in a || list).
  (cd "$SRC"; "prepare_$p") >>"$PD/log/$p.log" 2>&1 &
  wait $! || { say "$p: preparation failed (see $PD/log/$p.log)"; return 1; }
  [ -s "$RAW" ] || { say "$p: no compile database was written"; return 1; }
  mkdir -p "$DB"
  n=$(compdb_clean "$RAW" "$DB")
  [ "$n" -gt 0 ] || { say "$p: the compile database has no C entries"; return 1; }
  sed -n 's/^Version: //p' "$dsc" >"$DB/VERSION"
  echo "$SRC" >"$DB/SOURCE"
  say "$p: $n entries in $DB/compile_commands.json"
}

# ---- measurement ------------------------------------------------------------------
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
declare -A TIMES=() KBS=() CAPPED=() AT=()
PROBLEMS=()
declare -A SEEN=()
problem() { [ -n "${SEEN[$1]:-}" ] || { SEEN[$1]=1; PROBLEMS+=("$1"); }; }
elapsed_us() { local t=$EPOCHREALTIME; echo $(( ${t/./} - ${1/./} )); }

# The analyzers can take many GB on a large file (gcc -fanalyzer on sqlite3.c): their
# address space is limited to SLOW_VMEM_KB, so that they fail instead of the machine.
SLOW_VMEM_KB=12582912
limit_memory() { if [[ $1 == analyze* || $1 == gcc* || $1 == cppcheck* ]]; then ulimit -v "$SLOW_VMEM_KB"; fi; }

# run_process KEY OUT CMD...: one process, from the project's database directory, under
# the cap; its exit status goes to OUT.rc (124 when capped). Sets US (wall
# microseconds), KB (peak RSS).
run_process() {
  local out=$2 t0; shift 2
  t0=$EPOCHREALTIME; RC=0
  (cd "$DB" && limit_memory "${1##*/}" && /usr/bin/time -f '%M' -o "$TMP/rss" timeout -k 10 "$CAP" "$@" >"$out" 2>"$out.err") || RC=$?
  US=$(elapsed_us "$t0")
  echo "$RC" >"$out.rc"
  KB=$(tail -1 "$TMP/rss" 2>/dev/null || echo 0); [[ $KB =~ ^[0-9]+$ ]] || KB=0
}

# entry_cmd TOOL I: the command for TOOL on entry I; sets CMD and EDIR.
entry_cmd() {
  local -a e
  case $1 in
    clang) eval "e=(${ENT_OWNCK[$2]})"; CMD=("$CLANG" -fsyntax-only "${e[@]:2}" "${e[1]}") ;;
    ownck) eval "e=(${ENT_USER[$2]})"; CMD=("$OWNCK" --format=gcc "${e[1]}" -- "${e[@]:2}") ;;
    analyze) eval "e=(${ENT_USER[$2]})"
      CMD=("$CLANG" --analyze --analyzer-no-default-checks -Xanalyzer "-analyzer-checker=core,unix"
           -o /dev/null "${e[@]:2}" "${e[1]}") ;;
    gcc) eval "e=(${ENT_USER[$2]})"; CMD=(gcc -c -fanalyzer -o /dev/null "${e[@]:2}" "${e[1]}") ;;
  esac
  EDIR=${e[0]}
}

# run_entries TOOL PAR OUTDIR: TOOL on every entry, one process each, PAR at a time,
# all within the cap (an entry not started has no OUTDIR/I.rc). Sets US (wall time of
# the whole) and KB (the largest peak RSS of a finished entry; 0 if none finished).
run_entries() {
  local tool=$1 par=$2 dir=$3 i t0 left kb
  rm -rf "$dir"; mkdir -p "$dir"
  t0=$EPOCHREALTIME
  for ((i = 0; i < NE; i++)); do
    while [ "$(jobs -rp | wc -l)" -ge "$par" ]; do wait -n || true; done
    left=$(( CAP - $(elapsed_us "$t0") / 1000000 ))
    [ "$left" -gt 0 ] || break
    entry_cmd "$tool" "$i"
    { rc=0
      (cd "$EDIR" && limit_memory "$tool" && /usr/bin/time -f '%M' -o "$dir/$i.rss" timeout -k 10 "$left" "${CMD[@]}" \
         >"$dir/$i.out" 2>"$dir/$i.err") || rc=$?
      echo "$rc" >"$dir/$i.rc"; } &
    [ "$par" -gt 1 ] || wait $!
  done
  wait
  US=$(elapsed_us "$t0")
  KB=0
  for ((i = 0; i < NE; i++)); do
    kb=$(tail -1 "$dir/$i.rss" 2>/dev/null || echo 0); [[ $kb =~ ^[0-9]+$ ]] || kb=0
    [ "$kb" -le "$KB" ] || KB=$kb
  done
}

# Findings in gcc-format output: primary lines end in [OWNnnn].
count_findings() { cat "$@" 2>/dev/null | grep -cE '^[^ ]+:[0-9]+:[0-9]+: (error|warning|note): .*\[OWN[0-9]{3}\]$' || true; }

# measure P TOOL: one run of TOOL on project P; records its time and RSS, then inspects it.
measure() {
  local p=$1 tool=$2 k=$1/$2 out=$PD/out/$1 i
  mkdir -p "$out"
  US=0 KB=0 RC=0
  case $tool in
    clang|analyze|gcc) run_entries "$tool" 1 "$out/$tool" ;;
    floor) run_process "$k" "$out/floor" "$FLOORDB" -j1 -p "$DB" -- "-I$OWNINC" ;;
    floor-j2) run_process "$k" "$out/floor-j2" "$FLOORDB" -j2 -p "$DB" -- "-I$OWNINC" ;;
    ownck|ownck-j2)
      local j=1; [ "$tool" = ownck ] || j=2
      if [ $HAVE_P = 1 ]; then
        local jflag=(); [ $HAVE_J = 0 ] || jflag=("-j$j")
        rm -rf "$out/$tool.d"
        run_process "$k" "$out/$tool" "$OWNCK" -p "$DB" "${jflag[@]}" "${NOCACHE[@]}" --format=gcc
      else
        run_entries ownck "$j" "$out/$tool.d"
        for ((i = 0; i < NE; i++)); do cat "$out/$tool.d/$i.out" 2>/dev/null; done >"$out/$tool"
      fi ;;
    cache-cold) rm -rf "$out/cache.d"
      run_process "$k" "$out/cache-cold" "$OWNCK" -p "$DB" -j1 --cache "$out/cache.d" --format=gcc ;;
    cache-warm) run_process "$k" "$out/cache-warm" "$OWNCK" -p "$DB" -j1 --cache "$out/cache.d" --format=gcc ;;
    cppcheck) run_process "$k" "$out/cppcheck" cppcheck --project="$DB/compile_commands.json" -j1 --quiet ;;
  esac
  TIMES[$k]+="$US "; KBS[$k]+="$KB "; AT[$k]=$(date -u '+%Y-%m-%d %H:%M UTC')
  inspect "$p" "$tool"
}

# inspect P TOOL: what the last run of TOOL on P left in .cache/projects/out/P says
# about the inputs and about ownck (also for measurements reused with --reuse). A tool
# stopped at the cap or failing is marked CAPPED: its time is a lower bound.
inspect() {
  local p=$1 tool=$2 k=$1/$2 out=$PD/out/$1 i n rc RC=0 DONE=0 dir=
  case $tool in
    clang|analyze|gcc) dir=$out/$tool ;;
    ownck|ownck-j2) [ ! -d "$out/$tool.d" ] || dir=$out/$tool.d ;;
  esac
  if [ -n "$dir" ]; then   # one process per entry: the worst exit status, capped first
    n=0
    for ((i = 0; i < NE; i++)); do
      rc=$(cat "$dir/$i.rc" 2>/dev/null || echo 124)
      if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then RC=124; continue; fi
      DONE=$((DONE + 1)); [ "$rc" = 0 ] || n=$((n + 1))
      [ "$RC" = 124 ] || [ "$rc" -le "$RC" ] || RC=$rc
    done
  else
    RC=$(cat "$out/$tool.rc" 2>/dev/null || echo 0); DONE=$NE
    n=0; [ "$RC" = 0 ] || n=1
  fi
  if [ "$RC" = 124 ] || [ "$RC" = 137 ]; then
    CAPPED[$k]=1
    problem "$p: $tool reached the cap of ${CAP} s$([ "$DONE" = "$NE" ] || echo " after $DONE of $NE entries")"
  fi
  case $tool in
    clang)
      [ "$n" = 0 ] || problem "$p: clang -fsyntax-only fails on $n of $NE entries (first: $(grep -h -m1 'error:' "$dir"/*.err | head -1))" ;;
    floor)
      n=$(sed -n 's/^total .*errors=\([0-9]*\).*/\1/p' "$out/floor")
      [ "${n:-0}" = 0 ] || problem "$p: $n clang error(s) in the floor's parse: $(grep -c 'errors=[1-9]' "$out/floor") entries (floor_db's stderr: $out/floor.err)"
      [ "$RC" = 0 ] || [ "$RC" = 124 ] || problem "$p: floor_db exit $RC (libclang could not parse an entry; $out/floor.err)" ;;
    ownck|ownck-j2|cache-cold|cache-warm)
      if [ "$RC" -ge 2 ] && [ "$RC" != 124 ]; then
        problem "$p: $tool exit $RC: $(grep -h -m1 . "$out/$tool.err" "$out/$tool.d"/*.err 2>/dev/null | head -1)"
      fi
      if grep -qsE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$out/$tool.err" "$out/$tool.d"/*.err; then
        problem "$p: sanitizer report from $tool"
      fi ;;
    analyze|gcc|cppcheck)
      # These exit non-zero only when they fail (out of memory, a crash): their time
      # is then a lower bound, shown like a capped one.
      if [ "$n" != 0 ] && [ "$RC" != 124 ]; then
        CAPPED[$k]=1
        problem "$p: $tool fails on $n of $NE entries, so its time is a lower bound (first: $(grep -h -m1 -E 'error|out of memory|Killed|Abort' "$out/$tool.err" "$out/$tool"/*.err 2>/dev/null | head -1))"
      fi
      # cppcheck does not read the system headers: a project's #error on an
      # unknown platform stops it on that file.
      if [ "$tool" = cppcheck ] && grep -qs 'preprocessorErrorDirective' "$out/cppcheck.err"; then
        CAPPED[$k]=1
        problem "$p: cppcheck stops at $(grep -c 'preprocessorErrorDirective' "$out/cppcheck.err") #error directive(s) (it does not read the system headers: $(grep -h -m1 'preprocessorErrorDirective' "$out/cppcheck.err" | sed 's/ *\[preprocessorErrorDirective\]//')); the files behind them are not analysed, so its time is a lower bound"
      fi ;;
  esac
}

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%d\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# t KEY / kb KEY: the median time (microseconds) / peak RSS (KB) of KEY, empty if not run.
# shellcheck disable=SC2086  # the runs' values, one word each
t() { local v=${TIMES[$1]:-}; [ -z "$v" ] || median $v; }
# shellcheck disable=SC2086
kb() { local v=${KBS[$1]:-}; [ -z "$v" ] || median $v; }
# tmin KEY / kbmin KEY: the smallest time / peak RSS of KEY's runs (for the series).
# shellcheck disable=SC2086
tmin() { local v=${TIMES[$1]:-}; [ -z "$v" ] || printf '%s\n' $v | sort -n | head -1; }
# shellcheck disable=SC2086
kbmin() { local v=${KBS[$1]:-}; [ -z "$v" ] || printf '%s\n' $v | sort -n | head -1; }
fmt_s() { [ -n "$2" ] || { echo -; return; }; awk -v u="$2" -v c="${CAPPED[$1]:-}" 'BEGIN { printf "%s%.2f", c ? ">" : "", u / 1e6 }'; }
fmt_mb() { if [ -z "$2" ] || [ "$2" = 0 ]; then echo -; return; fi; awk -v k="$2" 'BEGIN { printf "%.0f", k / 1024 }'; }
# ratio KEY_A KEY_B [time|rss]: A/B from the medians, ">x" when A was capped.
ratio() {
  local a b
  if [ "${3:-time}" = rss ]; then a=$(kb "$1"); b=$(kb "$2"); else a=$(t "$1"); b=$(t "$2"); fi
  if [ -z "$a" ] || [ -z "$b" ]; then echo -; return; fi
  awk -v a="$a" -v b="$b" -v ca="${CAPPED[$1]:-}" -v cb="${CAPPED[$2]:-}" 'BEGIN {
    if (b <= 0) { print "-"; exit }
    p = (ca && cb) ? "?" : ca ? ">" : cb ? "<" : ""
    printf "%s%.2f", p, a / b }'
}

# ---- the generated-function series -------------------------------------------------
OWNFLAGS=(-D__OWNCK__=1 -ferror-limit=0 -Wno-unknown-warning-option
          -Wno-unused-command-line-argument "-resource-dir=$RD" "-I$OWNINC")
SERIES_MD=
series() {
  local dir=$CACHE/series n r tool sizes k out
  mkdir -p "$dir"
  IFS=, read -r -a sizes <<<"0,$SERIES"
  for n in "${sizes[@]}"; do python3 "$BENCH/gen_function.py" "$n" "$dir/gen$n.c"; done
  say "series: ${SERIES} statements, $SERIES_RUNS runs each"
  for ((r = 0; r < SERIES_RUNS; r++)); do
    for n in "${sizes[@]}"; do
      for tool in clang floor ownck; do
        k=series$n/$tool out=$dir/gen$n.$tool
        [ -z "${CAPPED[$k]:-}" ] || continue
        case $tool in
          clang) CMD=("$CLANG" -fsyntax-only "${OWNFLAGS[@]}" "gen$n.c") ;;
          floor) CMD=("$FLOOR" "--resource-dir=$RD" "gen$n.c" "-I$OWNINC") ;;
          # No step budget or time limit: the whole function is analysed, or ownck
          # says why not (a "not checked" note).
          ownck) CMD=("$OWNCK" --format=gcc --budget=2000000000 --time-limit=0 "gen$n.c") ;;
        esac
        local t0=$EPOCHREALTIME rc=0
        (cd "$dir" && /usr/bin/time -f '%M' -o "$TMP/rss" timeout -k 10 "$CAP" "${CMD[@]}" >"$out" 2>"$out.err") || rc=$?
        TIMES[$k]+="$(elapsed_us "$t0") "
        KB=$(tail -1 "$TMP/rss" 2>/dev/null || echo 0); [[ $KB =~ ^[0-9]+$ ]] || KB=0
        KBS[$k]+="$KB "
        if [ $rc = 124 ] || [ $rc = 137 ]; then CAPPED[$k]=1; problem "series: $tool on $n statements reached the cap of ${CAP} s"; fi
        if [ $tool = ownck ] && [ $rc -ge 2 ] && [ $rc != 124 ]; then problem "series: ownck exit $rc on $n statements: $(head -1 "$out.err")"; fi
        if [ $tool = clang ] && [ $rc != 0 ] && [ $rc != 124 ]; then problem "series: clang rejects gen$n.c: $(grep -m1 error: "$out.err")"; fi
      done
    done
  done

  # Per statement: (value at N - value of the empty function) / N.
  local t0c t0f t0o k0c k0f k0o stm analysed rows=() dat=$dir/series.dat
  t0c=$(tmin "series0/clang") t0f=$(tmin "series0/floor") t0o=$(tmin "series0/ownck")
  k0c=$(kbmin "series0/clang") k0f=$(kbmin "series0/floor") k0o=$(kbmin "series0/ownck")
  echo "# statements clang_us floor_us ownck_us clang_kb floor_kb ownck_kb (per statement, over the empty function) ownck_analysed" >"$dat"
  for n in "${sizes[@]:1}"; do
    stm=$(sed -n '1s/[^0-9]//gp' "$dir/gen$n.c")
    analysed=yes
    if grep -qs 'not checked' "$dir/gen$n.ownck" "$dir/gen$n.ownck.err"; then
      analysed="no: $(grep -ho 'was not checked: [^(]*' "$dir/gen$n.ownck" "$dir/gen$n.ownck.err" | head -1 | sed 's/was not checked: //; s/ *$//')"
    fi
    [ -z "${CAPPED[series$n/ownck]:-}" ] || analysed="no: cap"
    local line
    line=$(awk -v n="$stm" -v tc="$(tmin "series$n/clang")" -v tf="$(tmin "series$n/floor")" -v to="$(tmin "series$n/ownck")" \
               -v kc="$(kbmin "series$n/clang")" -v kf="$(kbmin "series$n/floor")" -v ko="$(kbmin "series$n/ownck")" \
               -v tc0="$t0c" -v tf0="$t0f" -v to0="$t0o" -v kc0="$k0c" -v kf0="$k0f" -v ko0="$k0o" 'BEGIN {
      printf "%d %.3f %.3f %.3f %.3f %.3f %.3f\n", n, (tc - tc0) / n, (tf - tf0) / n, (to - to0) / n,
        (kc - kc0) / n, (kf - kf0) / n, (ko - ko0) / n }')
    echo "$line $([ "$analysed" = yes ] && echo 1 || echo 0)" >>"$dat"
    read -r _ uc uf uo bc bf bo <<<"$line"
    rows+=("| $n | $stm | $(fmt_s "series$n/clang" "$(tmin "series$n/clang")") | $(fmt_s "series$n/floor" "$(tmin "series$n/floor")") | $(fmt_s "series$n/ownck" "$(tmin "series$n/ownck")") | $(fmt_mb x "$(kbmin "series$n/clang")") | $(fmt_mb x "$(kbmin "series$n/floor")") | $(fmt_mb x "$(kbmin "series$n/ownck")") | $uc | $uf | $uo | $bc | $bf | $bo | $analysed |")
  done

  # The series check: ownck's time and memory per statement within 2x from 1k to 100k.
  SERIES_VERDICT=n/a SERIES_MEASURED="the series needs 1000 and 100000 statements"
  if [[ ,$SERIES, == *,1000,* && ,$SERIES, == *,100000,* ]]; then
    local a b
    a=$(awk '$1 >= 1000 && $1 < 1100 { print $4, $7 }' "$dat"); b=$(awk '$1 >= 100000 && $1 < 100100 { print $4, $7 }' "$dat")
    read -r SERIES_VERDICT SERIES_MEASURED < <(awk -v a="$a" -v b="$b" 'BEGIN { split(a, x); split(b, y)
      rt = x[1] > 0 ? y[1] / x[1] : 0; rm = x[2] > 0 ? y[2] / x[2] : 0
      ok = rt >= 0.5 && rt <= 2 && rm >= 0.5 && rm <= 2
      printf "%s per statement, 100k/1k: %.2f (time), %.2f (memory)\n", ok ? "PASS" : "FAIL", rt, rm }')
    if grep -qs 'not checked' "$dir"/gen1000.ownck* "$dir"/gen100000.ownck*; then
      SERIES_VERDICT=FAIL SERIES_MEASURED+="; ownck did not analyse the function (a 'not checked' note)"
    fi
  fi

  local plot=$dir/performance-series.svg
  cat >"$dir/series.gp" <<EOF
set terminal svg size 960,440 dynamic enhanced font "sans,12"
set output "$plot"
set multiplot layout 1,2 title "One generated function of N statements: cost per statement over the empty function ($("$OWNCK" --version | head -1))"
set logscale xy
set xlabel "statements"
set grid
set key top right
set xtics ("250" 250, "1k" 1000, "10k" 10000, "100k" 100000, "1M" 1000000)
set xrange [*:*] noextend
set offsets graph 0.05, graph 0.05, 0, 0
set ylabel "wall time per statement (µs)"
plot "$dat" using 1:4 with lines lw 2 lc rgb "#9400d3" notitle, \
     "" using 1:(\$8 > 0 ? \$4 : 1/0) with points pt 7 ps 1 lc rgb "#9400d3" title "ownck", \
     "" using 1:(\$8 > 0 ? 1/0 : \$4) with points pt 6 ps 1.5 lc rgb "#9400d3" title "ownck, function not analysed", \
     "" using 1:3 with linespoints pt 5 lc rgb "#009e73" title "floor (libclang parse + walk)", \
     "" using 1:2 with linespoints pt 9 lc rgb "#56b4e9" title "clang -fsyntax-only"
set ylabel "peak RSS per statement (KB)"
plot "$dat" using 1:7 with lines lw 2 lc rgb "#9400d3" notitle, \
     "" using 1:(\$8 > 0 ? \$7 : 1/0) with points pt 7 ps 1 lc rgb "#9400d3" title "ownck", \
     "" using 1:(\$8 > 0 ? 1/0 : \$7) with points pt 6 ps 1.5 lc rgb "#9400d3" title "ownck, function not analysed", \
     "" using 1:6 with linespoints pt 5 lc rgb "#009e73" title "floor", \
     "" using 1:5 with linespoints pt 9 lc rgb "#56b4e9" title "clang -fsyntax-only"
unset multiplot
EOF
  if command -v gnuplot >/dev/null; then
    gnuplot "$dir/series.gp" 2>"$dir/gnuplot.log" || problem "series: gnuplot failed (see $dir/gnuplot.log)"
  else
    problem "series: gnuplot is not installed (apt-get install gnuplot-nox): no plot"
  fi

  SERIES_MD=$(
    echo "### Generated functions"
    echo
    echo "One function of N statements (bench/gen_function.py: allocation, NULL checks, branches, flags, releases; no findings); the minimum of $SERIES_RUNS runs (the differences per statement are small against the noise of a process start). Per statement: (value at N - value for the empty function) / N. ownck runs with --budget=2000000000 --time-limit=0."
    echo
    echo "| N | statements | clang s | floor s | ownck s | clang MB | floor MB | ownck MB | clang µs/stmt | floor µs/stmt | ownck µs/stmt | clang KB/stmt | floor KB/stmt | ownck KB/stmt | ownck analysed the function |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Empty function: clang $(fmt_s x "$t0c") s $(fmt_mb x "$k0c") MB, floor $(fmt_s x "$t0f") s $(fmt_mb x "$k0f") MB, ownck $(fmt_s x "$t0o") s $(fmt_mb x "$k0o") MB. Plot: ${plot#"$ROOT"/}. Data: ${dat#"$ROOT"/}."
  )
}

# ---- machine and versions ---------------------------------------------------------
machine() {
  local cpu mem os
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
  mem=$(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)
  os=$(sed -n 's/^PRETTY_NAME="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' /etc/os-release 2>/dev/null)
  echo "- machine: $(nproc) cores ($cpu), $mem RAM, $os, Linux $(uname -r)"
  echo "- ownck: $OWNCK ($("$OWNCK" --version 2>&1 | head -1)$(git -C "$(dirname "$BUILD")" rev-parse --short HEAD 2>/dev/null | sed 's/^/, source tree at /' || true)); $OWNCK_LABEL"
  echo "- libclang: $LIBCLANG_LIBRARY; $("$CLANG" --version | head -1); $(gcc --version | head -1); $(cppcheck --version 2>/dev/null || echo 'no cppcheck'); bear $(bear --version 2>/dev/null | awk '{ print $2 }'); $(cmake --version 2>/dev/null | head -1)"
}

# ---- main -------------------------------------------------------------------------
IFS=, read -r -a PLIST <<<"$PROJECTS"
IFS=, read -r -a TLIST <<<"$TOOLS"
for p in "${PLIST[@]}"; do [ -n "${PKG[$p]:-}" ] || die "unknown project '$p' ($ALL_PROJECTS)"; done
RUN_TOOLS=()
for tool in "${TLIST[@]}"; do
  case $tool in
    clang|analyze|gcc|cppcheck|floor-j2|ownck-j2) RUN_TOOLS+=("$tool") ;;
    floor) RUN_TOOLS+=(floor floor-j2) ;;
    ownck) RUN_TOOLS+=(ownck ownck-j2) ;;
    cache) if [ $HAVE_P = 1 ] && [ $HAVE_CACHE = 1 ]; then RUN_TOOLS+=(cache-cold cache-warm)
           else say "cache: not measured (needs ownck -p and --cache)"; fi ;;
    *) die "unknown tool '$tool' ($ALL_TOOLS)" ;;
  esac
done
# The order of a round: the yardstick first, the slow tools last.
ORDER=(clang floor floor-j2 ownck ownck-j2 cache-cold cache-warm cppcheck analyze gcc)
has_tool() { [[ " ${RUN_TOOLS[*]} " == *" $1 "* ]]; }
slow() { [[ $1 == analyze || $1 == gcc || $1 == cppcheck ]]; }

LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
say "ownck: $OWNCK; libclang: $LIBCLANG_LIBRARY; clang: $CLANG; resource dir: $RD"
say "machine: $(nproc) cores, load average $LOAD0"

READY=()
declare -A NENT=()
for p in "${PLIST[@]}"; do
  if prepare "$p"; then READY+=("$p")
  else problem "$p: skipped (could not get or prepare the sources)"; fi
done
if [ $PREPARE_ONLY = 1 ]; then
  for p in "${READY[@]}"; do
    echo "$p $(cat "$PD/db/$p/VERSION"): $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$PD/db/$p/compile_commands.json") entries, BUILD_DIR $PD/db/$p"
  done
  [ ${#PROBLEMS[@]} = 0 ] || { printf 'problem: %s\n' "${PROBLEMS[@]}" >&2; exit 2; }
  exit 0
fi

# Measurements of earlier runs, per project and tool (medians are taken again).
STATE=$PD/measurements.sh
declare -A S_TIMES=() S_KBS=() S_AT=()
# shellcheck disable=SC1090
[ ! -f "$STATE" ] || source "$STATE"
REUSED=()

ROWS_T=() ROWS_Y=() ROWS_R=() ROWS_M=() ROWS_F=()
for p in "${READY[@]}"; do
  DB=$PD/db/$p
  mapfile -t ENT_OWNCK < <("$FLOORDB" --print-args=ownck -p "$DB" -- "-I$OWNINC")
  mapfile -t ENT_USER < <("$FLOORDB" --print-args=user -p "$DB")
  NE=${#ENT_OWNCK[@]}; NENT[$p]=$NE
  if [ "$NE" = 0 ] || [ "${#ENT_USER[@]}" != "$NE" ]; then
    problem "$p: floor_db cannot read $DB/compile_commands.json"; continue
  fi
  if [ $REUSE = 1 ]; then
    for tool in "${ORDER[@]}"; do
      k=$p/$tool
      has_tool "$tool" || [ -z "${S_TIMES[$k]:-}" ] || {
        TIMES[$k]=${S_TIMES[$k]} KBS[$k]=${S_KBS[$k]} AT[$k]=${S_AT[$k]:-?}
        REUSED+=("${AT[$k]}|$k"); inspect "$p" "$tool"; }
    done
  fi
  say "$p: $NE entries, ${RUNS} runs (slow tools: $SLOW_RUNS), cap ${CAP} s"
  for ((r = 0; r < RUNS; r++)); do
    for tool in "${ORDER[@]}"; do
      has_tool "$tool" || continue
      [ -z "${CAPPED[$p/$tool]:-}" ] || continue
      if slow "$tool" && [ "$r" -ge "$SLOW_RUNS" ]; then continue; fi
      if [[ $tool == *-j2 ]] && [ "$NE" -lt 2 ]; then continue; fi
      say "$p: run $((r + 1)): $tool"
      measure "$p" "$tool"
    done
  done

  # Same output at -j1 and -j2, and from the warm cache.
  out=$PD/out/$p SAME=- WARM_SAME=- nf=- byrule=
  if [ -n "${TIMES[$p/ownck]:-}" ] && [ -n "${TIMES[$p/ownck-j2]:-}" ]; then
    if cmp -s "$out/ownck" "$out/ownck-j2"; then SAME=yes; else SAME=no; problem "$p: ownck -j1 and -j2 outputs differ ($out/ownck, $out/ownck-j2)"; fi
  fi
  if [ -n "${TIMES[$p/ownck]:-}" ] && [ -n "${TIMES[$p/cache-warm]:-}" ]; then
    if cmp -s "$out/ownck" "$out/cache-warm"; then WARM_SAME=yes; else WARM_SAME=no; problem "$p: ownck's warm-cache output differs from the uncached one"; fi
  fi
  if [ -n "${TIMES[$p/ownck]:-}" ]; then
    nf=$(count_findings "$out/ownck")
    byrule=$({ grep -ohE '\[OWN[0-9]{3}\]$' "$out/ownck" 2>/dev/null || true; } | sort | uniq -c |
             awk '{ gsub(/[][]/, "", $2); printf "%s%s %d", sep, $2, $1; sep = ", " }')
  fi

  cols=""
  for tool in clang floor ownck floor-j2 ownck-j2 cache-cold cache-warm analyze gcc cppcheck; do
    cols+=" $(fmt_s "$p/$tool" "$(t "$p/$tool")") |"
  done
  ROWS_T+=("| $p | $NE |$cols")
  cols=""
  for tool in floor ownck floor-j2 ownck-j2 analyze gcc cppcheck; do cols+=" $(ratio "$p/$tool" "$p/clang") |"; done
  ROWS_Y+=("| $p |$cols")
  warm=$(ratio "$p/cache-warm" "$p/cache-cold"); [ "$warm" = - ] || warm=$(awk -v r="${warm#[<>?]}" -v p="${warm%%[0-9]*}" 'BEGIN { printf "%s%.1f %%", p, r * 100 }')
  ROWS_R+=("| $p | $(ratio "$p/ownck" "$p/floor") | $(ratio "$p/ownck-j2" "$p/floor-j2") | $(ratio "$p/ownck" "$p/ownck-j2") | $SAME | $warm | $WARM_SAME | $(ratio "$p/analyze" "$p/ownck") | $(ratio "$p/gcc" "$p/ownck") | $(ratio "$p/cppcheck" "$p/ownck") |")
  cols=""
  for tool in clang floor ownck floor-j2 ownck-j2 analyze gcc cppcheck; do cols+=" $(fmt_mb x "$(kb "$p/$tool")") |"; done
  ROWS_M+=("| $p |$cols $(ratio "$p/ownck" "$p/clang" rss) | $(ratio "$p/ownck" "$p/floor" rss) |")
  ROWS_F+=("| $p | $(cat "$DB/VERSION") | $NE | $nf | ${byrule:--} |")
done

# Save this run's measurements over the earlier ones (for --reuse).
for k in "${!TIMES[@]}"; do S_TIMES[$k]=${TIMES[$k]} S_KBS[$k]=${KBS[$k]} S_AT[$k]=${AT[$k]:-?}; done
declare -p S_TIMES S_KBS S_AT >"$STATE"

[ -z "$SERIES" ] || series

# ---- acceptance -------------------------------------------------------------------
# check LABEL VALUE OP LIMIT: PASS/FAIL/n/a for a ratio printed by ratio().
check() {
  local v=$2
  if [ "$v" = - ] || [ -z "$v" ]; then echo "n/a"; return; fi
  # ">v" (capped numerator) and "<v" (capped denominator) are bounds: they decide only
  # when the bound is on the right side of the limit.
  awk -v v="${v#[<>?]}" -v p="${v%%[0-9]*}" -v op="$3" -v lim="$4" 'BEGIN {
    if (p == "?") { print "n/a (capped)"; exit }
    ok = (op == "<=") ? v <= lim : v >= lim
    if (p == ">" && (op == "<=") == ok) { print "n/a (capped)"; exit }
    if (p == "<" && (op == ">=") == ok) { print "n/a (capped)"; exit }
    print ok ? "PASS" : "FAIL" }'
}
ACC=()
if [ ${#READY[@]} -gt 0 ]; then
  # the largest file; the largest project (the yardstick's time); the largest multi-file one
  big_p='' big_proj='' big_multi='' bt=0 bm=0 bs=0
  for p in "${READY[@]}"; do
    s=$(python3 -c 'import json, os, sys
print(max(os.path.getsize(os.path.join(e["directory"], e["file"])) for e in json.load(open(sys.argv[1]))))' "$PD/db/$p/compile_commands.json")
    if [ "$s" -gt "$bs" ]; then bs=$s; big_p=$p; fi
    v=$(t "$p/clang"); v=${v:-0}
    if [ "$v" -gt "$bt" ]; then bt=$v; big_proj=$p; fi
    if [ "${NENT[$p]}" -gt 1 ] && [ "$v" -gt "$bm" ]; then bm=$v; big_multi=$p; fi
  done
  res=() worst=
  for p in "${READY[@]}"; do
    r=$(ratio "$p/ownck" "$p/floor"); c=$(check x "$r" '<=' 1.1); res+=("$c"); worst+="$p $r, "
  done
  v=PASS; [[ " ${res[*]} " != *" FAIL "* ]] || v=FAIL; [[ " ${res[*]} " != *" n/a "* ]] || [ $v = FAIL ] || v=n/a
  ACC+=("| ownck -p -j1 within 1.1x of the one-process floor on every project | ${worst%, } | $v |")
  if [ -n "$big_p" ]; then
    r=$(ratio "$big_p/ownck" "$big_p/clang" rss)
    ACC+=("| peak RSS within 1.3x of clang -fsyntax-only on the largest file ($big_p, $((bs / 1024)) KB) | $r | $(check x "$r" '<=' 1.3) |")
  fi
  if [ -n "$big_multi" ]; then
    r=$(ratio "$big_multi/ownck" "$big_multi/ownck-j2"); c=$(check x "$r" '>=' 1.8)
    same=$(cmp -s "$PD/out/$big_multi/ownck" "$PD/out/$big_multi/ownck-j2" 2>/dev/null && echo identical || echo "not identical")
    [ "$same" = identical ] || [ "$c" != PASS ] || c=FAIL
    ACC+=("| -j2 at least 1.8x faster than -j1 on the largest multi-file project ($big_multi), output byte-identical | $r (floor $(ratio "$big_multi/floor" "$big_multi/floor-j2")), $same | $c |")
  fi
  if [ -n "$big_proj" ]; then
    r=$(ratio "$big_proj/cache-warm" "$big_proj/cache-cold")
    ACC+=("| an unchanged re-run of the largest project ($big_proj) takes at most 5% of the cold run | $r | $(check x "$r" '<=' 0.05) |")
  fi
  for pair in "analyze 20 clang --analyze" "gcc 5 gcc -fanalyzer"; do
    read -r tool lim label <<<"$pair"
    res=() vals=
    for p in "${READY[@]}"; do
      r=$(ratio "$p/$tool" "$p/ownck"); res+=("$(check x "$r" '>=' "$lim")")
      vals+="$p $r (floor $(ratio "$p/$tool" "$p/floor")), "
    done
    v=PASS; [[ " ${res[*]} " != *" FAIL "* ]] || v=FAIL; [[ " ${res[*]} " != *" n/a "* ]] || [ $v = FAIL ] || v=n/a
    ACC+=("| ownck -p -j1 at least ${lim}x faster than $label on every project | ${vals%, } | $v |")
  done
fi
[ -z "$SERIES" ] || ACC+=("| generated functions: time and memory per statement within 2x from 1k to 100k statements | $SERIES_MEASURED | $SERIES_VERDICT |")

# ---- report -----------------------------------------------------------------------
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)
REPORT=$CACHE/results-projects.md
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`$CMDLINE\` (runs $RUNS, slow runs $SLOW_RUNS, series runs $SERIES_RUNS, cap $CAP s); load average $LOAD0 at the start, $LOAD1 at the end."
  if [ ${#REUSED[@]} -gt 0 ]; then
    echo
    echo "Reused from earlier runs (--reuse), by when they were measured:"
    printf '%s\n' "${REUSED[@]}" | awk -F'|' '{ n[$1]++; split($2, a, "/"); if (!((a[1], $1) in P)) { P[a[1], $1]; p[$1] = p[$1] sep[$1] a[1] }
      if (!((a[2], $1) in T)) { T[a[2], $1]; t[$1] = t[$1] (t[$1] == "" ? "" : ", ") a[2] }; sep[$1] = ", " }
      END { for (d in n) printf "- %s: %d measurements; projects %s; tools %s\n", d, n[d], p[d], t[d] }'
    echo "- this run: $([ ${#RUN_TOOLS[@]} = 0 ] && echo 'no project measurement' || echo "${RUN_TOOLS[*]}")$([ -z "$SERIES" ] || echo '; the series')"
  fi
  echo
  machine
  echo
  if [ ${#READY[@]} -gt 0 ]; then
    echo "### Time"
    echo
    echo "Seconds, wall, median of the runs. clang -fsyntax-only, clang --analyze and gcc -fanalyzer$([ $HAVE_P = 1 ] || echo ', and ownck (this one has no -p)') run one process per entry, one after the other$([ $HAVE_P = 1 ] || echo ' (ownck -j2: two at a time)'), as a build does; their time is the whole sequence. $([ $HAVE_P = 0 ] && echo 'The floor runs' || echo 'The floor and ownck run') one process over the compile database. \`>T\`: stopped at the cap, or failed (see Problems): T is a lower bound, and so is a ratio over it."
    echo
    echo "| project | entries | clang -fsyntax-only | floor -j1 | ownck -j1 | floor -j2 | ownck -j2 | ownck cache cold | ownck cache warm | clang --analyze | gcc -fanalyzer | cppcheck |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${ROWS_T[@]}"
    echo
    echo "Ratios to the yardstick (time / clang -fsyntax-only's time):"
    echo
    echo "| project | floor -j1 | ownck -j1 | floor -j2 | ownck -j2 | clang --analyze | gcc -fanalyzer | cppcheck |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${ROWS_Y[@]}"
    echo
    echo "ownck against the floor, itself and the other analyzers:"
    echo
    echo "| project | ownck/floor -j1 | ownck/floor -j2 | ownck -j1/-j2 | -j1, -j2 same output | cache warm/cold | warm output same | clang --analyze / ownck | gcc -fanalyzer / ownck | cppcheck / ownck |"
    echo "|---|---:|---:|---:|---|---:|---|---:|---:|---:|"
    printf '%s\n' "${ROWS_R[@]}"
    echo
    echo "### Peak memory"
    echo
    echo "MB of peak RSS, median of the runs; for per-entry tools the largest process."
    echo
    echo "| project | clang -fsyntax-only | floor -j1 | ownck -j1 | floor -j2 | ownck -j2 | clang --analyze | gcc -fanalyzer | cppcheck | ownck/clang | ownck/floor |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${ROWS_M[@]}"
    echo
    echo "### Projects and ownck's findings"
    echo
    echo "| project | Debian version | entries | ownck findings | by rule |"
    echo "|---|---|---:|---:|---|"
    printf '%s\n' "${ROWS_F[@]}"
    echo
  fi
  [ -z "$SERIES_MD" ] || { echo "$SERIES_MD"; echo; }
  if [ ${#ACC[@]} -gt 0 ]; then
    echo "### Acceptance"
    echo
    echo "(floor X): the same ratio for the one-process floor, the best any libclang tool can reach on that machine at that time."
    echo
    [ $HAVE_P = 1 ] || [ ${#READY[@]} = 0 ] || echo "This ownck has no -p: the targets about ownck -p are measured on its stand-in, one ownck process per entry (which pays libclang's start-up once per file, unlike the floor)."
    [ $HAVE_P = 1 ] || [ ${#READY[@]} = 0 ] || echo
    echo "| target | measured | |"
    echo "|---|---|---|"
    printf '%s\n' "${ACC[@]}"
    echo
  fi
  if [ ${#PROBLEMS[@]} -gt 0 ]; then
    echo "Problems:"
    echo
    printf -- '- %s\n' "${PROBLEMS[@]}"
  else
    echo "Problems: none (every entry parsed without a clang error; no ownck crash, exit 2 or sanitizer report; nothing reached the cap)."
  fi
} | awk -v r="$ROOT/" '{ while ((i = index($0, r)) > 0) $0 = substr($0, 1, i - 1) substr($0, i + length(r)); print }' |
  tee "$REPORT"   # paths relative to the repository

if [ $DOCS = 1 ]; then
  DOC=$ROOT/docs/performance.md
  [ ! -f "$CACHE/series/performance-series.svg" ] || [ -z "$SERIES" ] ||
    cp "$CACHE/series/performance-series.svg" "$ROOT/docs/performance-series.svg"
  if grep -q '<!-- results:begin -->' "$DOC" 2>/dev/null; then
    python3 - "$DOC" "$REPORT" <<'EOF'
import sys
doc, rep = sys.argv[1], open(sys.argv[2]).read()
text = open(doc).read()
head, rest = text.split("<!-- results:begin -->", 1)
_, tail = rest.split("<!-- results:end -->", 1)
open(doc, "w").write(head + "<!-- results:begin -->\n\n" + rep.strip() + "\n\n<!-- results:end -->" + tail)
EOF
    say "wrote the results into $DOC"
  else
    say "no '<!-- results:begin -->' marker in $DOC: results not written there"
  fi
fi
exit 0
