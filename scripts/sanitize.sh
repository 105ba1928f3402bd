#!/usr/bin/env bash
# Builds caucus with AddressSanitizer and UndefinedBehaviorSanitizer (GCC, no
# extra packages) in BUILD_DIR (default build-asan) and runs the test suite
# under them: the unit tests, the CLI, golden and fault tests all run the
# sanitized binary, and any report (memory error, leak, undefined behaviour)
# fails the run. The install test is left out: it links an example against
# the installed library, which would need the sanitizer runtime too.
#
#   bash scripts/sanitize.sh [BUILD_DIR] [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-asan}
shift || true
bash scripts/deps.sh
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" \
  -DCMAKE_SHARED_LINKER_FLAGS="$flags" >/dev/null
cmake --build "$dir"
# Reports abort the process (so a test sees a failure), with a stack trace.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
# Leaks inside system libraries (poppler's fontconfig cache) are listed, with
# reasons, in scripts/lsan.supp.
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Tests that measure memory or time allow for the sanitizers' overhead.
export CAUCUS_SANITIZED=1
ctest --test-dir "$dir" --output-on-failure -LE slow -E '^install$' -j2 "$@"
