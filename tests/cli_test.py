#!/usr/bin/env python3
"""Black-box tests of the real caucus binary.

Runs every tests/cli/test_*.py module's test_* functions with a context `t`
that knows the binary, the test data and the record schema. Prints the plain
closing line 'N passed, N failed' and exits non-zero on any failure.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


class Context:
    def __init__(self, caucus, data, schema):
        self.caucus = caucus
        self.data = data
        self.schema_path = schema
        self.shared = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "corpus"))
        self.tmp = tempfile.mkdtemp(prefix="caucus-cli-")

    def run(self, *args, input=None, check_rc=None, env=None):
        """Runs caucus with args; returns (rc, stdout, stderr) as text."""
        cmd = [self.caucus] + [str(a) for a in args]
        p = subprocess.run(cmd, input=input.encode() if isinstance(input, str) else input,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120, env=env)
        out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
        if check_rc is not None and p.returncode != check_rc:
            raise AssertionError(f"{cmd} exited {p.returncode}, want {check_rc}\nstderr: {err}")
        return p.returncode, out, err

    def jsonl(self, *args, input=None, check_rc=0):
        rc, out, err = self.run(*args, input=input, check_rc=check_rc)
        recs = [json.loads(line) for line in out.splitlines() if line.strip()]
        for r in recs:
            self.validate(r)
        return recs

    def validate(self, rec):
        """Validates a document record against docs/record.schema.json (a subset
        of JSON Schema interpreted here: type, required, properties, items,
        enum, minItems, maxItems, minimum, maximum) and checks every span is in range."""
        with open(self.schema_path) as f:
            schema = json.load(f)
        _check(rec, schema, schema, "$")
        if "text" in rec:
            n = len(rec["text"].encode("utf-8"))
            for path, span in _spans(rec, "$"):
                assert 0 <= span[0] <= span[1] <= n, f"span {span} at {path} out of range {n}"

    def write(self, name, content, mode="w"):
        path = os.path.join(self.tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, mode) as f:
            f.write(content)
        return path

    def has_shared(self):
        return os.path.isdir(self.shared)


def _spans(obj, path):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("span", "long_span") and isinstance(v, list) and len(v) == 2 \
                    and all(isinstance(x, int) for x in v):
                yield f"{path}.{k}", v
            else:
                yield from _spans(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _spans(v, f"{path}[{i}]")


def _resolve(schema, root):
    while "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/"), ref
        node = root
        for part in ref[2:].split("/"):
            node = node[part]
        schema = node
    return schema


TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def _check(value, schema, root, path):
    schema = _resolve(schema, root)
    t = schema.get("type")
    if t is not None:
        ts = t if isinstance(t, list) else [t]
        ok = False
        for ty in ts:
            if ty == "integer":
                ok |= isinstance(value, int) and not isinstance(value, bool)
            elif ty == "number":
                ok |= isinstance(value, (int, float)) and not isinstance(value, bool)
            else:
                ok |= isinstance(value, TYPES[ty])
        assert ok, f"{path}: {value!r} is not {t}"
    if "enum" in schema:
        assert value in schema["enum"], f"{path}: {value!r} not in {schema['enum']}"
    if isinstance(value, dict):
        for r in schema.get("required", []):
            assert r in value, f"{path}: missing required {r!r}"
        for k, sub in schema.get("properties", {}).items():
            if k in value:
                _check(value[k], sub, root, f"{path}.{k}")
    if isinstance(value, list):
        if "minItems" in schema:
            assert len(value) >= schema["minItems"], f"{path}: too few items"
        if "maxItems" in schema:
            assert len(value) <= schema["maxItems"], f"{path}: too many items"
        if "items" in schema:
            for i, v in enumerate(value):
                _check(v, schema["items"], root, f"{path}[{i}]")
    if isinstance(value, (int, float)) and "minimum" in schema:
        assert value >= schema["minimum"], f"{path}: below minimum"
    if isinstance(value, (int, float)) and "maximum" in schema:
        assert value <= schema["maximum"], f"{path}: above maximum"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--caucus", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--schema", required=True)
    ap.add_argument("-k", default="")
    a = ap.parse_args()
    t = Context(os.path.abspath(a.caucus), a.data, a.schema)
    passed = failed = skipped = 0
    cli_dir = os.path.join(HERE, "cli")
    for fn in sorted(os.listdir(cli_dir)):
        if not (fn.startswith("test_") and fn.endswith(".py")):
            continue
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(cli_dir, fn))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for name in sorted(dir(mod)):
            if not name.startswith("test_") or a.k not in name:
                continue
            try:
                r = getattr(mod, name)(t)
                if r == "skip":
                    skipped += 1
                    print(f"SKIP {fn}::{name}")
                else:
                    passed += 1
            except Exception:
                failed += 1
                print(f"FAIL {fn}::{name}")
                traceback.print_exc()
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
