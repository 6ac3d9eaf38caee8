#!/bin/sh
# pre-commit.sh OWNCK_BIN_DIR: the published pre-commit hook (.pre-commit-hooks.yaml)
# works with the real pre-commit framework.
#
# In a temporary git repository whose .pre-commit-config.yaml is a 'repo: local' copy
# of the hook as published (its fields are copied from .pre-commit-hooks.yaml, not
# written again here), with OWNCK_BIN_DIR first on PATH:
#   - committing a C file that leaks is refused, and the output names OWN003;
#   - committing a header is checked too (identify tags .h as 'c');
#   - committing the fixed file passes;
#   - with a build/compile_commands.json, the file is parsed with its flags.
# When this source tree is a git checkout whose HEAD has .pre-commit-hooks.yaml, the
# same is done once more through 'repo: <this checkout>' at that commit, the way users
# consume the hook.
#
# Exits 77 (skipped) when pre-commit or git is not installed
# (./scripts/setup.sh --test installs pre-commit).
set -u

bindir=${1:?usage: pre-commit.sh OWNCK_BIN_DIR}
src=$(cd "$(dirname "$0")/.." && pwd)
hooks="$src/.pre-commit-hooks.yaml"

command -v pre-commit >/dev/null 2>&1 || { echo "pre-commit.sh: pre-commit not installed, skipped"; exit 77; }
command -v git >/dev/null 2>&1 || { echo "pre-commit.sh: git not installed, skipped"; exit 77; }
[ -x "$bindir/ownck" ] || { echo "pre-commit.sh: no ownck in $bindir" >&2; exit 1; }
[ -f "$hooks" ] || { echo "pre-commit.sh: $hooks is missing" >&2; exit 1; }
bindir=$(cd "$bindir" && pwd)

# /tmp, not the build tree: "ownck -p auto" looks for build directories in the parents
# of the repository, and the build tree's parent is this source tree.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ownck-pre-commit.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

# Nothing of the user's: no ~/.gitconfig, no system git config, pre-commit's cache here.
export HOME="$tmp/home" PRE_COMMIT_HOME="$tmp/cache" XDG_CACHE_HOME="$tmp/home/.cache"
export GIT_CONFIG_NOSYSTEM=1 PATH="$bindir:$PATH"
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
mkdir -p "$HOME"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The hook entry of .pre-commit-hooks.yaml as a list item under "hooks:" (indented by
# six spaces), comments and blank lines dropped.
hook_fields() {
  awk '/^- id:/ { n++ } n == 1 && NF && !/^[[:space:]]*#/ { print "      " $0 }' "$hooks"
}

gitc() { git -c user.name=t -c user.email=t@t -c commit.gpgsign=false "$@"; }

# run_case NAME CONFIG_TEXT: a fresh repository with that .pre-commit-config.yaml.
run_case() {
  name=$1
  repo="$tmp/$name"
  if ! { mkdir -p "$repo" && cd "$repo" && git init -q . &&
         printf '%s\n' "$2" > .pre-commit-config.yaml &&
         gitc add .pre-commit-config.yaml && gitc commit -q -m config; }; then
    fail "$name: cannot create a repository with the configuration in $repo"; return
  fi
  if ! pre-commit install > "$tmp/$name.install.log" 2>&1; then
    fail "$name: pre-commit install failed:"; cat "$tmp/$name.install.log"; return
  fi

  # 1. A leak: the commit is refused, and ownck says why.
  cat > leak.c <<'EOF'
#include <stdlib.h>

void f(void) { char *p = malloc(4); }
EOF
  gitc add leak.c
  if gitc commit -m leak > "$tmp/$name.leak.log" 2>&1; then
    fail "$name: the commit of a leaking file was accepted:"; cat "$tmp/$name.leak.log"
  elif ! grep -q 'OWN003' "$tmp/$name.leak.log"; then
    fail "$name: the commit was refused, but the output does not name OWN003:"
    cat "$tmp/$name.leak.log"
  else
    echo "ok: $name: a leak is refused"
    sed 's/^/    /' "$tmp/$name.leak.log"
  fi

  # 2. The fixed file is committed.
  cat > leak.c <<'EOF'
#include <stdlib.h>

void f(void) { char *p = malloc(4); free(p); }
EOF
  gitc add leak.c
  if gitc commit -q -m fixed > "$tmp/$name.fixed.log" 2>&1; then
    echo "ok: $name: a clean file is committed"
  else
    fail "$name: the commit of a clean file was refused:"; cat "$tmp/$name.fixed.log"
  fi

  # 3. Headers reach the hook too: a leak in a static inline function of a header.
  cat > util.h <<'EOF'
#include <stdlib.h>

static inline void g(void) { char *q = malloc(8); }
EOF
  gitc add util.h
  if gitc commit -m header > "$tmp/$name.header.log" 2>&1; then
    fail "$name: the commit of a leaking header was accepted:"; cat "$tmp/$name.header.log"
  elif ! grep -q 'OWN003' "$tmp/$name.header.log"; then
    fail "$name: the header commit was refused, but the output does not name OWN003:"
    cat "$tmp/$name.header.log"
  else
    echo "ok: $name: a leak in a header is refused"
  fi
  gitc reset -q HEAD util.h && rm -f util.h

  # 4. With a compile database in build/ (not committed), "-p auto" finds it and the
  #    file is parsed with its flags: without -DOWNCK_HOOK_TEST it would not compile.
  mkdir -p build
  printf '[{"directory": "%s", "file": "flags.c", "arguments": ["cc", "-DOWNCK_HOOK_TEST=1", "-c", "flags.c"]}]\n' \
    "$repo" > build/compile_commands.json
  cat > flags.c <<'EOF'
#include <stdlib.h>
#ifndef OWNCK_HOOK_TEST
#error "compiled without the flags of build/compile_commands.json"
#endif
void h(void) { char *r = malloc(2); }
EOF
  gitc add flags.c
  if gitc commit -m flags > "$tmp/$name.flags.log" 2>&1; then
    fail "$name: the commit of a leaking file in the compile database was accepted:"
    cat "$tmp/$name.flags.log"
  elif grep -q -e '#error' -e 'compiled without the flags' "$tmp/$name.flags.log" ||
       ! grep -q 'OWN003' "$tmp/$name.flags.log"; then
    fail "$name: the hook did not use build/compile_commands.json:"; cat "$tmp/$name.flags.log"
  else
    echo "ok: $name: the flags of build/compile_commands.json are used"
  fi
  gitc reset -q HEAD flags.c && rm -rf flags.c build
  cd "$tmp" || exit 1
}

run_case local "repos:
  - repo: local
    hooks:
$(hook_fields)"

# The way users consume the hook: the repository at a commit that has the file.
if git -C "$src" rev-parse --verify -q 'HEAD:.pre-commit-hooks.yaml' >/dev/null 2>&1; then
  rev=$(git -C "$src" rev-parse HEAD)
  run_case remote "repos:
  - repo: $src
    rev: $rev
    hooks:
      - id: ownck"
else
  echo "note: .pre-commit-hooks.yaml is not committed in $src: 'repo: $src' not tried"
fi

if [ "$failures" -gt 0 ]; then
  echo "pre-commit.sh: $failures failure(s)"
  exit 1
fi
echo "pre-commit.sh: all passed"
