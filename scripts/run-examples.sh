#!/usr/bin/env bash
# run-examples.sh [ownck options]: set up, build ownck (Release, into build/) and run
# it on examples/*.c.
#
# Findings are the point of the examples, so ownck's "findings reported" exit status
# (1) counts as success here; a usage or internal error (2) does not.
# Environment: LIBCLANG_VERSIONS="19 18 ..." to pick the LLVM (as for setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh

versions=${LIBCLANG_VERSIONS:-19 18 17 16 15 14}
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "-DLIBCLANG_VERSIONS=${versions// /;}"
cmake --build build -j"$(nproc)"

shopt -s nullglob
examples=(examples/*.c)
if [ ${#examples[@]} -eq 0 ]; then
  echo "run-examples: no examples/*.c to run"
  exit 0
fi

echo "run-examples: build/ownck ${*:+$* }${examples[*]}"
status=0
build/ownck "$@" "${examples[@]}" || status=$?
case $status in
  0) echo "run-examples: no findings" ;;
  1) echo "run-examples: ownck reported findings (exit 1), as the examples intend" ;;
  *) echo "run-examples: ownck failed (exit $status)" >&2; exit "$status" ;;
esac
