#!/usr/bin/env bash
# Benchmarks `caucus check` on a ~1 GB JSONL corpus built in /tmp from the
# texts in ../shared/corpus (bench/make_corpus.py; never committed): MB/s and
# peak memory (/usr/bin/time -v) for
#   text   - substitution, existence, occurrence and acronym rules on plain
#            document records (no layers), the common CI case;
#   entity - the same plus entity-form and unknown-body rules, so the entity
#            recogniser runs on every document.
#
# usage: bench/check_bench.sh [BUILD_DIR] [MEGABYTES]   (default build, 1000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
mb=${2:-1000}
caucus=$(cd "$build" && pwd)/caucus
work=${BENCH_DIR:-/tmp/caucus-check-bench}
mkdir -p "$work"

big="$work/corpus-${mb}mb.jsonl"
[ -s "$big" ] || python3 "$here/make_corpus.py" "$big" "$mb"
bytes=$(stat -c %s "$big")

cat > "$work/text-rules.json" <<'JSON'
{
  "version": 1,
  "well_known": ["UN", "US", "USA", "UK", "EU", "ICT", "ICTs", "TV", "CEO", "PDF"],
  "rules": [
    {"id": "multistakeholder", "type": "substitution",
     "swap": {"multi-stakeholder": "multistakeholder", "multi stakeholder": "multistakeholder",
              "e-mail": "email", "web site": "website"}},
    {"id": "capitalisation", "type": "substitution", "severity": "suggestion",
     "terms": ["ITU-T Study Group", "Internet Governance Forum", "Tunis Agenda",
               "World Summit on the Information Society"]},
    {"id": "loaded-language", "type": "existence", "severity": "error",
     "tokens": ["UN takeover", "kill switch", "Internet takeover"], "ignore_case": true},
    {"id": "dates", "type": "existence", "severity": "suggestion",
     "patterns": ["\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\. \\d{1,2}\\b"]},
    {"id": "itu-mentions", "type": "occurrence", "tokens": ["ITU"], "max": 25},
    {"id": "acronym-defined", "type": "acronym"}
  ]
}
JSON
python3 - "$work/text-rules.json" "$work/entity-rules.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
r["rules"] += [
    {"id": "un-names", "type": "entity-form", "kind": "government",
     "require": {"RUS": "Russian Federation", "IRN": "Islamic Republic of Iran",
                 "KOR": "Republic of Korea", "GBR": "United Kingdom"}},
    {"id": "unknown-body", "type": "unknown-body", "severity": "suggestion"}]
json.dump(r, open(sys.argv[2], "w"), indent=1)
PY

run() {  # name rules
  local log="$work/$1.time"
  /usr/bin/time -v "$caucus" check --rules "$2" --format jsonl --fail-on none "$big" \
    > "$work/$1.findings.jsonl" 2> "$log"
  local secs rss n
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0;
         for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  n=$(wc -l < "$work/$1.findings.jsonl")
  awk -v name="$1" -v b="$bytes" -v s="$secs" -v r="$rss" -v n="$n" 'BEGIN {
    printf "%-7s %8.1f MB in %6.1f s = %6.1f MB/s, peak RSS %6.1f MB, %d findings\n",
           name, b / 1e6, s, b / 1e6 / s, r / 1024, n }'
}

echo "caucus check on $big (one thread):"
run text "$work/text-rules.json"
run entity "$work/entity-rules.json"
