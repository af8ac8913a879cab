"""Issue 16, defects 9 and 11 (a decoded CR/LF in a URL forged a log line; no /metrics,
plain-text logs): /metrics in Prometheus text by route template, and one JSON object per log
line with the request's id, route, status and duration."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace

import httpx
from api_server import serve
from prometheus_client import generate_latest

from corpus.store import CorpusStore
from search_api.http.metrics import metrics_registry

FORGED = '{"level": "error", "message": "forged"}'


def _sample(metrics: str, name: str, **labels: str) -> float:
    """The value of one series in Prometheus text format."""
    for line in metrics.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', line.split(" ")[0]))
        if all(found.get(k) == v for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"no {name} {labels} in /metrics")


def test_metrics_count_by_route_template(client):
    for doc_id in ("no-such-doc-1", "no-such-doc-2", "no-such-doc-3"):
        assert client.get(f"/documents/{doc_id}").status_code == 404
    client.get("/search", params={"q": "bpjs"})
    client.get("/some/unknown/path")
    answer = client.get("/metrics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    text = answer.text
    assert "no-such-doc" not in text and "/some/unknown" not in text  # templates, not paths
    route = "/documents/{doc_id}"
    counted = _sample(text, "newsintel_http_requests_total", route=route, status="404")
    assert counted >= 3
    assert _sample(text, "newsintel_http_requests_total", route="unmatched", status="404") >= 1
    assert _sample(text, "newsintel_http_request_duration_seconds_count", route="/search") >= 1
    assert (
        _sample(text, "newsintel_http_request_duration_seconds_bucket", route="/search", le="+Inf")
        >= 1
    )
    health = client.get("/health").json()
    assert _sample(text, "newsintel_index_up") == 1
    assert _sample(text, "newsintel_index_documents") == health["index"]["detail"]["documents"]
    assert _sample(text, "newsintel_index_passages") == health["index"]["detail"]["passages"]
    assert (
        _sample(text, "newsintel_store_documents", doc_type="news")
        == health["store"]["documents"]["news"]
    )
    assert _sample(text, "newsintel_store_enriched_documents") == health["store"]["enriched"]
    assert "newsintel_http_unhandled_errors_total" in text


def test_logs_are_json_lines_with_request_ids_and_cannot_be_forged(private_copy):
    output: list[str] = []
    with serve(private_copy, output=output, args=["--log-level", "info"]) as url:
        with httpx.Client(base_url=url, timeout=60) as client:
            answer = client.get(
                "/search", params={"q": "bpjs"}, headers={"X-Request-ID": "probe-1"}
            )
            assert answer.headers["x-request-id"] == "probe-1"
            made = client.get("/health", headers={"X-Request-ID": "not a plain id"})
            assert re.fullmatch(r"[0-9a-f]{32}", made.headers["x-request-id"])
            forged = client.get("/web/x%0D%0A" + FORGED.replace(" ", "%20") + ".js")
            assert forged.status_code == 404
    announced = [line for line in output if " at http://127.0.0.1:" in line]
    records = [json.loads(line) for line in output if line not in announced]  # all JSON
    assert records and all({"time", "level", "logger", "message"} <= set(r) for r in records)
    requests = [r for r in records if r["logger"] == "search_api.access"]
    probe = next(r for r in requests if r.get("request_id") == "probe-1")
    assert probe["method"] == "GET" and probe["route"] == "/search" and probe["status"] == 200
    assert probe["duration_ms"] > 0 and probe["path"] == "/search"
    assert any(r.get("request_id") == made.headers["x-request-id"] for r in requests)
    web = next(r for r in requests if r["route"] == "/web/{name}")
    assert web["path"] == "/web/x\r\n" + FORGED + ".js" and web["status"] == 404
    assert not any(line.startswith(FORGED) for line in output)
    assert not any(r.get("message") == "forged" for r in records)
    assert any(r["logger"].startswith("uvicorn") for r in records)  # uvicorn's lines too


def test_a_scrape_reads_the_store_and_never_writes_it(tmp_path):
    """A store file a crawl has only just created (empty) must stay as it is: a scrape reports
    the store down rather than build a schema in it behind the crawl's back."""
    no_backend = SimpleNamespace(opened=None)
    empty = tmp_path / "new.sqlite"
    empty.touch()
    registry, _ = metrics_registry(empty, no_backend)
    assert _sample(generate_latest(registry).decode(), "newsintel_store_up") == 0
    assert empty.stat().st_size == 0 and not list(tmp_path.glob("new.sqlite-*"))

    filled = tmp_path / "filled.sqlite"
    CorpusStore(filled).close()
    registry, _ = metrics_registry(filled, no_backend)
    assert _sample(generate_latest(registry).decode(), "newsintel_store_up") == 1
