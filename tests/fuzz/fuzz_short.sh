#!/bin/sh
# Runs each libFuzzer binary for SECONDS on a scratch copy of its seed corpus
# (so the source tree is never written to). Fails on the first crash, leak or
# timeout; the reproducer is left in the scratch directory and named below.
#
#   fuzz_short.sh SECONDS FUZZER SEEDDIR [FUZZER SEEDDIR ...]
set -eu
seconds=$1
shift
scratch=$(mktemp -d "${TMPDIR:-/tmp}/caucus-fuzz.XXXXXX")
status=0
while [ $# -ge 2 ]; do
  fuzzer=$1
  seeds=$2
  shift 2
  name=$(basename "$fuzzer")
  mkdir -p "$scratch/$name/corpus" "$scratch/$name/artifacts"
  cp "$seeds"/* "$scratch/$name/corpus/" 2>/dev/null || true
  echo "fuzz_short: $name for ${seconds}s"
  if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -print_final_stats=1 -artifact_prefix="$scratch/$name/artifacts/" \
       "$scratch/$name/corpus" >"$scratch/$name/log" 2>&1; then
    tail -n 60 "$scratch/$name/log"
    echo "fuzz_short: $name FAILED; reproducer(s) in $scratch/$name/artifacts/"
    status=1
  else
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "$scratch/$name/log" || true
  fi
done
[ "$status" -eq 0 ] && rm -rf "$scratch"
exit "$status"
