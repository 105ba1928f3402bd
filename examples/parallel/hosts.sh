#!/usr/bin/env bash
# The same map/reduce over several machines with GNU parallel's --sshlogin.
# Each host needs caucus installed at the same path (and passwordless ssh);
# chunks travel over ssh's stdin, so no shared file system is needed.
#
# usage: HOSTS='8/alice@node1,8/node2,:' examples/parallel/hosts.sh corpus.jsonl > stats.jsonl
#   8/host  runs 8 chunks at a time on host; ':' is this machine
#   or put one login per line in a file and use --sshloginfile FILE.
set -euo pipefail
in=${1:?usage: HOSTS=... hosts.sh corpus.jsonl}
hosts=${HOSTS:-:}
caucus=${CAUCUS:-caucus}

# Annotate on the cluster, keeping input order: identical to `caucus entities`.
#   parallel --pipe -N 200 --keep-order --sshlogin "$hosts" "$caucus entities" < "$in"

# Count on the cluster, reduce here: identical to `caucus entities | caucus stats`.
parallel --will-cite --pipe -N 200 --sshlogin "$hosts" \
  "$caucus entities | $caucus stats --partial" < "$in" \
  | "$caucus" stats --merge
