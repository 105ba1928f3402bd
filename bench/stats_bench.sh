#!/usr/bin/env bash
# Benchmarks `caucus stats` on a ~1 GB annotated JSONL corpus built in /tmp
# from the texts in ../shared/corpus (never committed): MB/s and peak memory
# (/usr/bin/time -v), for the full report, entity-only keys, --partial, and
# --merge of the partials.
#
# usage: bench/stats_bench.sh [BUILD_DIR] [MEGABYTES]   (default build, 1000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
mb=${2:-1000}
caucus=$(cd "$build" && pwd)/caucus
shared=${CAUCUS_SHARED_CORPUS:-$here/../../shared/corpus}
work=${BENCH_DIR:-/tmp/caucus-stats-bench}
mkdir -p "$work"

# 1. One annotated copy of every text document: entities, plus stances when
#    this build has the stances tool (stats then counts actors and topics).
if [ ! -s "$work/base.jsonl" ]; then
  dirs=()
  for d in "$shared"/*/; do case "$d" in */data/) ;; *) dirs+=("$d") ;; esac; done
  "$caucus" read -r "${dirs[@]}" > "$work/read.jsonl" || true
  if "$caucus" stances --help >/dev/null 2>&1; then
    "$caucus" entities "$work/read.jsonl" | "$caucus" stances > "$work/base.jsonl" || true
  else
    "$caucus" entities "$work/read.jsonl" > "$work/base.jsonl"
  fi
fi

# 2. Repeat it with distinct ids up to the size asked.
big="$work/corpus-${mb}mb.jsonl"
if [ ! -s "$big" ]; then
  : > "$big"
  k=0
  target=$((mb * 1000000))
  while [ "$(stat -c %s "$big")" -lt "$target" ]; do
    sed "s/^{\"id\":\"/{\"id\":\"r$k\//" "$work/base.jsonl" >> "$big"
    k=$((k + 1))
  done
fi
size=$(stat -c %s "$big")
docs=$(wc -l < "$big")
echo "corpus: $big, $((size / 1000000)) MB, $docs documents"

# Prints wall-clock MB/s, CPU time (user+sys) and MB per CPU-second, and peak
# RSS. On a shared machine the wall clock mostly measures the neighbours; the
# CPU figure is the one to compare.
run() {  # label, then the command
  local label=$1
  shift
  /usr/bin/time -v "$@" > "$work/out.txt" 2> "$work/time.txt"
  local secs cpu rss
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0;
         for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time.txt")
  cpu=$(awk -F': ' '/(User|System) time/ {s += $2} END {print s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$work/time.txt")
  awk -v l="$label" -v b="$size" -v s="$secs" -v c="$cpu" -v r="$rss" \
    'BEGIN {printf "%-30s wall %6.1f s %6.1f MB/s | cpu %6.1f s %6.1f MB/cpu-s | peak %5.1f MB\n",
            l, s, b / 1e6 / s, c, b / 1e6 / c, r / 1024}'
}

run "stats (all keys, -j1)" "$caucus" stats "$big"
run "stats --by entity,kind (-j1)" "$caucus" stats --by entity,kind "$big"
run "stats (all keys, -j2)" "$caucus" stats -j 2 "$big"
"$caucus" stats --partial "$big" > "$work/whole.part"
split -n l/8 "$big" "$work/chunk."
for c in "$work"/chunk.??; do "$caucus" stats --partial "$c" > "$c.part"; done
"$caucus" stats --merge "$work"/chunk.??.part > "$work/merged.txt"
"$caucus" stats "$big" > "$work/single.txt"
cmp "$work/merged.txt" "$work/single.txt" && echo "merge of 8 partials == single run: yes"
echo "partial size: $(stat -c %s "$work/whole.part") bytes"
rm -f "$work"/chunk.*
