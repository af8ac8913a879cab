"""Relevance that means something: a typed query ranks by relevance, and semantic/hybrid
matches must clear the similarity floor (or hold a query word) in search, totals, facets,
timeline, exports and saved searches alike."""

from __future__ import annotations

import api_corpus
import httpx
import pytest
from api_server import index, serve

from corpus.store import CorpusStore

NONSENSE = "zzqxv flibbertigibbet"
MODES = ["hybrid", "keyword", "semantic"]


@pytest.mark.parametrize("mode", MODES)
def test_nonsense_query_matches_nothing_anywhere(client, mode):
    params = {"q": NONSENSE, "mode": mode}
    body = client.get("/search", params=params).json()
    assert body["total"] == 0 and body["hits"] == [] and body["next_cursor"] is None
    assert all(values == [] for values in body["facets"].values()), body["facets"]
    timeline = client.get("/timeline", params=params).json()
    assert timeline["total"] == 0 and all(b["count"] == 0 for b in timeline["buckets"])
    assert client.get("/export/search.json", params=params).json() == []


@pytest.mark.parametrize("mode", ["hybrid", "semantic"])
def test_related_query_without_shared_words_still_matches(client, mode):
    # English words the Indonesian story does not hold: found by similarity above the floor.
    body = client.get(
        "/search", params={"q": "work accident compensation claims", "mode": mode}
    ).json()
    assert "kompas-kecelakaan" in [h["id"] for h in body["hits"]]
    assert body["total"] == len(body["hits"]) < 8  # not every story of the corpus


def test_typed_query_sorts_by_relevance_unless_asked_otherwise(client):
    q = "nota kesepahaman APHTN-HAN"
    default = client.get("/search", params={"q": q, "limit": 20}).json()
    by_relevance = client.get("/search", params={"q": q, "limit": 20, "sort": "relevance"}).json()
    by_date = client.get("/search", params={"q": q, "limit": 20, "sort": "date"}).json()
    ranked = [h["id"] for h in default["hits"]]
    assert ranked == [h["id"] for h in by_relevance["hits"]]
    assert ranked[0] in {"kabar-aphtn", "warta-aphtn"}
    assert ranked != [h["id"] for h in by_date["hits"]]  # the newest story is not the answer
    # No query: nothing to rank by relevance, newest first.
    browse = [h["published"] for h in client.get("/search", params={"limit": 20}).json()["hits"]]
    assert browse == sorted(browse, reverse=True)


# The page's sort following the query, and its "no results" message, are tested in a real
# browser: tests/api/test_web_browser.py::test_sort_follows_the_query_and_nonsense_finds_nothing


def test_saved_search_gets_no_unrelated_new_matches(private_copy):
    with serve(private_copy) as url, httpx.Client(base_url=url, timeout=60) as client:
        created = {
            name: client.post("/saved-searches", json={"name": name, "q": q, "mode": "hybrid"})
            for name, q in (("nonsense", NONSENSE), ("aphtn", "APHTN-HAN"))
        }
        assert all(answer.status_code == 201 for answer in created.values())
        with CorpusStore(private_copy / "corpus.sqlite") as store:
            api_corpus.save(store, api_corpus.LATE_NEWS, api_corpus.LATE_EXTRACTION)
        index(private_copy)
        new = {
            name: [
                h["id"] for h in client.get(f"/saved-searches/{a.json()['id']}/new").json()["new"]
            ]
            for name, a in created.items()
        }
        assert new == {"nonsense": [], "aphtn": ["late-aphtn"]}
