"""caucus report: a self-contained HTML file, rendered in headless Chromium."""
import json
import os
import re
import shutil
import subprocess
import tempfile

INJECTED = ("<script>document.documentElement.setAttribute('data-pwned','script')</script>"
            "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">")


def _corpus(t):
    recs = []
    rows = [("2012-06", "RUS", "Russia", "support"), ("2012-12", "USA", "United States", "oppose"),
            ("2013-05", "RUS", "Russia", "support"), ("2013-05", "SWE", "Sweden", "oppose")]
    for i, (date, gid, name, pol) in enumerate(rows):
        text = f"{name} spoke on intergovernmental control {INJECTED} at the ITU. Day {i}."
        b = text.encode().index(name.encode())
        itu = text.encode().index(b"ITU")
        recs.append({
            "id": f"news/paper_{date}-{i}.txt", "text": text,
            "sentences": [{"span": [0, len(text.encode())], "paragraph": 0}],
            "entities": [{"span": [b, b + len(name)], "text": name, "kind": "government",
                          "id": gid, "name": name},
                         {"span": [itu, itu + 3], "text": "ITU", "kind": "body", "id": "ITU",
                          "name": "ITU"}],
            "stances": [{"actor": {"id": gid, "kind": "government", "text": name,
                                   "span": [b, b + len(name)]},
                         "polarity": pol, "act": "support",
                         "target": {"text": "intergovernmental control",
                                    "topic": "intergovernmental-control", "span": [b, b + 3]},
                         "span": [b, b + 20], "sentence": 0, "modality": "asserted"}]})
    return t.write("r.jsonl", "".join(json.dumps(r) + "\n" for r in recs))


def test_report_is_self_contained_and_escaped(t):
    p = _corpus(t)
    out = os.path.join(t.tmp, "r.html")
    t.run("report", p, "-o", out, check_rc=0)
    html = open(out, encoding="utf-8").read()
    # One script, the filter, allowed by its hash in the Content Security Policy.
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 1 and html.lower().count("<script") == 1, scripts
    import base64, hashlib
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in html
    assert "<img" not in html.lower()
    assert "&lt;script&gt;document.documentElement" in html
    # Nothing to fetch: no URL in any attribute, no external resource.
    assert not re.search(r'(src|href)\s*=\s*"(?!#)', html), "external reference"
    assert "http://" not in html and "https://" not in html
    # The heat map links each cell to its evidence.
    anchors = set(re.findall(r'href="#(cell-\d+-\d+)"', html))
    ids = set(re.findall(r'<details class="cell" id="(cell-\d+-\d+)"', html))
    assert anchors == ids and len(ids) == 3, (anchors, ids)
    for year in ("2012", "2013"):  # a time axis, ticked by year
        assert f">{year}</text>" in html
    for month in ("2012-06", "2012-12", "2013-05"):  # bars at their months
        assert f"<title>{month}: " in html
    # Columns are topics by name; evidence has act, modality and file:line.
    assert ">Intergovernmental control</text>" in html
    assert '<span class="act">support</span>' in html
    assert "<cite>news/paper_2012-06-0.txt:1</cite>" in html
    # A table of documents.
    assert html.count("<tr data-filter><td>news/paper_") == 4
    # Same bytes with threads.
    rc, out2, _ = t.run("report", "-j", "2", p, check_rc=0)
    assert out2 == html


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _render(browser, html_path, *extra):
    profile = tempfile.mkdtemp(prefix="caucus-chromium-")
    try:
        p = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
             *extra, "file://" + html_path],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8",
                                                                                  "replace")
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _console(stderr):
    return [l for l in stderr.splitlines() if ":CONSOLE" in l or "Uncaught" in l]


def test_report_renders_in_chromium_without_errors(t):
    browser = _chromium()
    if not browser:
        return "skip"
    # A control page proves console messages do reach the log we read.
    probe = t.write("probe.html", "<!DOCTYPE html><script>console.error('caucus-probe')</script>")
    rc, _, err = _render(browser, probe, "--dump-dom")
    assert any("caucus-probe" in l for l in _console(err)), err[-2000:]

    p = _corpus(t)
    out = os.path.join(t.tmp, "render.html")
    t.run("report", p, "-o", out, check_rc=0)
    rc, dom, err = _render(browser, out, "--dump-dom")
    assert rc == 0, err[-2000:]
    assert _console(err) == [], _console(err)
    assert "data-pwned" not in dom.split("<head>")[0], "an injected script ran"
    assert 'data-pwned="' not in dom
    assert "Stances: actor" in dom and "<svg" in dom
    # The escaped document text is shown as text.
    assert "&lt;script&gt;document.documentElement.setAttribute" in dom
    # The filter runs (the policy allows it by hash): opened with #q=sweden,
    # only Sweden's document row and evidence stay visible.
    rc, dom, err = _render(browser, out + "#q=sweden", "--dump-dom")
    assert rc == 0 and _console(err) == [], _console(err)
    rows = re.findall(r"<tr data-filter=\"\"( hidden=\"\")?><td>([^<]*)</td>", dom)
    assert sorted((name, bool(hidden)) for hidden, name in rows) == [
        ("news/paper_2012-06-0.txt", True), ("news/paper_2012-12-1.txt", True),
        ("news/paper_2013-05-2.txt", True), ("news/paper_2013-05-3.txt", False)], rows
    shot = os.path.join(t.tmp, "shot.png")
    rc, _, err = _render(browser, out, "--screenshot=" + shot, "--window-size=1200,1600",
                         "--hide-scrollbars")
    assert rc == 0 and os.path.getsize(shot) > 10000, err[-2000:]
    assert _console(err) == []


def test_report_on_shared_corpus(t):
    if not t.has_shared():
        return "skip"
    seed = os.path.join(t.shared, "seed", "wtpf-2013-cdt.txt")
    rc, html, err = t.run("report", seed, check_rc=0)
    assert html.startswith("<!DOCTYPE html>") and "</html>" in html
    assert "International Telecommunication Union" in html
