"""Scaling out: GNU parallel --pipe (and --sshlogin) gives exactly the
single-process result, with stats partials merged. Runs the shipped example
script, so the example is tested too."""
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "..", "..", "examples", "parallel", "same-result.sh")

GOVS = ["Brazil", "Sweden", "India", "the Russian Federation", "Iran", "Kenya", "Japan"]
BODIES = ["the ITU", "ICANN", "the IGF", "UNESCO", "the IETF"]


def _corpus(t, n=61):
    """n short hand-written documents as text files."""
    d = os.path.join(t.tmp, "parallel-corpus")
    for i in range(n):
        g, h = GOVS[i % len(GOVS)], GOVS[(i * 3 + 2) % len(GOVS)]
        b = BODIES[i % len(BODIES)]
        text = (f"Statement {i}. {g} said that {b} should lead on IPv6.\n\n"
                f"{h} opposed giving {b} any new role, and {g} disagreed.\n")
        t.write(f"parallel-corpus/doc{i:03d}.txt", text)
    return d


def _run(t, corpus, n, sshlogin=None):
    env = dict(os.environ, CAUCUS=t.caucus, N=str(n))
    if sshlogin is not None:
        env["SSHLOGIN"] = sshlogin
    p = subprocess.run(["bash", SCRIPT, corpus], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=env, timeout=300)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def test_parallel_pipe_same_as_single_process(t):
    if not shutil.which("parallel"):
        return "skip"
    corpus = _corpus(t)
    for n in (50, 7, 1):  # 2, 9 and 61 chunks
        rc, out, err = _run(t, corpus, n)
        assert rc == 0, err
        assert out.startswith("same result: 61 documents"), out


def test_parallel_sshlogin_same_as_single_process(t):
    if not shutil.which("parallel"):
        return "skip"
    # ':' is this host through parallel's --sshlogin path; a real cluster
    # lists user@host entries instead (examples/parallel/hosts.sh).
    rc, out, err = _run(t, _corpus(t, n=23), 5, sshlogin=":")
    assert rc == 0, err
    assert "sshlogin :" in out, out


def test_pipes_widened_to_one_megabyte(t):
    """A tool widens the pipes it reads and writes, so pipeline stages run
    side by side instead of waking each other every 64 KB."""
    import fcntl
    F_GETPIPE_SZ = 1032
    try:
        with open("/proc/sys/fs/pipe-max-size") as f:
            if int(f.read()) < (1 << 20):
                return "skip"
    except OSError:
        return "skip"
    p = t.write("pipes.txt", "Brazil supported net neutrality.\n")
    out_r, out_w = os.pipe()
    in_r, in_w = os.pipe()
    os.close(in_w)  # empty stdin, closed
    proc = subprocess.Popen([t.caucus, "segment", p], stdout=out_w, stdin=in_r,
                            stderr=subprocess.DEVNULL)
    os.close(out_w)
    data = os.read(out_r, 1 << 16)
    proc.wait(timeout=60)
    assert proc.returncode == 0 and b"Brazil" in data
    assert fcntl.fcntl(out_r, F_GETPIPE_SZ) == 1 << 20
    assert fcntl.fcntl(in_r, F_GETPIPE_SZ) == 1 << 20
    os.close(out_r)
    os.close(in_r)
