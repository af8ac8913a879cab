"""Crawl the sample news site through its real 127.0.0.1 server into a real store, twice.

The first crawl must store every article once with the right title, date and clean text;
respect robots.txt; retry the flaky pages; log bad pages without stopping. The second crawl
must store nothing new and fetch little (conditional requests answered 304).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from crawler_testing import run_crawl

from corpus.store import CorpusStore


def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def f_measure(extracted: str, gold: str) -> float:
    got, want = tokens(extracted), tokens(gold)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


@pytest.fixture(scope="module")
def crawled(news_server, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("crawl") / "data"
    first = run_crawl(data_dir, news_server)
    first_requests = list(news_server.requests)
    news_server.reset_log()
    second = run_crawl(data_dir, news_server)
    second_requests = list(news_server.requests)
    store = CorpusStore(data_dir / "corpus.sqlite")
    yield {
        "first": first,
        "second": second,
        "first_requests": first_requests,
        "second_requests": second_requests,
        "store": store,
        "manifest": news_server.manifest,
        "server": news_server,
    }
    store.close()


def specials(manifest, kind):
    return [s for s in manifest["special"] if s["kind"] == kind]


def documents_by_url(store):
    return {doc["url"]: doc for doc in store.iter_documents()}


def test_every_article_stored_once_with_title_date_and_clean_text(crawled):
    manifest, store = crawled["manifest"], crawled["store"]
    docs = documents_by_url(store)
    expected = {a["url"]: a for a in manifest["articles"]}
    assert set(docs) == set(expected), "stored URLs differ from the site's articles"
    assert store.count_documents() == len(expected)
    for url, article in expected.items():
        doc = docs[url]
        assert doc["title"] == article["title"], url
        assert (doc["published"] or "")[:10] == article["published_date"], url
        assert doc["source"] == article["outlet"]
        assert f_measure(doc["text"], article["text"]) >= 0.95, url
        for noise in article["noise"]:  # captions, "Baca juga", related lists, comments
            assert noise.lower() not in doc["text"].lower(), (url, noise)
        assert "baca juga" not in doc["text"].lower()


def test_pages_in_legacy_encodings_are_decoded(crawled):
    docs = documents_by_url(crawled["store"])
    legacy = [a for a in crawled["manifest"]["articles"] if a["encoding"] != "utf-8"]
    assert legacy, "the sample site should have non-UTF-8 pages"
    for article in legacy:
        text = docs[article["url"]]["text"]
        for paragraph in article["paragraphs"]:
            assert " ".join(paragraph.split()) in " ".join(text.split()), article["url"]
        assert "\ufffd" not in text and "Ã" not in text


def test_robots_txt_is_obeyed(crawled):
    server = crawled["server"]
    disallowed = specials(crawled["manifest"], "robots_disallowed")
    assert disallowed
    paths = [r.path for r in crawled["first_requests"]]
    assert "/robots.txt" in paths
    for special in disallowed:
        path = special["url"][len(server.url) :]
        assert path not in paths, f"{path} is disallowed by robots.txt but was requested"
    skipped = crawled["store"].crawl_log(outcome="skipped")
    assert any(e["url"] == disallowed[0]["url"] and "robots" in e["error"] for e in skipped)


def test_transient_failures_are_retried(crawled):
    server, docs = crawled["server"], documents_by_url(crawled["store"])
    for kind, failing in (("flaky_500", 500), ("rate_limited", 429)):
        for special in specials(crawled["manifest"], kind):
            path = special["url"][len(server.url) :]
            requests = [r for r in crawled["first_requests"] if r.path == path]
            assert [r.status for r in requests][:2] == [failing, 200], (kind, requests)
            # Backoff (and the 429's Retry-After: 1) spaced the retry out.
            assert requests[1].at - requests[0].at >= (0.9 if failing == 429 else 0.5)
            assert special["url"] in docs, f"{kind} page not stored after its retry"


def test_bad_pages_are_logged_and_do_not_stop_the_crawl(crawled):
    first, store = crawled["first"], crawled["store"]
    assert first["finish_reason"] == "finished"
    errors = {e["url"]: e for e in store.crawl_log(outcome="error")}
    for special in specials(crawled["manifest"], "not_found"):
        if special["url"] in errors:
            assert errors[special["url"]]["status"] == 404
    assert any(e["status"] == 404 for e in errors.values())
    for special in specials(crawled["manifest"], "oversized"):
        assert "oversize" in errors[special["url"]]["error"]
        assert special["url"] not in documents_by_url(store)


def test_syndicated_story_is_stored_under_each_outlet(crawled):
    docs = documents_by_url(crawled["store"])
    groups: dict[str, list] = {}
    for article in crawled["manifest"]["articles"]:
        if article["syndication_group"]:
            groups.setdefault(article["syndication_group"], []).append(article)
    assert groups
    for copies in groups.values():
        assert len({a["outlet"] for a in copies}) >= 2
        stored = [docs[a["url"]] for a in copies]
        assert len({d["id"] for d in stored}) == len(copies)
        assert f_measure(stored[0]["text"], stored[1]["text"]) >= 0.95


def test_canonical_urls_amp_and_tracking(crawled):
    docs = documents_by_url(crawled["store"])
    assert not [url for url in docs if "utm_" in url or "/amp/" in url]
    for special in specials(crawled["manifest"], "amp"):
        assert special["canonical"] in docs
    for special in specials(crawled["manifest"], "redirect"):
        assert special["target"] in docs


def test_second_crawl_stores_nothing_new_and_fetches_little(crawled):
    first, second = crawled["first"], crawled["second"]
    assert second["new"] == 0 and second["updated"] == 0
    assert second["not_modified"] > 0
    assert second["pages_fetched"] <= first["pages_fetched"] / 3
    article_paths = {
        a["url"][len(crawled["server"].url) :] for a in crawled["manifest"]["articles"]
    }
    full_fetches = [
        r for r in crawled["second_requests"] if r.status == 200 and r.path in article_paths
    ]
    assert not full_fetches, "unchanged articles were downloaded again"
    conditional = [
        r
        for r in crawled["second_requests"]
        if "if-none-match" in r.headers or "if-modified-since" in r.headers
    ]
    assert conditional and all(r.status == 304 for r in conditional)
    assert crawled["store"].count_documents() == len(crawled["manifest"]["articles"])
