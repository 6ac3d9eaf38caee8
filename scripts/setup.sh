#!/usr/bin/env bash
# setup.sh [--test]: install what building ownck needs, on Debian or Ubuntu.
#
#   --test   also what the test suite needs: valgrind, pre-commit, npm, chromium (the
#            HTML report test opens the report in it headless), and the SARIF
#            validator (@microsoft/sarif-multitool, into .tools/)
#
# Only missing packages are installed, so a second run is quick and runs no apt-get at
# all. As root it installs directly; with passwordless sudo through sudo; otherwise it
# prints the exact command to run and exits 2.
#
# Environment: LIBCLANG_VERSIONS="19 18 ..." (the LLVM major versions acceptable, best
# first; the same list CMake searches).
set -euo pipefail
cd "$(dirname "$0")/.."

SARIF_VERSION=5.7.0
SARIF_BIN=.tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

want_test=0
for arg in "$@"; do
  case $arg in
    --test) want_test=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "setup.sh: unknown option '$arg'" >&2; usage >&2; exit 2 ;;
  esac
done

versions=${LIBCLANG_VERSIONS:-19 18 17 16 15 14}
read -r -a versions <<< "${versions//;/ }"   # CMake's "19;18" spelling works too

say() { echo "setup: $*"; }

if ! command -v dpkg-query >/dev/null 2>&1; then
  say "not a Debian/Ubuntu system: install cmake, a C compiler, make, pkg-config,"
  say "libclang (LLVM 14-19, with its headers), cJSON and Check yourself;"
  say "CMake reports what it cannot find (see README.md, 'Building by hand, and other LLVM versions')."
  exit 0
fi

# No "| grep -q" here: grep exits at the first match, the writer gets SIGPIPE, and
# with pipefail the whole test then fails at random.
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
# apt knows an installable version of package $1 (per the current package lists).
available() {
  local policy
  policy=$(apt-cache policy "$1" 2>/dev/null) || return 1
  [[ $policy =~ Candidate:\ [0-9] ]]
}

missing=()
for p in cmake gcc make pkg-config libc6-dev libcjson-dev check; do
  installed "$p" || missing+=("$p")
done
if [ "$want_test" = 1 ]; then
  installed valgrind || missing+=(valgrind)
  # The pre-commit hook's test runs the real framework; one installed with pip counts.
  command -v pre-commit >/dev/null 2>&1 || missing+=(pre-commit)
  # NodeSource's nodejs package ships npm without a Debian 'npm' package (and conflicts
  # with it), so ask for the command, not the package.
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  # Headless Chromium opens the HTML report (testsuite/html-report.sh).
  installed chromium || missing+=(chromium)
fi

have_libclang=""
for v in "${versions[@]}"; do
  if installed "libclang-$v-dev"; then have_libclang=$v; break; fi
done

if [ ${#missing[@]} -gt 0 ] || [ -z "$have_libclang" ]; then
  if [ "$(id -u)" = 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo)
  else
    # Cannot install: name the newest libclang the (possibly stale) package lists know.
    if [ -z "$have_libclang" ]; then
      pick="libclang-${versions[0]}-dev"
      for v in "${versions[@]}"; do
        if available "libclang-$v-dev"; then
          pick="libclang-$v-dev"; break
        fi
      done
      missing+=("$pick")
    fi
    say "missing packages: ${missing[*]}"
    echo "Run this, then run the script again:"
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    exit 2
  fi

  say "apt-get update"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  if [ -z "$have_libclang" ]; then
    for v in "${versions[@]}"; do
      if available "libclang-$v-dev"; then
        missing+=("libclang-$v-dev"); have_libclang=$v; break
      fi
    done
    if [ -z "$have_libclang" ]; then
      say "no libclang-N-dev package for N in ${versions[*]} in the apt sources" >&2
      exit 1
    fi
  fi
  say "installing: ${missing[*]}"
  # --no-install-recommends keeps the install small; libc6-dev is listed explicitly
  # because gcc only recommends it.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The fuzz target of the test suite is built with the clang of the same version as
# libclang, with its libFuzzer runtime (fuzz/build.sh).
if [ "$want_test" = 1 ]; then
  fuzz_missing=()
  for p in "clang-$have_libclang" "llvm-$have_libclang-dev" "libclang-rt-$have_libclang-dev"; do
    installed "$p" || fuzz_missing+=("$p")
  done
  if [ ${#fuzz_missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      sudo=()
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    else
      say "missing packages for the fuzz test: ${fuzz_missing[*]}"
      echo "Run this, then run the script again:"
      echo "  sudo apt-get install -y --no-install-recommends ${fuzz_missing[*]}"
      exit 2
    fi
    say "installing: ${fuzz_missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends "${fuzz_missing[@]}" || {
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${fuzz_missing[@]}"
    }
  fi
fi

if [ "$want_test" = 1 ]; then
  pkgjson=.tools/node_modules/@microsoft/sarif-multitool/package.json
  if [ ! -f "$SARIF_BIN" ] || ! grep -q "\"version\": *\"$SARIF_VERSION\"" "$pkgjson" 2>/dev/null; then
    say "installing the SARIF validator (npm @microsoft/sarif-multitool@$SARIF_VERSION) into .tools/"
    npm install --prefix .tools --no-audit --no-fund --loglevel=error \
      "@microsoft/sarif-multitool@$SARIF_VERSION"
  fi
  if [ ! -f "$SARIF_BIN" ]; then
    say "npm did not install $SARIF_BIN (is this linux-x64?)" >&2
    exit 1
  fi
  # npm 11 does not run the package's postinstall (which only does this chmod).
  chmod u+x "$SARIF_BIN"
  # Fail here, not in the middle of the test run, if the validator cannot start.
  if ! DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$SARIF_BIN" --version >/dev/null 2>&1; then
    say "the SARIF validator does not start: $SARIF_BIN --version failed" >&2
    exit 1
  fi
fi

say "ok (libclang ${have_libclang}$([ "$want_test" = 1 ] && echo ", test tools"))"
