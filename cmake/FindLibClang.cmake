# FindLibClang.cmake: locate libclang's C API (clang-c/Index.h + libclang.so).
#
# Why not find_package(Clang CONFIG)? On Debian it is fragile: it picks up stray
# /usr/lib/cmake/clang-N trees whose static libraries are not installed, rejects
# 19.1.7 when asked for 19 (major.minor must match), and drags in FFI/LibXml2/zstd
# checks we do not need. We only need one header directory and one shared library,
# so a versioned path search is simpler and predictable.
#
# Inputs (cache variables):
#   LIBCLANG_VERSIONS  major versions to try, best first (default: 19 18 17 16 15 14)
#   LIBCLANG_ROOT      an LLVM prefix to use exclusively (contains include/clang-c)
#
# Results:
#   LibClang_FOUND, LibClang_VERSION (the builtin-header dir name, e.g. "19" or "14.0.6")
#   LIBCLANG_INCLUDE_DIR, LIBCLANG_LIBRARY, LIBCLANG_PREFIX (<root>, holds lib/)
#   LIBCLANG_RESOURCE_DIR     dir whose include/ has clang's stddef.h ("" if none)
#   LIBCLANG_HAVE_OPERATOR_KIND  TRUE if clang_getCursorBinaryOperatorKind exists (LLVM 17+)
#   imported target LibClang::LibClang

include(CheckSymbolExists)
include(CMakePushCheckState)
include(FindPackageHandleStandardArgs)

set(LIBCLANG_VERSIONS "19;18;17;16;15;14" CACHE STRING
    "libclang major versions to search for, in order of preference")
set(LIBCLANG_ROOT "" CACHE PATH "LLVM install prefix to use instead of searching")

# find_path/find_library cache their results, so a second configure with another
# LIBCLANG_VERSIONS or LIBCLANG_ROOT would silently keep the first answer. Forget the
# old answer whenever the question changes.
set(_libclang_query "${LIBCLANG_VERSIONS}|${LIBCLANG_ROOT}")
if(DEFINED _LIBCLANG_LAST_QUERY AND NOT _LIBCLANG_LAST_QUERY STREQUAL _libclang_query)
  unset(LIBCLANG_INCLUDE_DIR CACHE)
  unset(LIBCLANG_LIBRARY CACHE)
endif()
set(_LIBCLANG_LAST_QUERY "${_libclang_query}" CACHE INTERNAL "")

if(LIBCLANG_ROOT)
  # An explicit root is a promise: never fall back to some other LLVM behind the
  # user's back.
  set(_libclang_hints "${LIBCLANG_ROOT}")
else()
  set(_libclang_hints "")
  foreach(_v IN LISTS LIBCLANG_VERSIONS)
    # Debian/Ubuntu, Fedora's versioned compat packages, Homebrew's versioned kegs.
    list(APPEND _libclang_hints /usr/lib/llvm-${_v} /usr/lib64/llvm${_v}
         /opt/homebrew/opt/llvm@${_v} /usr/local/opt/llvm@${_v})
  endforeach()
  # Unversioned installs last (Homebrew's current llvm, Fedora's clang-devel in /usr).
  # Debian's unversioned /usr/bin/llvm-config is the distro default (14), not the
  # newest, so it is deliberately not consulted.
  list(APPEND _libclang_hints /opt/homebrew/opt/llvm /usr/local/opt/llvm /usr)
endif()

# NO_DEFAULT_PATH: the hints *are* the preference order; CMake's default search
# would otherwise find whatever is first on the system paths.
find_path(LIBCLANG_INCLUDE_DIR clang-c/Index.h
  HINTS ${_libclang_hints} PATH_SUFFIXES include NO_DEFAULT_PATH)

if(LIBCLANG_INCLUDE_DIR)
  # Take the library from the same prefix as the header, so the two cannot come
  # from different LLVM versions.
  get_filename_component(LIBCLANG_PREFIX "${LIBCLANG_INCLUDE_DIR}" DIRECTORY)
  find_library(LIBCLANG_LIBRARY NAMES clang libclang
    HINTS "${LIBCLANG_PREFIX}" PATH_SUFFIXES lib lib64 NO_DEFAULT_PATH)
