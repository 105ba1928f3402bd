#!/usr/bin/env bash
# Runs one caucus pipeline in a single process and again through GNU parallel,
# and checks that both give exactly the same bytes:
#
#   1. annotation:  parallel --pipe -N 50 --keep-order caucus entities
#   2. map/reduce:  parallel --pipe -N 50 'caucus entities | caucus stats --partial'
#                   | caucus stats --merge        (no --keep-order needed: merging
#                                                  is order-independent)
#
# usage: examples/parallel/same-result.sh [CORPUS_DIR]   (default ../shared/corpus/news)
# environment:
#   CAUCUS    the caucus binary (default: caucus on PATH); use an absolute path
#             with SSHLOGIN so the remote shells find it
#   N         records per chunk (default 50)
#   SSHLOGIN  run the chunks on these hosts, e.g. ':' (this host over the
#             --sshlogin code path) or '4/alice@node1,4/node2,:' (see hosts.sh)
set -euo pipefail
corpus=${1:-../shared/corpus/news}
caucus=${CAUCUS:-caucus}
n=${N:-50}
ssh=()
if [ -n "${SSHLOGIN:-}" ]; then ssh=(--sshlogin "$SSHLOGIN"); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One record per document; ids are the file paths, so every run agrees on them.
"$caucus" read -r "$corpus" > "$work/corpus.jsonl"

# Single process.
"$caucus" entities "$work/corpus.jsonl" > "$work/one.jsonl"
"$caucus" stats "$work/one.jsonl" > "$work/one.stats"

# GNU parallel: chunks of N records, output kept in input order.
parallel --will-cite --pipe -N "$n" --keep-order "${ssh[@]}" "$caucus entities" \
  < "$work/corpus.jsonl" > "$work/par.jsonl"
cmp "$work/one.jsonl" "$work/par.jsonl"

# Map/reduce: each chunk becomes a stats partial; the partials merge.
parallel --will-cite --pipe -N "$n" "${ssh[@]}" "$caucus entities | $caucus stats --partial" \
  < "$work/corpus.jsonl" | "$caucus" stats --merge > "$work/par.stats"
cmp "$work/one.stats" "$work/par.stats"

echo "same result: $(wc -l < "$work/one.jsonl") documents," \
     "$(wc -l < "$work/one.stats") stats rows, chunks of $n${SSHLOGIN:+, sshlogin $SSHLOGIN}"
