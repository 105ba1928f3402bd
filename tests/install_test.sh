#!/usr/bin/env bash
# Install test: installs caucus into a scratch prefix and checks what a user
# gets there, then builds examples/find_package against it with
# find_package(caucus) and runs it.
#
#   tests/install_test.sh SOURCE_DIR [BUILD_DIR]
#
# With BUILD_DIR (as ctest runs it) the already built tree is installed, which
# keeps the test fast; without, caucus is configured and built from scratch in
# a scratch directory first. Everything is removed afterwards unless
# KEEP_INSTALL_TEST=1.
set -euo pipefail

src=$(cd "${1:?usage: install_test.sh SOURCE_DIR [BUILD_DIR]}" && pwd)
build=${2:-}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/caucus-install.XXXXXX")
if [ "${KEEP_INSTALL_TEST:-0}" != 1 ]; then trap 'rm -rf "$scratch"' EXIT; fi
prefix=$scratch/prefix
unset CAUCUS_DICT_DIR  # the installed binary must find its own dictionaries

fail() { echo "install_test: FAIL: $*" >&2; exit 1; }
step() { echo "install_test: $*"; }

generator=()
if command -v ninja >/dev/null; then generator=(-G Ninja); fi

if [ -z "$build" ]; then
  build=$scratch/build
  step "configuring and building $src in $build"
  cmake -S "$src" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
        -DCAUCUS_BUILD_TESTS=OFF >"$scratch/configure.log" 2>&1 ||
    { cat "$scratch/configure.log"; fail "configure"; }
  cmake --build "$build" -j "${JOBS:-2}" >"$scratch/build.log" 2>&1 ||
    { tail -50 "$scratch/build.log"; fail "build"; }
fi

step "installing into $prefix"
cmake --install "$build" --prefix "$prefix" >"$scratch/install.log" 2>&1 ||
  { cat "$scratch/install.log"; fail "cmake --install"; }

# ---- what is installed ---------------------------------------------------------
for f in bin/caucus include/caucus/record.h include/caucus/status.h \
         share/caucus/governments.json share/man/man1/caucus.1 \
         share/bash-completion/completions/caucus share/zsh/site-functions/_caucus; do
  [ -e "$prefix/$f" ] || fail "$f is not installed"
done
libdir=
for d in lib lib64 lib/x86_64-linux-gnu; do
  if [ -f "$prefix/$d/cmake/caucus/caucusConfig.cmake" ]; then libdir=$d; fi
done
[ -n "$libdir" ] || fail "caucusConfig.cmake is not installed"
[ -f "$prefix/$libdir/libcaucus.a" ] || [ -f "$prefix/$libdir/libcaucus.so" ] ||
  fail "libcaucus is not installed in $libdir"
