"""Source health read from crawl-log rows written to a real store (the crawl itself is
exercised in tests/crawler/test_source_health.py)."""

from __future__ import annotations

from corpus.health import source_health


def log_run(store, source: str, rows: list[tuple[str, str, str | None]], status: int = 200):
    run = store.start_crawl_run("news", [source])
    store.log_crawl(
        [
            {
                "url": f"https://x.test/{source}/{i}",
                "source": source,
                "role": role,
                "outcome": outcome,
                "error": error,
                "status": status,
                "run_id": run,
            }
            for i, (role, outcome, error) in enumerate(rows)
        ]
    )
    store.finish_crawl_run(run, "finished")


def healthy(n: int = 6):
    return [("listing", "followed", None)] * 2 + [("article", "new", None)] * n


def by_name(store, *names):
    return {h.source: h for h in source_health(store, list(names))}


def test_quiet_incremental_runs_are_not_a_drop(store):
    log_run(store, "a", healthy())
    log_run(store, "a", [("listing", "not_modified", None)] * 2)  # nothing new anywhere
    log_run(store, "a", [("listing", "followed", None), ("article", "new", None)])
    health = by_name(store, "a")["a"]
    assert health.ok, health.flags
    assert [r.articles for r in health.runs] == [1, 0, 6]


def test_listings_that_stop_leading_to_articles_are_flagged(store):
    log_run(store, "b", healthy())
    log_run(store, "b", healthy(5))
    log_run(store, "b", [("listing", "followed", None)] * 3)  # changed, but no article links
    flags = by_name(store, "b")["b"].flags
    assert flags and flags[0].startswith("yield dropped: 3 changed listings")


def test_unreadable_pages_and_never_crawled_sources(store):
    log_run(store, "c", healthy())
    log_run(store, "c", [("article", "error", "parse error: empty page")] * 4)
    report = by_name(store, "c", "d")
    assert any("unreadable" in f for f in report["c"].flags)
    assert report["c"].runs[0].unreadable == 4 and report["c"].runs[0].fetch_errors == 0
    assert report["d"].flags == ["never crawled"]
    assert report["c"].last_success  # the first run's articles


def test_http_errors_are_fetch_errors_not_extraction_failures(store):
    log_run(store, "e", healthy())
    log_run(store, "e", healthy(6) + [("article", "error", "HTTP 503")], status=503)
    latest = by_name(store, "e")["e"].runs[0]
    assert latest.fetch_errors == 1 and latest.unreadable == 0
