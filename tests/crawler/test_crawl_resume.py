"""An interrupted crawl resumes where it stopped (JOBDIR) instead of starting over."""
from __future__ import annotations

from collections import Counter

from crawler_testing import run_crawl

from corpus.store import CorpusStore


def test_interrupted_crawl_resumes_and_loses_nothing(news_server, tmp_path):
    data_dir = tmp_path / "data"
    articles = news_server.manifest["articles"]
    first = run_crawl(data_dir, news_server, "--max-pages", "8")
    assert first["finish_reason"] == "closespider_pagecount"
    assert 0 < first["new"] < len(articles)
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        assert store.count_documents() == first["new"], "scraped items lost at close"

    first_paths = Counter(r.path for r in news_server.requests)
    news_server.reset_log()
    second = run_crawl(data_dir, news_server, "--resume")
    assert second["finish_reason"] == "finished"
    assert first["new"] + second["new"] == len(articles)
    with CorpusStore(data_dir / "corpus.sqlite") as store:
        assert {d["url"] for d in store.iter_documents()} == {a["url"] for a in articles}
    # The resumed run continued the pending queue: entry points were not fetched again.
    refetched_hubs = [r.path for r in news_server.requests
                      if r.path in first_paths and r.path.endswith((".xml", "/feed/", "/rss"))]
    assert not refetched_hubs
