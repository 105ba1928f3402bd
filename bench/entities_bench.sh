#!/usr/bin/env bash
# Throughput of read, segment and entities (JSONL in and out, one thread) on a
# corpus built from ../shared/corpus, and in the same run the time of
#   rg --json -F -i -w -f <(caucus dict export --phrases)
# on the same corpus. Prints MB/s from wall time and from CPU time (user+sys),
# the median of RUNS runs, and the ratio entities : ripgrep.
#
# usage: bench/entities_bench.sh [BUILD_DIR] [MEGABYTES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
MB=${2:-200}
RUNS=${3:-3}
CAUCUS=$BUILD/caucus
TMP=${TMPDIR:-/tmp}/caucus-bench
mkdir -p "$TMP"
CORPUS=$TMP/corpus-$MB.jsonl
[ -s "$CORPUS" ] || python3 bench/make_corpus.py "$CORPUS" "$MB"
SIZE=$(stat -c %s "$CORPUS")
"$CAUCUS" dict export --phrases > "$TMP/phrases.txt"
"$CAUCUS" segment "$CORPUS" > "$TMP/segmented.jsonl"

# Runs a command RUNS times; prints "median_wall median_cpu" in seconds.
measure() {
  local walls=() cpus=()
  for _ in $(seq "$RUNS"); do
    local t
    /usr/bin/time -o "$TMP/time.txt" -f '%e %U %S' "$@" > /dev/null 2> /dev/null || true
    t=$(tail -1 "$TMP/time.txt")
    walls+=("$(echo "$t" | awk '{print $1}')")
    cpus+=("$(echo "$t" | awk '{print $2 + $3}')")
  done
  printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%s ", a[int((NR+1)/2)]}'
  printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

report() {
  local name=$1 wall=$2 cpu=$3
  awk -v n="$name" -v s="$SIZE" -v w="$wall" -v c="$cpu" \
    'BEGIN {printf "%-28s %7.2f s wall %7.1f MB/s   %7.2f s cpu %7.1f MB/s\n", n, w, s/1e6/w, c, s/1e6/c}'
}

echo "corpus: $CORPUS ($((SIZE / 1000000)) MB), median of $RUNS runs, one thread"
read -r w c < <(measure "$CAUCUS" read "$CORPUS");            report "caucus read" "$w" "$c"
read -r w c < <(measure "$CAUCUS" segment "$CORPUS");         report "caucus segment" "$w" "$c"
read -r ew ec < <(measure "$CAUCUS" entities "$CORPUS");      report "caucus entities" "$ew" "$ec"
read -r w c < <(measure "$CAUCUS" entities "$TMP/segmented.jsonl"); report "caucus entities (segmented)" "$w" "$c"
# Peak memory on one long document dense with names (bench/dense_doc.py).
DENSE=$TMP/dense-12.jsonl
[ -s "$DENSE" ] || python3 bench/dense_doc.py "$DENSE" 12
/usr/bin/time -o "$TMP/time.txt" -f '%e %U %S %M' "$CAUCUS" entities "$DENSE" > /dev/null
awk '{printf "%-28s %7.2f s wall %7.2f s cpu %7.0f MB peak memory\n", "caucus entities (dense 12 MB)", $1, $2 + $3, $4 / 1024}' "$TMP/time.txt"
if command -v rg > /dev/null; then
  read -r rw rc < <(measure rg --json -F -i -w -f "$TMP/phrases.txt" "$CORPUS"); report "rg --json -F -i -w -f" "$rw" "$rc"
  awk -v a="$ew" -v b="$rw" -v c="$ec" -v d="$rc" \
    'BEGIN {printf "entities is %.2fx faster than ripgrep (wall), %.2fx (cpu)\n", b/a, d/c}'
fi
if [ -x "$CAUCUS" ] && "$CAUCUS" help 2>/dev/null | grep -q stances; then
  pipeline() { "$CAUCUS" segment "$CORPUS" | "$CAUCUS" entities | "$CAUCUS" stances; }
  export -f pipeline 2>/dev/null || true
  read -r w c < <(measure bash -c "'$CAUCUS' segment '$CORPUS' | '$CAUCUS' entities | '$CAUCUS' stances")
  report "segment|entities|stances" "$w" "$c"
  read -r w1 c1 < <(measure "$CAUCUS" stances --jobs 1 "$TMP/segmented.jsonl")
  read -r w2 c2 < <(measure "$CAUCUS" stances --jobs 2 "$TMP/segmented.jsonl")
  awk -v a="$w1" -v b="$w2" 'BEGIN {printf "stances --jobs 2 vs --jobs 1: %.2fx (wall)\n", a/b}'
fi
