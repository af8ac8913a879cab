"""Bad input gets a clear 4xx naming the parameter; no input gets a 500."""

from __future__ import annotations

import random
import string
from urllib.parse import quote

import pytest


@pytest.mark.parametrize(
    "path, params, parameter",
    [
        ("/search", {"q": "bpjs", "mode": "fuzzy"}, "mode"),
        ("/search", {"q": "bpjs", "date_from": "2023-13-45"}, "date_from"),
        ("/search", {"q": "bpjs", "date_to": "kemarin"}, "date_to"),
        ("/search", {"q": "bpjs", "date_from": "2023-05-01", "date_to": "2023-01-01"}, "date_to"),
        ("/search", {"q": "bpjs", "limit": 0}, "limit"),
        ("/search", {"q": "bpjs", "limit": 101}, "limit"),
        ("/search", {"q": "bpjs", "limit": "ten"}, "limit"),
        ("/search", {"q": "bpjs", "cursor": "not-a-cursor"}, "cursor"),
        ("/search", {"q": "bpjs", "sort": "popularity"}, "sort"),
        ("/search", {"q": "bpjs", "doc_type": "blog"}, "doc_type"),
        ("/search", {"q": "x" * 1001}, "q"),
        ("/timeline", {"q": "bpjs", "interval": "year"}, "interval"),
        ("/figures", {"value_min": "banyak"}, "value_min"),
        ("/figures", {"value_min": 10, "value_max": 1}, "value_max"),
        ("/figures", {"sort": "size"}, "sort"),
        ("/figures", {"cursor": "eyJvIjogMX0"}, "cursor"),
        ("/commitments", {"date_from": "9/8/2022"}, "date_from"),
        ("/export/figures.csv", {"date_to": "0"}, "date_to"),  # not a Unix time: schemathesis
        ("/search", {"q": "bpjs", "date_from": "1700000000"}, "date_from"),
        ("/commitments", {"limit": 1000}, "limit"),
        ("/organizations", {"sort": "size"}, "sort"),
        ("/regulations", {"year": 20211}, "year"),
        ("/regulations", {"resolved": "maybe"}, "resolved"),
        ("/export/figures.xlsx", {}, "fmt"),
        ("/export/search.csv", {"q": "bpjs", "max_hits": 0}, "max_hits"),
        ("/saved-searches/abc/new", {}, "search_id"),
    ],
)
def test_bad_parameter_is_4xx_naming_it(client, path, params, parameter):
    answer = client.get(path, params=params)
    assert answer.status_code == 422, answer.text
    body = answer.json()
    assert body["error"] == "invalid_parameter"
    assert [p["parameter"] for p in body["problems"]] == [parameter]
    assert body["message"].startswith(parameter + ":")


def test_cursor_from_other_filters_is_refused(client):
    first = client.get("/figures", params={"limit": 2}).json()
    other = client.get(
        "/figures", params={"limit": 2, "unit": "pekerja", "cursor": first["next_cursor"]}
    )
    assert other.status_code == 422 and "other filters" in other.json()["message"]
    searched = client.get("/search", params={"q": "bpjs", "limit": 1}).json()
    reused = client.get(
        "/search", params={"q": "asosiasi", "limit": 1, "cursor": searched["next_cursor"]}
    )
    assert reused.status_code == 422 and reused.json()["problems"][0]["parameter"] == "cursor"


def test_saved_search_body_errors_name_the_field(client):
    answer = client.post(
        "/saved-searches", json={"name": "x", "q": "bpjs", "filters": {"colour": "red"}}
    )
    assert answer.status_code == 422
    assert answer.json()["problems"][0]["parameter"] == "filters.colour"
    answer = client.post("/saved-searches", json={"name": "", "q": "bpjs"})
    assert answer.status_code == 422 and answer.json()["problems"][0]["parameter"] == "name"
    answer = client.post(
        "/saved-searches", json={"name": "x", "filters": {"date_from": "2024-02-30"}}
    )
    assert answer.json()["problems"][0]["parameter"] == "filters.date_from"


def test_unknown_path_and_method(client):
    assert client.get("/nowhere").json()["error"] == "not_found"
    refused = client.post("/figures")
    assert refused.status_code == 405
    assert refused.headers["allow"] == "GET"  # RFC 9110: a 405 says what is allowed
    # ...every method of the path, though FastAPI makes one route per method (schemathesis)
    assert client.put("/saved-searches/1").headers["allow"] == "DELETE, GET, PATCH"
    assert client.options("/saved-searches").headers["allow"] == "GET, POST"


def test_a_body_that_is_not_json_is_a_documented_400(client):
    answer = client.post(
        "/saved-searches", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert answer.status_code in (400, 422) and answer.json()["message"]
    documented = client.get("/openapi.json").json()["paths"]["/saved-searches"]["post"]
    assert str(answer.status_code) in documented["responses"]


# -- fuzzing: random values for every parameter of every GET endpoint in the OpenAPI document --
NASTY = [
    "",
    " ",
    "'",
    '"',
    "%",
    "_",
    "\\",
    "NOT",
    "AND OR",
    "(((",
    ")",
    '"unclosed',
    "*",
    "NEAR(a b)",
    "a:b",
    "-",
    "--",
    "0",
    "-1",
    "1e309",
    "NaN",
    "inf",
    "9" * 30,
    "2023-02-29",
    "0000-00-00",
    "2023-01-01T25:00",
    "\u0000",
    "\ufffd",
    "🙂",
    "<script>",
    "%00",
    "../../etc/passwd",
    "ref-",
    "null",
    "true",
    "[]",
    "{}",
    "a" * 300,
]


def _value(rng: random.Random, schema: dict) -> str:
    choice = rng.random()
    if choice < 0.35:
        return rng.choice(NASTY)
    if choice < 0.5:
        return "".join(rng.choice(string.printable) for _ in range(rng.randint(1, 12)))
    kinds = {s.get("type") for s in schema.get("anyOf", [schema])} | {
        schema.get("items", {}).get("type")
    }
    enum = schema.get("enum") or next(
        (s.get("enum") for s in schema.get("anyOf", []) if s.get("enum")), None
    )
    if enum:
        return str(rng.choice(enum))
    if "integer" in kinds or "number" in kinds:
        return str(rng.choice([0, 1, 5, 100, -3, 10**12, 2.5]))
    if "boolean" in kinds:
        return rng.choice(["true", "false"])
    return rng.choice(
        [
            "bpjs",
            "70 juta",
            "2023-07-01",
            "inpres 2/2021",
            "APHTN-HAN",
            "kabarekonomi.id",
            "peserta aktif",
        ]
    )


def test_fuzzed_parameters_never_give_500(client):
    spec = client.get("/openapi.json").json()
    rng = random.Random(20240229)
    failures = []
    for path, operations in spec["paths"].items():
        get = operations.get("get")
        if not get:
            continue
        params = get.get("parameters", [])
        for _ in range(20):
            url = path
            query: list[tuple[str, str]] = []
            for param in params:
                value = _value(rng, param.get("schema", {}))
                if param["name"] == "mode" and rng.random() < 0.7:
                    # Mostly keyword: embedding each random query would make this test slow.
                    query.append(("mode", "keyword"))
                elif param["in"] == "path":
                    url = url.replace("{" + param["name"] + "}", quote(value, safe="") or "x")
                elif rng.random() < 0.6:
                    query.append((param["name"], value))
            answer = client.get(url, params=query)
            if answer.status_code >= 500:
                failures.append((url, query, answer.status_code, answer.text[:200]))
            elif answer.status_code >= 400:
                assert answer.json()["message"], (url, query)
    assert not failures, failures[:5]
