# bench/libclang.sh: sourced by bench/run.sh and bench/projects.sh (needs ROOT, die,
# and BUILD if set): finds the ownck build and the libclang it was built with.
# Sets BUILD, OWNCK, LIBCLANG_LIBRARY, LIBCLANG_INCLUDE_DIR, LIBDIR, PREFIX, RD (clang's
# resource directory), MAJOR (the LLVM major version) and OWNINC (ownck's include
# directory: ownck puts <ownck/ownership.h> on the path, so the other tools get it too).
BUILD=${BUILD:-$ROOT/build}
BUILD=$(cd "$BUILD" 2>/dev/null && pwd) || die "no build directory '${BUILD}' (build ownck first: cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build)"
OWNCK=$BUILD/ownck
[ -x "$OWNCK" ] || die "$OWNCK not found: build ownck first"
[ -f "$BUILD/CMakeCache.txt" ] || die "$BUILD/CMakeCache.txt not found"
cachevar() { sed -n "s/^$1:[A-Z]*=//p" "$BUILD/CMakeCache.txt" | head -1; }
LIBCLANG_LIBRARY=$(cachevar LIBCLANG_LIBRARY)
LIBCLANG_INCLUDE_DIR=$(cachevar LIBCLANG_INCLUDE_DIR)
[ -f "$LIBCLANG_LIBRARY" ] || die "LIBCLANG_LIBRARY '$LIBCLANG_LIBRARY' (from $BUILD/CMakeCache.txt) not found"
[ -f "$LIBCLANG_INCLUDE_DIR/clang-c/Index.h" ] || die "no clang-c/Index.h in '$LIBCLANG_INCLUDE_DIR'"
LIBDIR=$(dirname "$LIBCLANG_LIBRARY")
PREFIX=$(dirname "$LIBCLANG_INCLUDE_DIR")
# The resource dir baked into ownck (compile definition OWNCK_RESOURCE_DIR), else the
# newest one next to libclang, as cmake/FindLibClang.cmake looks for it.
RD=${OWNCK_RESOURCE_DIR:-}
if [ -z "$RD" ] && [ -f "$BUILD/compile_commands.json" ]; then
  RD=$(grep -o 'OWNCK_RESOURCE_DIR=[^ ]*' "$BUILD/compile_commands.json" | head -1 |
       sed 's/^OWNCK_RESOURCE_DIR=//; s/[\\"]//g')
fi
if [ -z "$RD" ]; then
  for d in $(ls -d "$PREFIX"/lib/clang/* "$PREFIX"/lib64/clang/* 2>/dev/null | sort -rV); do
    [ -f "$d/include/stddef.h" ] && { RD=$d; break; }
  done
fi
[ -f "$RD/include/stddef.h" ] || die "no resource dir with include/stddef.h for $LIBCLANG_LIBRARY"
MAJOR=$(basename "$RD"); MAJOR=${MAJOR%%.*}
OWNINC=$BUILD/include
