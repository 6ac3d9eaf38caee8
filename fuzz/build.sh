#!/bin/sh
# fuzz/build.sh [OUTDIR]: builds the libFuzzer target fuzz_ownck (default OUTDIR:
# build-fuzz/ in the repository root).
#
# Needs clang (19 preferred; CLANG=clang-N to choose) with its libFuzzer runtime
# (Debian: libclang-rt-19-dev), libclang-19-dev, libcjson-dev, pkg-config and cmake (only
# to embed rules/ into the binary, as the main build does).
#
# Our sources are compiled with -fsanitize=fuzzer-no-link,address,undefined: coverage
# and sanitizers for ownck's code only. libclang is linked as the prebuilt, uninstrumented
# shared library. UBSan does not recover: any report is a crash the fuzzer saves.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
out=${1:-$root/build-fuzz}
mkdir -p "$out/include/ownck" "$out/generated"
out=$(cd "$out" && pwd)

pick() {
  for c in "$@"; do
    if command -v "$c" >/dev/null 2>&1; then
      echo "$c"
      return 0
    fi
  done
  return 1
}
CLANG=${CLANG:-$(pick clang-19 clang || true)}
LLVM_CONFIG=${LLVM_CONFIG:-$(pick llvm-config-19 llvm-config || true)}
if [ -z "$CLANG" ] || [ -z "$LLVM_CONFIG" ]; then
  echo "fuzz/build.sh: need clang and llvm-config (Debian: apt-get install clang-19 llvm-19-dev libclang-19-dev)" >&2
  exit 2
fi

resdir=$("$CLANG" -print-resource-dir)
fuzzrt=$("$CLANG" -print-file-name=libclang_rt.fuzzer-x86_64.a 2>/dev/null || true)
if [ ! -f "$fuzzrt" ] && ! ls "$resdir"/lib/*/libclang_rt.fuzzer*.a >/dev/null 2>&1 &&
   ! ls "$resdir"/lib/*/*/libclang_rt.fuzzer*.a >/dev/null 2>&1; then
  echo "fuzz/build.sh: libFuzzer runtime not found under $resdir (Debian: apt-get install libclang-rt-19-dev)" >&2
  exit 2
fi

llvm_inc=$("$LLVM_CONFIG" --includedir)
llvm_lib=$("$LLVM_CONFIG" --libdir)
llvm_ver=$("$LLVM_CONFIG" --version | cut -d. -f1)
# The resource dir of the libclang we link, for the builtin headers (stddef.h...).
libclang_res="$llvm_lib/clang/$llvm_ver"
cjson_cflags=$(pkg-config --cflags libcjson)
cjson_libs=$(pkg-config --libs libcjson)

opkind=""
if grep -q clang_getCursorBinaryOperatorKind "$llvm_inc/clang-c/Index.h"; then
  opkind="-DOWNCK_HAVE_OPERATOR_KIND=1"
fi

cp "$root/annotations/ownership.h" "$out/include/ownck/ownership.h"
cmake "-DRULES_DIR=$root/rules" "-DOUTPUT=$out/generated/ownck_embedded.c" \
  -P "$root/cmake/EmbedFiles.cmake"

san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cflags="-std=gnu11 -g -O1 -Wall -Wextra -I$root/analyzer -isystem $llvm_inc $cjson_cflags"

# cc ARGS...: the compiler with our flags and the definitions the CMake build gives
# ownck_core (values with quotes and paths: passed as separate words, never split).
cc() {
  # shellcheck disable=SC2086
  "$CLANG" $cflags $opkind $san "-DOWNCK_VERSION=\"fuzz\"" \
    "-DOWNCK_RESOURCE_DIR=\"$libclang_res\"" "-DOWNCK_INCLUDE_DIR=\"$out/include\"" "$@"
}

objs=""
for src in "$root"/analyzer/*.c "$out/generated/ownck_embedded.c"; do
  name=$(basename "$src" .c)
  [ "$name" = main ] && continue
  [ "$name" = launcher ] && continue
  cc -fsanitize=fuzzer-no-link -c "$src" -o "$out/$name.o"
  objs="$objs $out/$name.o"
done
cc -fsanitize=fuzzer -c "$here/fuzz_ownck.c" -o "$out/fuzz_ownck.o"
# shellcheck disable=SC2086
"$CLANG" $san -fsanitize=fuzzer -o "$out/fuzz_ownck" "$out/fuzz_ownck.o" $objs \
  -L"$llvm_lib" -Wl,-rpath,"$llvm_lib" -lclang $cjson_libs
echo "built $out/fuzz_ownck"
