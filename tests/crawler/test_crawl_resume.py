"""An interrupted crawl resumes where it stopped (JOBDIR) instead of starting over."""

from __future__ import annotations

from collections import Counter

from crawler_testing import run_crawl

from corpus.store import CorpusStore


def interrupted_crawl(news_server, tmp_path, articles: int):
    """A crawl stopped part-way (by a page budget) with some but not all articles stored.
    How many responses are hubs (sitemaps, feeds, listings) before the first article depends on
    timing, so the budget grows until the stop falls in the middle on this machine."""
    for budget in (12, 16, 20, 24, 28):
        data_dir = tmp_path / f"data-{budget}"
        news_server.reset_log()
        first = run_crawl(data_dir, news_server, "--max-pages", str(budget))
        assert first["finish_reason"] == "closespider_pagecount"
        if 0 < first["new"] < articles:
            return data_dir, first
    raise AssertionError(f"no page budget stopped the crawl part-way: last {first}")


def test_interrupted_crawl_resumes_and_loses_nothing(news_server, tmp_path):
    articles = news_server.manifest["articles"]
    data_dir, first = interrupted_crawl(news_server, tmp_path, len(articles))
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
    refetched_hubs = [
        r.path
        for r in news_server.requests
        if r.path in first_paths and r.path.endswith((".xml", "/feed/", "/rss"))
    ]
    assert not refetched_hubs
