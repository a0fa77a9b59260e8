#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/) from the test
tables, so fuzzing starts from the values the unit and contract tests already know:
  cidr, fields  every string literal of tests/core/tst_cidr.cpp and tst_fieldrules.cpp
  sandbox       the contract test's requests (tests/sandbox/tst_contract.cpp, its helpers'
                seed IDs and bodies), as raw HTTP with the fuzz target's credentials
  codecs        the JSON documents of tests/wire/tst_codec.cpp
Run it again after changing those tables; file names are content hashes, so it is idempotent.
Inputs that once made a target fail are kept next to them as crash-<hash> (regressions).
"""
import base64
import hashlib
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests/fuzz/corpus"
LITERAL = re.compile(r'(?:u|QStringLiteral\(|QByteArrayLiteral\(|QByteArray\(|QLatin1String\()?'
                     r'"((?:[^"\\]|\\.)*)"')


def unescape(text):
    return text.encode("latin-1", "backslashreplace").decode("unicode_escape").encode("utf-8")


def literals(path):
    source = (ROOT / path).read_text(encoding="utf-8")
    source = re.sub(r"//[^\n]*", "", source)
    found = []
    for match in LITERAL.finditer(source):
        try:
            found.append(unescape(match.group(1)))
        except UnicodeError:
            pass
    return found


def write(target, items):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("table-*"):  # inputs a finding left (crash-*) stay as regressions
        old.unlink()
    for item in set(items):
        (folder / ("table-" + hashlib.sha1(item).hexdigest())).write_bytes(item)
    print(f"{target}: {len(set(items))} seeds")


def request(method, path, body=b"", auth=True, extra=()):
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
    if auth:
        token = base64.b64encode(b"fuzz-key:fuzz-secret").decode()
        lines.append(f"Authorization: Basic {token}")
    if body:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    lines += list(extra)
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def sandbox_seeds():
    aliyun, huawei = "d7f3a1c2", "e2b9c4d5"
    peerings = lambda d: f"/api/v1/deployments/{d}/peerings"
    aliyun_body = {"peeringId": "cen-1a2b3c4d5e6f7g8h9i", "accountId": "1688123456789012",
                   "vpcId": "vpc-uf6o8d1dj8sjwxi6o1jkl", "cidr": "192.168.30.0/24"}
    huawei_body = {"peeringId": "5c8e1f3a-2b4d-4e6f-8a0b-1c2d3e4f5a6b",
                   "accountId": "0f4ab9d1e2c34b5a8d7e6f5a4b3c2d1e",
                   "vpcId": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "cidr": "192.168.200.0/24"}
    create_aliyun = json.dumps(aliyun_body).encode()
    seeds = []
    source = (ROOT / "tests/sandbox/tst_contract.cpp").read_text(encoding="utf-8")
    for method, path in re.findall(r'QByteArray\("([A-Z]+)"\)\s*<<\s*"([^"]+)"', source):
        seeds.append(request(method, path))
    for method in ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"):
        seeds.append(request(method, peerings(aliyun), create_aliyun if method == "POST" else b""))
    seeds += [
        request("GET", "/api/v1/deployments"),
        request("GET", f"/api/v1/deployments/{aliyun}"),
        request("GET", f"{peerings(aliyun)}/pcx-demo0running", extra=['If-None-Match: "x"']),
        request("DELETE", f"{peerings(aliyun)}/pcx-demo0running?force=true"),
        request("DELETE", f"{peerings(huawei)}/pcx-demo0huawei1"),
        request("POST", peerings(huawei), json.dumps(huawei_body).encode()),
        request("POST", peerings(aliyun), create_aliyun, extra=["Idempotency-Key: k-1"]),
        request("POST", peerings(aliyun), b"{oops"),
        request("GET", "/api/v1/deployments", auth=False),
        request("GET", "/sandbox/v1/stats"),
        request("PUT", "/sandbox/v1/faults", json.dumps({"status": 503, "count": 1}).encode()),
        request("POST", f"/sandbox/v1/deployments/{aliyun}/peerings/pcx-demo0pending/attach"),
        # a conversation: create, list, delete what was created
        request("POST", peerings(aliyun), create_aliyun) + b"\n#next\n" +
        request("GET", peerings(aliyun)) + b"\n#next\n" +
        request("DELETE", f"{peerings(aliyun)}/pcx-demo0running?force=true"),
    ]
    return seeds


def codec_objects():
    """validPeering() and validDeployment() of tst_codecs.cpp, read from their member lists."""
    source = (ROOT / "tests/wire/tst_codec.cpp").read_text(encoding="utf-8")
    objects = {}
    for name in ("validPeering", "validDeployment"):
        body = source[source.index(f"QJsonObject {name}()"):]
        body = body[:body.index("\n}\n")]
        pairs = re.findall(r'\{QStringLiteral\("(\w+)"\),\s*(QStringLiteral\("([^"]*)"\)|QJsonValue::Null)',
                           body)
        members = {}
        for key, value, text in pairs:  # the first of each key: not the nested resource's
            members.setdefault(key, text if value.startswith("QString") else None)
        objects[name] = members
    peering, deployment = objects["validPeering"], objects["validDeployment"]
    for key in ("name", "type"):
        peering.pop(key, None)
    peering["boundResources"] = [{"id": "r1", "name": "kafka-1", "type": "kafka"}]
    deployment["reservedCidrs"] = ["10.10.0.0/24~10.32.255.0/24"]
    return peering, deployment


def codec_seeds():
    peering, deployment = codec_objects()
    failed = dict(peering, state="failed", failureReason="CEN attach timed out", expiresAt=None)
    create = {key: peering[key] for key in ("peeringId", "accountId", "vpcId", "cidr")}
    docs = [peering, deployment, failed, {"data": [peering, failed]}, {"data": [deployment]},
            {"data": []}, {"data": [peering], "nextCursor": "c2"}, {"data": [], "nextCursor": None},
            create, dict(create, region="cn-hangzhou"), {"code": "RESOURCES_BOUND", "message": "bound", "resources":
                           peering["boundResources"]},
            {"code": "INVALID_FIELD", "message": "bad", "field": "cidr"}]
    seeds = [json.dumps(doc, ensure_ascii=False).encode() for doc in docs]
    seeds += [lit for lit in literals("tests/wire/tst_codec.cpp") if lit.strip()[:1] in (b"{", b"[")]
    return seeds


write("cidr", literals("tests/core/tst_cidr.cpp"))
write("fields", literals("tests/core/tst_fieldrules.cpp") + literals("tests/core/tst_cidr.cpp"))
write("sandbox", sandbox_seeds())
write("codecs", codec_seeds())
