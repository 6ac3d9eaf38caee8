#!/usr/bin/env bash
# test.sh [ctest options]: set up (with the test tools), build a sanitized Debug
# ownck with warnings as errors into build-test/, and run the whole test suite.
#
#   ./scripts/test.sh               everything
#   ./scripts/test.sh -R '^case/'   only the case tests (any ctest option works)
#   ./scripts/test.sh -L unit       only the unit tests
#
# Sanitizer settings for the tests live in testsuite/CMakeLists.txt (OWNCK_TEST_ENV),
# so running ctest in build-test/ by hand behaves the same.
# Environment: LIBCLANG_VERSIONS="14" to test against another LLVM (as for setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh --test

versions=${LIBCLANG_VERSIONS:-19 18 17 16 15 14}
jobs=$(nproc)
cmake -S . -B build-test \
  -DCMAKE_BUILD_TYPE=Debug -DOWNCK_WERROR=ON -DOWNCK_SANITIZE=ON -DOWNCK_TESTS=ON \
  "-DLIBCLANG_VERSIONS=${versions// /;}" \
  "-DSARIF_MULTITOOL=$PWD/.tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
cmake --build build-test -j"$jobs"
# --no-tests=error: a suite that registered nothing must not pass as green.
ctest --test-dir build-test --output-on-failure --no-tests=error -j"$jobs" "$@"

# valgrind cannot run the sanitized binary: a second, plain build runs ownck over the
# case files under memcheck (only for a full run, not for a ctest selection).
if [ $# -eq 0 ]; then
  cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOWNCK_WERROR=ON -DOWNCK_TESTS=ON \
    "-DLIBCLANG_VERSIONS=${versions// /;}"
  cmake --build build-valgrind -j"$jobs" --target ownck
  ctest --test-dir build-valgrind --output-on-failure --no-tests=error -L valgrind

  # ThreadSanitizer excludes ASan too: a third build runs ownck -j4 over a compile
  # database under TSan (testsuite/integration/tsan.sh, registered only there).
  cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOWNCK_WERROR=ON -DOWNCK_TSAN=ON -DOWNCK_TESTS=ON \
    "-DLIBCLANG_VERSIONS=${versions// /;}"
  cmake --build build-tsan -j"$jobs" --target ownck
  ctest --test-dir build-tsan --output-on-failure --no-tests=error -L tsan
fi
