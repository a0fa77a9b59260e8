#!/usr/bin/python3
"""Validates docs/openapi.yaml as an OpenAPI 3.0 document.

Usage: check_openapi.py OPENAPI_YAML OPENAPI_3_0_SCHEMA_JSON ERRORCODE_H

1. The document validates against the official OpenAPI 3.0 JSON Schema (vendored under
   docs/schemas/, draft-04).
2. Every local $ref resolves.
3. The documented error codes (components.schemas.ErrorCode) are exactly the codes the server
   and the client share (app/wire/errorcode.h), so neither side can add one silently.

Runs with Debian's /usr/bin/python3 (python3-yaml, python3-jsonschema; scripts/setup.sh).
"""
import json
import re
import sys

import jsonschema
import yaml


def resolve(document, ref):
    node = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[part]
    return node


def refs(node, path="#"):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield path, value
            else:
                yield from refs(value, path + "/" + str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from refs(value, "%s[%d]" % (path, index))


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        document = yaml.safe_load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[3], encoding="utf-8") as f:
        header = f.read()

    failures = []
    validator = jsonschema.Draft4Validator(schema)
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
        failures.append("schema: %s: %s" % ("/".join(map(str, error.path)), error.message[:300]))

    for where, ref in refs(document):
        if not ref.startswith("#/"):
            failures.append("%s: non-local $ref %s" % (where, ref))
            continue
        try:
            resolve(document, ref)
        except (KeyError, TypeError):
            failures.append("%s: unresolved $ref %s" % (where, ref))

    server_codes = set(re.findall(r'inline constexpr char \w+\[\] = "([A-Z_]+)";', header))
    documented = set(document["components"]["schemas"]["ErrorCode"]["enum"])
    if not server_codes:
        failures.append("no error codes found in " + sys.argv[3])
    for code in sorted(server_codes - documented):
        failures.append("error code %s is defined by the server but not documented" % code)
    for code in sorted(documented - server_codes):
        failures.append("error code %s is documented but not defined by the server" % code)

    for failure in failures:
        print("FAIL", failure)
    operations = sum(len([m for m in item if m in ("get", "post", "put", "delete")])
                     for item in document["paths"].values())
    print("%d paths, %d operations, %d error codes: %s" % (
        len(document["paths"]), operations, len(documented), "FAILED" if failures else "OK"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
