#!/bin/bash
# How `caucus check` scales with the number of rules: N existence rules of one
# token each (words of the document, two-word phrases and words that occur
# nowhere; every other rule case-insensitive), over one document of about
# 0.5 MB made from ../shared/corpus, and over a one-line document (the cost
# of compiling the rules). Prints seconds and peak memory for each N.
#
#   bash bench/check_rules_bench.sh [BUILD_DIR] [N...]     (default: 1000 10000 100000)
set -euo pipefail
build=${1:-build}
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000 10000 100000)
caucus=$(cd "$build" && pwd)/caucus
here=$(cd "$(dirname "$0")" && pwd)
work=${TMPDIR:-/tmp}/caucus-bench/check-rules
mkdir -p "$work"

doc=$work/doc.txt
if [ ! -s "$doc" ]; then
  find "$here/../../shared/corpus"/{blogs,news,official,records,reports,seed,transcripts,ungd,wikipedia} \
    -name '*.txt' -type f 2>/dev/null | sort | xargs cat > "$doc"
fi
echo "Nothing to see." > "$work/empty.txt"
echo "document: $(wc -c < "$doc") bytes"

for n in "${counts[@]}"; do
  rules=$work/rules-$n.json
  python3 - "$doc" "$n" "$rules" <<'PY'
import json, re, sys
doc, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
words = sorted(set(w for w in re.findall(r"[A-Za-z]{4,}", open(doc, encoding="utf-8").read())))
rules = []
for i in range(n):
    w = words[i % len(words)]
    if i % 5 == 1:
        token = w + " " + words[(i * 7) % len(words)]  # a phrase, rarely in the text
    elif i >= len(words):
        token = w + "x" + str(i)  # occurs nowhere
    else:
        token = w
    rule = {"id": f"r{i}", "type": "existence", "tokens": [token], "severity": "suggestion"}
    if i % 2:
        rule["ignore_case"] = True
    rules.append(rule)
json.dump({"version": 1, "rules": rules}, open(out, "w"))
PY
  for input in "$doc" "$work/empty.txt"; do
    out=$work/findings-$n-$(basename "$input" .txt).jsonl  # kept, to compare builds
    /usr/bin/time -f "%e %U %M" -o "$work/time" \
      "$caucus" check --rules "$rules" --format jsonl --fail-on none "$input" > "$out" 2>/dev/null || true
    read -r wall user kb < <(tail -n 1 "$work/time")
    printf '%7d rules, %-9s %6.2f s wall %6.2f s user %7.1f MB peak, %d findings\n' \
      "$n" "$([ "$input" = "$doc" ] && echo document || echo one-line)" "$wall" "$user" \
      "$(echo "$kb / 1024" | bc -l)" "$(wc -l < "$out")"
  done
done
