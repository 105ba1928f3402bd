#!/usr/bin/env python3
"""Who criticises whom in UN Security Council records read from their PDF (issue #13).

tests/gold/criticism-records.jsonl annotates whole verbatim records of
../shared/corpus/records (S/PV.8700, S/PV.8699-Resumption1) for criticism:
every sentence in which the speaker's state directly and negatively evaluates,
accuses or makes a demand of another state, with the speaker and target ISO3
codes and the act (condemn, accuse, criticise, demand). The gold holds
annotations only: byte offsets of the sentence in `caucus read`'s text, the
turn index in `caucus turns`, and a sha1 prefix of the sentence bytes that
re-anchors an annotation when the text moves. A `borderline` annotation
(criticism by implication, a state not named in the sentence, a correction
of another speaker, an appeal) is neither required nor penalised: a predicted
pair there is ignored.

Each document runs through `caucus read | caucus turns | caucus segment |
caucus stances`, as a new user would run it on the PDF; a stance counts as
in bench/unscon_eval.py (oppose, an actor id, a target that links to a
government), on the sentence its evidence overlaps most. Pairs are scored
per sentence (document, sentence, speaker, target) and per speech (document,
turn, speaker, target).

  python3 bench/records_crit_eval.py --caucus build/caucus
  python3 bench/records_crit_eval.py --errors | less

Exit status 0; 1 when a --min-* floor is not reached; 77 when the records are
absent (the ctest skip code); 2 on bad usage or a gold file that does not parse.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import unscon_eval as u  # noqa: E402

DEFAULT_GOLD = os.path.join(HERE, "..", "tests", "gold", "criticism-records.jsonl")
DEFAULT_CORPUS = os.path.join(HERE, "..", "..", "shared", "corpus")
ACTS = {"condemn", "accuse", "criticise", "demand"}


def sha(b):
    return hashlib.sha1(b).hexdigest()[:12]


def load_gold(path):
    """Returns (documents in order, {document: [annotation]})."""
    docs, ann = [], {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                sys.exit(f"records_crit_eval: {path}:{n}: {e}")
            if "scope" in r:
                docs.append(r)
                ann.setdefault(r["document"], [])
                continue
            for key in ("document", "turn", "span", "sha1", "speaker", "target", "act"):
                if key not in r:
                    sys.exit(f"records_crit_eval: {path}:{n}: no {key}")
            if r["act"] not in ACTS:
                sys.exit(f"records_crit_eval: {path}:{n}: unknown act {r['act']}")
            if r["document"] not in ann:
                sys.exit(f"records_crit_eval: {path}:{n}: document {r['document']} has no scope line before it")
            ann[r["document"]].append(r)
    return docs, ann


def run_caucus(caucus, pdf):
    read = subprocess.run([caucus, "read", pdf], stdout=subprocess.PIPE, check=True).stdout
    turns = subprocess.run([caucus, "turns"], input=read, stdout=subprocess.PIPE, check=True).stdout
    seg = subprocess.run([caucus, "segment"], input=turns, stdout=subprocess.PIPE, check=True).stdout
    out = subprocess.run([caucus, "stances"], input=seg, stdout=subprocess.PIPE, check=True).stdout
    return json.loads(out.decode().splitlines()[0])


class Sentences:
    """The record's sentences as unscon_eval.predicted_pairs reads a speech."""

    def __init__(self, record):
        self.sentences = [tuple(s["span"]) for s in record.get("sentences", [])]


def sentence_of(sentences, b, e):
    best, best_overlap = None, 0
    for i, (sb, se) in enumerate(sentences):
        overlap = min(e, se) - max(b, sb)
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


def anchor(record, annotations):
    """[(sentence index, annotation)]; an annotation whose bytes changed is
    found again by its sha1 among the record's sentences, else dropped
    (reported on stderr)."""
    text = record["text"].encode()
    sentences = [tuple(s["span"]) for s in record.get("sentences", [])]
    by_sha = {}
    for i, (b, e) in enumerate(sentences):
        by_sha.setdefault(sha(text[b:e]), i)
    out = []
    for a in annotations:
        b, e = a["span"]
        if sha(text[b:e]) == a["sha1"]:
            i = sentence_of(sentences, b, e)
        else:
            i = by_sha.get(a["sha1"])
        if i is None:
            print(f"records_crit_eval: {a['document']}: sentence {a['span']} ({a['sha1']}) not found "
                  f"in caucus's text; skipped", file=sys.stderr)
            continue
        out.append((i, a))
    return out


