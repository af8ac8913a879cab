"""An outlet that is down (connection refused) is retried, logged, and does not stop the rest."""

from __future__ import annotations

import socket

import yaml
from crawler_testing import SAMPLE_REGISTRY, run_crawl

from corpus.store import CorpusStore


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_dead_outlet_is_logged_and_the_others_are_crawled(news_server, tmp_path):
    registry = yaml.safe_load(SAMPLE_REGISTRY.read_text(encoding="utf-8"))
    dead = f"http://127.0.0.1:{closed_port()}"
    beritasatu = next(s for s in registry["sources"] if s["name"] == "beritasatu")
    registry["sources"] = [
        beritasatu,
        {
            "name": "deadoutlet",
            "feeds": [f"{dead}/rss"],
            "start_urls": [f"{dead}/berita/"],
            "article_patterns": ["^/berita/\\d+/"],
            "politeness": {"download_delay": 0},
        },
    ]
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump(registry), encoding="utf-8")

    summary = run_crawl(
        tmp_path / "data",
        news_server,
        "--set",
        "RETRY_BACKOFF_BASE=0.05",
        "--set",
        "RETRY_TIMES=2",
        registry=path,
    )
    assert summary["finish_reason"] == "finished"
    expected = [a for a in news_server.manifest["articles"] if a["outlet"] == "beritasatu"]
    assert summary["new"] == len(expected)
    with CorpusStore(tmp_path / "data" / "corpus.sqlite") as store:
        errors = [e for e in store.crawl_log(outcome="error") if e["url"].startswith(dead)]
    assert {e["url"] for e in errors} == {f"{dead}/rss", f"{dead}/berita/"}
    assert all("Refused" in e["error"] or "refused" in e["error"] for e in errors)
