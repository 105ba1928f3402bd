"""Man pages (docs/man) and shell completions (completions/) against the
real binary: every tool has a page, every option its --help shows is in the
page, groff renders the pages without warnings, and the completions know
every tool and the common options."""
import os
import re
import shutil
import subprocess

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DOCS = os.path.join(ROOT, "docs")


def _tools(t):
    rc, out, err = t.run("help", check_rc=0)
    tools = []
    in_tools = False
    for line in out.splitlines():
        if line.startswith("tools:"):
            in_tools = True
        elif in_tools and line.startswith("  ") and line.strip():
            tools.append(line.split()[0])
        elif in_tools and not line.strip():
            in_tools = False
    assert "read" in tools, out
    return tools


def _long_options(help_text):
    return sorted(set(re.findall(r"^\s+(?:-\w \[ |-\w, )?(--[a-z][a-z0-9-]*)", help_text, re.M)))


def _man(name):
    path = os.path.join(DOCS, "man", name + ".1")
    assert os.path.isfile(path), f"no man page {path}"
    with open(path, encoding="utf-8") as f:
        return f.read()


def test_every_tool_has_a_man_page_with_its_options(t):
    main = _man("caucus")
    for opt in ("--recursive", "--strict", "--jobs", "--input-format", "--encoding", "--dict",
                "--help", "--version"):
        assert opt.replace("-", r"\-") in main, f"caucus.1 lacks {opt}"
    missing = []
    for tool in _tools(t):
        page = _man("caucus-" + tool)
        assert ".TH CAUCUS-" + tool.upper() in page, tool
        assert "caucus\\-" + tool in main, f"caucus.1 does not list {tool}"
        rc, out, err = t.run(tool, "--help", check_rc=0)
        for opt in _long_options(out):
            if opt.replace("-", r"\-") not in page:
                missing.append(f"caucus-{tool}.1: {opt}")
    assert not missing, "options in --help but not in the man page (add them to docs/man/mkman.py and rerun it): " + ", ".join(missing)


def test_man_pages_are_well_formed(t):
    mandir = os.path.join(DOCS, "man")
    if not shutil.which("groff"):
        return "skip"
    for fn in sorted(os.listdir(mandir)):
        if not fn.endswith(".1"):
            continue
        p = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", os.path.join(mandir, fn)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        assert p.returncode == 0 and not p.stderr.strip(), f"{fn}: {p.stderr.decode()}"


def test_completions_know_every_tool(t):
    bash = os.path.join(ROOT, "completions", "caucus.bash")
    zsh = os.path.join(ROOT, "completions", "_caucus")
    with open(bash, encoding="utf-8") as f:
        b = f.read()
    with open(zsh, encoding="utf-8") as f:
        z = f.read()
    for tool in _tools(t):
        assert re.search(r"\b%s\b" % re.escape(tool), b), f"caucus.bash lacks {tool}"
        assert re.search(r"\b%s\b" % re.escape(tool), z), f"_caucus lacks {tool}"
    p = subprocess.run(["bash", "-n", bash], stderr=subprocess.PIPE, timeout=60)
    assert p.returncode == 0, p.stderr.decode()
    # Drive the bash completion function as bash would.
    script = (f"source {bash}; COMP_WORDS=(caucus se); COMP_CWORD=1; _caucus; "
              "printf '%s\\n' \"${COMPREPLY[@]}\"; "
              "COMP_WORDS=(caucus entities --st); COMP_CWORD=2; _caucus; "
              "printf '%s\\n' \"${COMPREPLY[@]}\"")
    p = subprocess.run(["bash", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=60)
    got = p.stdout.decode().split()
    assert "segment" in got and "--strict" in got, (got, p.stderr.decode())
    if shutil.which("zsh"):
        p = subprocess.run(["zsh", "-n", zsh], stderr=subprocess.PIPE, timeout=60)
        assert p.returncode == 0, p.stderr.decode()
