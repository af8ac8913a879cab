"""Extraction in worker processes stores exactly what extraction in the crawl's own process
stores: the same documents, titles, dates and texts, from real crawls of the sample site."""

from __future__ import annotations

from crawler_testing import run_crawl

from corpus.store import CorpusStore

FIELDS = ("url", "source", "title", "text", "published", "author", "language")


def stored(data_dir) -> dict[str, tuple]:
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        return {d["url"]: tuple(d[f] for f in FIELDS) for d in store.iter_documents()}


def test_worker_processes_store_what_inline_extraction_stores(news_server, tmp_path):
    inline = run_crawl(tmp_path / "inline", news_server, "--set", "NEWSINTEL_EXTRACT_WORKERS=0")
    pooled = run_crawl(tmp_path / "pooled", news_server, "--set", "NEWSINTEL_EXTRACT_WORKERS=2")
    assert inline["new"] == pooled["new"] == len(news_server.manifest["articles"])
    assert stored(tmp_path / "pooled") == stored(tmp_path / "inline")
    assert pooled["errors"] == inline["errors"]  # the site's own 404s and broken pages