def turn_of(record, b, e):
    for k, t in enumerate(record.get("turns", [])):
        if t["span"][0] <= b and e <= t["span"][1]:
            return k
    return -1


def evaluate(docs, ann, records):
    gold_sent, border_sent, pred_sent = set(), set(), set()
    gold_speech, border_speech, pred_speech = set(), set(), set()
    details = []
    for d in docs:
        doc = d["document"]
        record = records[doc]
        sentences = [tuple(s["span"]) for s in record.get("sentences", [])]
        for i, a in anchor(record, ann[doc]):
            turn = turn_of(record, *sentences[i])
            key = (doc, i, a["speaker"], a["target"])
            skey = (doc, turn, a["speaker"], a["target"])
            if a.get("borderline"):
                border_sent.add(key)
                border_speech.add(skey)
            else:
                gold_sent.add(key)
                gold_speech.add(skey)
        pairs = u.predicted_pairs(record, 0, Sentences(record))
        for i, actor, state, _ in pairs:
            pred_sent.add((doc, i, actor, state))
            pred_speech.add((doc, turn_of(record, *sentences[i]), actor, state))
        details.append((doc, record, pairs))
    border_sent -= gold_sent
    border_speech -= gold_speech
    scores = {"documents": len(docs), "gold_sentences": len({k[:2] for k in gold_sent}),
              "borderline_pairs": len(border_sent),
              "sentence": u.prf(gold_sent, pred_sent - border_sent),
              "speech": u.prf(gold_speech, pred_speech - border_speech)}
    return scores, details, gold_sent, border_sent, pred_sent


def print_errors(details, gold_sent, border_sent, pred_sent):
    for doc, record, pairs in details:
        text = record["text"].encode()
        print(f"== {doc}")
        for i, s in enumerate(record.get("sentences", [])):
            g = {(a, t) for (d, k, a, t) in gold_sent if d == doc and k == i}
            bl = {(a, t) for (d, k, a, t) in border_sent if d == doc and k == i}
            p = {(a, t) for (d, k, a, t) in pred_sent if d == doc and k == i}
            if not g and not p:
                continue
            if p and p <= bl and not g:
                mark = "bl "
            else:
                mark = "ok " if g == p - bl else ("FN " if not p else ("FP " if not g else "ERR"))
            print(f"{mark} [{i}] gold={sorted(g)} pred={sorted(p)}" + (f" borderline={sorted(bl)}" if bl else ""))
            b, e = s["span"]
            print("    " + text[b:e].decode())
            for k, actor, state, st in pairs:
                if k == i:
                    tb, te = st["target"]["span"]
                    print(f"    stance {actor} {st['act']} -> {state}: {text[tb:te].decode()!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--caucus", default=os.path.join(HERE, "..", "build", "caucus"))
    ap.add_argument("--gold", default=DEFAULT_GOLD)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--format", choices=["text", "json"], default="text")
    ap.add_argument("--errors", action="store_true", help="print each sentence with gold or predicted pairs")
    ap.add_argument("--min-sentence-f1", type=float)
    ap.add_argument("--min-speech-f1", type=float)
    a = ap.parse_args()
    docs, ann = load_gold(a.gold)
    paths = {d["document"]: os.path.join(a.corpus, d["document"]) for d in docs}
    missing = [p for p in paths.values() if not os.path.isfile(p)]
    if missing:
        print(f"records_crit_eval: no {missing[0]}; skipped", file=sys.stderr)
        return 77
    records = {doc: run_caucus(a.caucus, p) for doc, p in paths.items()}
    for d in docs:
        text = records[d["document"]]["text"].encode()
        if sha(text) != d["sha1"]:
            print(f"records_crit_eval: {d['document']}: caucus read's text changed since the gold was "
                  f"written; annotations are re-anchored by sentence", file=sys.stderr)
    scores, details, gold_sent, border_sent, pred_sent = evaluate(docs, ann, records)
    if a.errors:
        print_errors(details, gold_sent, border_sent, pred_sent)
    elif a.format == "json":
        print(json.dumps(scores))
    else:
        print(f"Security Council records: {scores['documents']} documents, {scores['gold_sentences']} gold "
              f"sentences, {scores['borderline_pairs']} borderline pairs (not scored)")
        u.print_table(scores)
    return u.check_floors("records_crit_eval", scores, a.min_sentence_f1, a.min_speech_f1)


if __name__ == "__main__":
    sys.exit(main())