endif()

# Builtin headers (stddef.h, stdarg.h, ...) live in the "resource dir", which libclang
# needs at run time but cannot always find by itself (LLVM 19 with a relative argv[0]
# does not). Bake the one matching this library into the binary. Fedora keeps it in
# /usr/lib/clang/N; Debian in <prefix>/lib/clang/N.
set(LIBCLANG_RESOURCE_DIR "")
set(LibClang_VERSION "")
if(LIBCLANG_LIBRARY)
  file(GLOB _libclang_rdirs LIST_DIRECTORIES true
       "${LIBCLANG_PREFIX}/lib/clang/*" "${LIBCLANG_PREFIX}/lib64/clang/*")
  # Newest first, so a prefix with several clang versions picks the one matching
  # a current libclang.
  list(SORT _libclang_rdirs COMPARE NATURAL ORDER DESCENDING)
  foreach(_d IN LISTS _libclang_rdirs)
    if(EXISTS "${_d}/include/stddef.h")
      set(LIBCLANG_RESOURCE_DIR "${_d}")
      get_filename_component(LibClang_VERSION "${_d}" NAME)
      break()
    endif()
  endforeach()
endif()

string(REPLACE ";" " " _libclang_vlist "${LIBCLANG_VERSIONS}")
find_package_handle_standard_args(LibClang
  REQUIRED_VARS LIBCLANG_LIBRARY LIBCLANG_INCLUDE_DIR
  VERSION_VAR LibClang_VERSION
  REASON_FAILURE_MESSAGE
    "searched LLVM ${_libclang_vlist} (LIBCLANG_VERSIONS), LIBCLANG_ROOT='${LIBCLANG_ROOT}'. On Debian/Ubuntu: sudo apt-get install libclang-N-dev for one N of ${_libclang_vlist}, or run LIBCLANG_VERSIONS='${_libclang_vlist}' ./scripts/setup.sh. Elsewhere pass -DLIBCLANG_ROOT=<llvm prefix>.")

if(LibClang_FOUND)
  if(NOT LIBCLANG_RESOURCE_DIR)
    message(WARNING "libclang found in ${LIBCLANG_PREFIX} but no resource dir with "
      "include/stddef.h under ${LIBCLANG_PREFIX}/lib/clang/*. Install the matching "
      "libclang-common-N-dev, or pass --resource-dir to ownck at run time.")
  endif()

  # The operator-kind API (LLVM 17+) is detected by symbol, not by CINDEX_VERSION_MINOR,
  # because distributions backport and the version macro does not track exports.
  # The result variable is keyed on the library path: check_symbol_exists caches its
  # answer, and switching LLVM versions in one build dir must re-ask.
  string(MD5 _libclang_key "${LIBCLANG_LIBRARY}")
  string(SUBSTRING "${_libclang_key}" 0 8 _libclang_key)
  cmake_push_check_state(RESET)
  set(CMAKE_REQUIRED_INCLUDES "${LIBCLANG_INCLUDE_DIR}")
  set(CMAKE_REQUIRED_LIBRARIES "${LIBCLANG_LIBRARY}")
  set(CMAKE_REQUIRED_QUIET ON)
  check_symbol_exists(clang_getCursorBinaryOperatorKind "clang-c/Index.h"
                      _LIBCLANG_OPKIND_${_libclang_key})
  cmake_pop_check_state()
  set(LIBCLANG_HAVE_OPERATOR_KIND ${_LIBCLANG_OPKIND_${_libclang_key}})

  if(NOT TARGET LibClang::LibClang)
    add_library(LibClang::LibClang UNKNOWN IMPORTED)
    # SYSTEM include: warnings inside clang-c must never break a -Werror build.
    set_target_properties(LibClang::LibClang PROPERTIES
      IMPORTED_LOCATION "${LIBCLANG_LIBRARY}"
      INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${LIBCLANG_INCLUDE_DIR}"
      INTERFACE_INCLUDE_DIRECTORIES "${LIBCLANG_INCLUDE_DIR}")
  endif()
endif()

mark_as_advanced(LIBCLANG_INCLUDE_DIR LIBCLANG_LIBRARY)