# Only public headers: nothing from lib/ that is internal.
for h in "$prefix"/include/caucus/*; do
  [ -f "$src/lib/include/caucus/$(basename "$h")" ] || fail "unexpected header $h"
done
for h in io.h json.h file_filter.h suggest.h; do
  [ ! -e "$prefix/include/caucus/$h" ] || fail "the internal header $h is installed"
done
# Each public header compiles alone against the installed headers, so none
# includes an internal one (or leans on one included before it).
cxx=${CXX:-c++}
for h in "$prefix"/include/caucus/*.h; do
  printf '#include <caucus/%s>\n' "$(basename "$h")" |
    "$cxx" -std=c++17 -fsyntax-only -I"$prefix/include" -x c++ - 2>"$scratch/header.err" ||
    { cat "$scratch/header.err"; fail "include/caucus/$(basename "$h") does not compile alone"; }
done
step "$(ls "$prefix"/include/caucus | wc -l) public headers, each compiles alone"

# ---- the installed binary ------------------------------------------------------------
cd "$scratch"  # not the source tree: nothing may be found relative to it
caucus=$prefix/bin/caucus
version=$("$caucus" --version) || fail "caucus --version"
case $version in "caucus "[0-9]*) ;; *) fail "caucus --version printed '$version'";; esac
step "$version"

out=$(printf 'The delegation of Brazil thanked the ITU.\n' | "$caucus" read) ||
  fail "caucus read on stdin"
case $out in '{"id":"stdin","text":"The delegation of Brazil thanked the ITU.\n"'*) ;;
  *) fail "caucus read printed: $out";; esac

# Every tool is reachable through its caucus-NAME symlink.
tools=$("$caucus" help | awk '/^tools:/{t=1; next} t && /^  [a-z]/{print $1} t && /^$/{t=0}')
[ -n "$tools" ] || fail "caucus help lists no tools"
for tool in $tools; do
  link=$prefix/bin/caucus-$tool
  [ -L "$link" ] || fail "caucus-$tool is not a symlink"
  [ "$(readlink "$link")" = caucus ] || fail "caucus-$tool points to $(readlink "$link")"
  "$link" --help >"$scratch/help.txt" 2>&1 || fail "caucus-$tool --help"
  head -n 1 "$scratch/help.txt" | grep -q "^caucus $tool" ||
    fail "caucus-$tool --help does not describe $tool: $(head -n 1 "$scratch/help.txt")"
done
step "symlinks ok: $(echo $tools)"

# The dictionaries come from <prefix>/share/caucus, without flags.
if echo "$tools" | grep -qx dict; then
  "$caucus" dict list >"$scratch/dict.jsonl" 2>"$scratch/dict.err" ||
    { cat "$scratch/dict.err"; fail "caucus dict list"; }
  [ -s "$scratch/dict.jsonl" ] || fail "caucus dict list printed nothing"
  # The binary may name the directory as <prefix>/bin/../share/caucus.
  sed -i 's|/bin/\.\./share/|/share/|g' "$scratch/dict.jsonl"
  grep -q "\"file\":\"$prefix/share/caucus/" "$scratch/dict.jsonl" ||
    fail "caucus dict list does not use $prefix/share/caucus: $(head -c 300 "$scratch/dict.jsonl")"
  if grep -q '"file":"' "$scratch/dict.jsonl" &&
     grep '"file":"' "$scratch/dict.jsonl" | grep -vq "\"file\":\"$prefix/share/caucus/"; then
    fail "caucus dict list loads dictionaries from outside $prefix/share/caucus"
  fi
  step "dictionaries found in $prefix/share/caucus"
fi
if echo "$tools" | grep -qx entities; then
  ents=$(printf 'Iran and Brazil spoke at the ITU.\n' | "$caucus" entities) || fail "caucus entities"
  for id in IRN BRA ITU; do
    echo "$ents" | grep -q "\"id\":\"$id\"" || fail "caucus entities did not find $id: $ents"
  done
  step "caucus entities ok"
fi

# ---- a consumer of the installed package -------------------------------------------------
step "building examples/find_package against $prefix"
cmake -S "$src/examples/find_package" -B "$scratch/example" "${generator[@]}" \
      -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >"$scratch/example.log" 2>&1 ||
  { cat "$scratch/example.log"; fail "configuring the find_package example"; }
cmake --build "$scratch/example" >>"$scratch/example.log" 2>&1 ||
  { tail -40 "$scratch/example.log"; fail "building the find_package example"; }
# Entities and stances through the Annotator, as `caucus stances` computes them.
got=$(printf '%s\n' '{"id":"a","text":"Iran and the ITU."}' '' '{"id":"b","text":"Côte d’Ivoire"}' \
        '{"id":"c","text":"Brazil supports the multistakeholder model."}' |
      "$scratch/example/caucus_example" "$prefix/share/caucus") || fail "running the example"
want=$(printf 'a\t17\tIRN ITU\nb\t16\tCIV\nc\t43\tBRA multistakeholder-model\tBRA support multistakeholder-model')
[ "$got" = "$want" ] || fail "the example printed '$got', want '$want'"
if printf '{oops\n' | "$scratch/example/caucus_example" "$prefix/share/caucus" 2>"$scratch/ex.err"; then
  fail "the example accepted a malformed line"
fi
grep -q '<stdin>:1: ' "$scratch/ex.err" || fail "the example's error lacks the line: $(cat "$scratch/ex.err")"
step "ok"
