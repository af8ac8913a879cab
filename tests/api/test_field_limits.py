"""Issue 16, defect 3 (size limits): every field of every request is bounded (query
parameters, filter lists and their items, saved-search bodies, ids), and the 422 quotes only a
short prefix of what was sent."""

from __future__ import annotations

from typing import Any, Iterator


def _unbounded(schema: dict[str, Any], where: str, spec: dict[str, Any]) -> Iterator[str]:
    """Places in a JSON schema where a value can be as long as the client likes."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        yield from _unbounded(spec["components"]["schemas"][name], where, spec)
        return
    for branch in schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", []):
        yield from _unbounded(branch, where, spec)
    kind = schema.get("type")
    if kind == "string" and "maxLength" not in schema and "enum" not in schema:
        if schema.get("format") not in ("date", "date-time"):
            yield where
    if kind == "array":
        if "maxItems" not in schema:
            yield where
        yield from _unbounded(schema.get("items", {}), where + "[]", spec)
    if kind == "object":
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            if "maxProperties" not in schema:
                yield where
            yield from _unbounded(extra, where + "{}", spec)
        for name, prop in schema.get("properties", {}).items():
            yield from _unbounded(prop, f"{where}.{name}", spec)


def test_every_request_field_is_bounded(client):
    spec = client.get("/openapi.json").json()
    unbounded, checked = [], 0
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                checked += 1
                where = f"{method.upper()} {path} {parameter['name']}"
                unbounded.extend(_unbounded(parameter["schema"], where, spec))
            for media in operation.get("requestBody", {}).get("content", {}).values():
                checked += 1
                unbounded.extend(_unbounded(media["schema"], f"{method.upper()} {path} body", spec))
    assert checked > 50
    assert not unbounded, unbounded


def _short_422(answer, *words: str) -> None:
    assert answer.status_code == 422, (answer.status_code, answer.text[:300])
    assert len(answer.content) < 2_000, len(answer.content)
    for word in words:
        assert word in answer.json()["message"], answer.json()["message"]


def test_saved_search_filters_are_bounded(client):
    many = client.post("/saved-searches", json={"name": "n", "filters": {"outlet": ["x"] * 10_000}})
    _short_422(many, "filters.outlet", "more than 20 items")
    long_item = client.post(
        "/saved-searches", json={"name": "n", "filters": {"person": ["p" * 5000]}}
    )
    _short_422(long_item, "filters.person", "longer than 300 characters")
    keys = {f"k{i}": "v" for i in range(500)}
    _short_422(client.post("/saved-searches", json={"name": "n", "filters": keys}), "more than 10")
    long_key = client.post("/saved-searches", json={"name": "n", "filters": {"k" * 5000: "v"}})
    _short_422(long_key, "longer than 40 characters")
    nested = client.post("/saved-searches", json={"name": "n", "filters": {"outlet": {"a": [1]}}})
    _short_422(nested, "filters.outlet", "a string, a list of strings or null")
    _short_422(client.post("/saved-searches", json={"name": "n", "mode": "m" * 5000}), "mode")
    stored = client.get("/saved-searches").text
    assert 'x", "x", "x' not in stored and "p" * 5000 not in stored


def test_search_filter_lists_are_bounded(client):
    _short_422(client.get("/search", params={"outlet": ["a"] * 500}), "outlet", "more than 20")
    _short_422(client.get("/search", params={"organization": "o" * 5000}), "longer than 300")
    _short_422(client.get("/export/search.csv", params={"person": ["p"] * 100}), "person")
    _short_422(client.get("/timeline", params={"regulation": ["r"] * 100}), "regulation")
    fine = client.get("/search", params={"outlet": ["kabarekonomi.id"] * 20, "q": "bpjs"})
    assert fine.status_code == 200
