#!/usr/bin/env python3
"""Validates a JSON document against a JSON Schema (draft-04 subset), with
the standard library only.

Handles what the SARIF 2.1.0 schema uses: $ref (local "#/definitions/..."),
type, enum, required, properties, additionalProperties (false or a schema),
items, minItems, uniqueItems, minimum, maximum, pattern, anyOf, oneOf.
"format" and "default" are not checked. Prints one line per problem and
exits 1 if there are any.

usage: validate.py SCHEMA DOCUMENT
"""
import json
import re
import sys

_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def _is_type(value, t):
    if t == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if t == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, _TYPES[t])


def _resolve(schema, root):
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"unsupported $ref {ref}")
        node = root
        for part in ref[2:].split("/"):
            node = node[part]
        schema = node
    return schema


def errors(value, schema, root=None, path="$"):
    """Yields 'path: problem' strings."""
    root = schema if root is None else root
    schema = _resolve(schema, root)
    if schema is True or schema == {}:
        return
    t = schema.get("type")
    if t is not None:
        ts = t if isinstance(t, list) else [t]
        if not any(_is_type(value, x) for x in ts):
            yield f"{path}: {value!r:.60} is not of type {t}"
            return
    if "enum" in schema and value not in schema["enum"]:
        yield f"{path}: {value!r:.60} not in {schema['enum']}"
    if "anyOf" in schema:
        if not any(not list(errors(value, s, root, path)) for s in schema["anyOf"]):
            yield f"{path}: matches none of anyOf"
    if "oneOf" in schema:
        n = sum(1 for s in schema["oneOf"] if not list(errors(value, s, root, path)))
        if n != 1:
            yield f"{path}: matches {n} of oneOf, want exactly 1"
    if isinstance(value, dict):
        for r in schema.get("required", []):
            if r not in value:
                yield f"{path}: missing required property {r!r}"
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for k, v in value.items():
            if k in props:
                yield from errors(v, props[k], root, f"{path}.{k}")
            elif extra is False:
                yield f"{path}: property {k!r} is not allowed"
            elif isinstance(extra, dict):
                yield from errors(v, extra, root, f"{path}.{k}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            yield f"{path}: fewer than {schema['minItems']} items"
        if schema.get("uniqueItems"):
            seen = [json.dumps(v, sort_keys=True) for v in value]
            if len(set(seen)) != len(seen):
                yield f"{path}: items are not unique"
        if "items" in schema:
            for i, v in enumerate(value):
                yield from errors(v, schema["items"], root, f"{path}[{i}]")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            yield f"{path}: {value} is below the minimum {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            yield f"{path}: {value} is above the maximum {schema['maximum']}"
    if isinstance(value, str) and "pattern" in schema:
        if not re.search(schema["pattern"], value):
            yield f"{path}: {value!r:.60} does not match {schema['pattern']}"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1]) as f:
        schema = json.load(f)
    with open(sys.argv[2]) as f:
        doc = json.load(f)
    problems = list(errors(doc, schema))
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
