"""The search backend contract (search_api/engine/backends/base.py), run against every backend.

Indexing (incremental, idempotent, metadata-only updates), each search mode, boolean syntax and
bad input, filters, facets, the timeline, cursor paging, deletes and re-indexing. The same
assertions hold on the embedded backend and on Elasticsearch.
"""

from __future__ import annotations

from datetime import date

import contract_corpus as corpus
import pytest

from search_api.engine.models import EntityRef, Interval, SearchMode, SearchRequest, SortOrder

ALL = len(corpus.RAW)
STORIES = ALL - 1  # the syndicated pair is one story


def ids(response) -> list[str]:
    return [hit.id for hit in response.hits]


def every_page(backend, request: SearchRequest) -> list[list[str]]:
    pages, seen_cursors = [], set()
    while True:
        response = backend.search(request)
        pages.append(ids(response))
        if response.next_cursor is None:
            return pages
        assert response.next_cursor not in seen_cursors, "a cursor must move forward"
        seen_cursors.add(response.next_cursor)
        request = request.model_copy(update={"cursor": response.next_cursor})


# -- indexing -----------------------------------------------------------------------------------
def test_indexing_counts_and_revisions(indexed):
    assert indexed.count() == ALL
    assert indexed.revisions() == {d.id: d.revision for d in corpus.documents()}
    health = indexed.health()
    assert health.ok and health.documents == ALL and health.passages >= ALL
    assert health.embedding_model


def test_reindexing_is_incremental_and_never_duplicates(backend):
    docs = corpus.documents()[:4]
    first = backend.index(docs)
    assert (first.added, first.updated, first.unchanged) == (4, 0, 0)
    assert first.passages >= 4
    again = backend.index(docs)
    assert (again.added, again.updated, again.unchanged, again.passages) == (0, 0, 4, 0)
    assert backend.count() == 4

    # New extraction, same text: filters change, nothing is re-embedded.
    target = docs[2]
    apindo = EntityRef(key="apindo", label="Asosiasi Pengusaha Indonesia", aliases=["Apindo"])
    relabelled = target.model_copy(
        update={"revision": target.revision + "+orgs", "organizations": [apindo]}
    )
    meta = backend.index([relabelled])
    assert (meta.metadata_only, meta.passages, meta.added, meta.updated) == (1, 0, 0, 0)
    found = backend.search(SearchRequest(organizations=["APINDO"]))
    assert ids(found) == [target.id]

    # Changed text: re-split, re-embedded, old words gone.
    rewritten = target.model_copy(
        update={
            "text": "Bogor - Pemerintah kota membuka layanan pendaftaran nelayan mandiri.",
            "content_hash": "changed",
            "revision": "changed:x:",
        }
    )
    changed = backend.index([rewritten])
    assert changed.updated == 1 and changed.passages >= 1
    assert ids(backend.search(SearchRequest(q="nelayan", mode=SearchMode.keyword))) == [target.id]
    assert backend.search(SearchRequest(q="Sugiarto", mode=SearchMode.keyword)).hits == []
    assert backend.count() == 4


def test_delete_removes_documents_and_ignores_unknown_ids(backend):
    docs = corpus.documents()
    backend.index(docs)
    assert backend.delete(["kecelakaan-2023", "no-such-id"]) == 1
    assert backend.delete(["no-such-id"]) == 0
    assert backend.delete([]) == 0
    assert backend.count() == ALL - 1
    assert "kecelakaan-2023" not in backend.revisions()
    for mode in SearchMode:
        hits = ids(backend.search(SearchRequest(q="kecelakaan kerja", mode=mode)))
        assert "kecelakaan-2023" not in hits
    # Re-indexing brings it back, once.
    stats = backend.index(docs)
    assert stats.added == 1 and stats.unchanged == ALL - 1
    assert backend.count() == ALL
    assert (
        ids(backend.search(SearchRequest(q="kecelakaan kerja", mode=SearchMode.keyword)))[0]
        == "kecelakaan-2023"
    )


def test_empty_backend_answers_empty(backend):
    assert backend.count() == 0
    assert backend.revisions() == {}
    assert backend.health().ok
    response = backend.search(SearchRequest(q="", mode=SearchMode.keyword))
    assert response.hits == [] and response.total == 0
    backend.warm_up()  # nothing to load yet: no error


def test_warm_up_loads_the_model_before_the_first_search(indexed, embedder):
    embedder._queries.pop("jaminan sosial", None)
    indexed.warm_up()
    assert "jaminan sosial" in embedder._queries  # the model ran once, off the request
    assert ids(indexed.search(SearchRequest(q="jaminan sosial", mode=SearchMode.hybrid)))


# -- search modes -------------------------------------------------------------------------------
def test_keyword_search_ranks_and_marks_the_passage(indexed):
    response = indexed.search(SearchRequest(q="jaminan hari tua", mode=SearchMode.keyword))
    assert set(ids(response)) == {"permenaker-2-2022", "peserta-juli"}
    assert response.total == 2
    top = response.hits[0]
    assert top.id == "permenaker-2-2022"  # the words are in its title too
    doc = corpus.BY_ID[top.id]
    passage = top.passage
    assert doc.text[passage.start : passage.end] == passage.text
    assert "<mark>" in passage.highlighted
    assert (
        "hari" in passage.highlighted.lower().split("<mark>")[1].split("</mark>")[0]
        or "jaminan" in passage.highlighted.lower()
    )
    assert top.score > response.hits[1].score


def test_keyword_boolean_syntax(indexed):
    def keyword(q):
        return set(
            ids(
                indexed.search(
                    SearchRequest(q=q, mode=SearchMode.keyword, collapse_duplicates=False, limit=50)
                )
            )
        )

    assert keyword('"nota kesepahaman"') == {"aphtn-kabar", "aphtn-warta", "jabar-mou"}
    assert keyword('"nota kesepahaman" NOT bandung') == {"aphtn-kabar", "aphtn-warta"}
    assert keyword('"nota kesepahaman" -bandung') == {"aphtn-kabar", "aphtn-warta"}
    assert keyword("nelayan OR kecelakaan") == {"kecelakaan-2023"}
    assert keyword("bogor AND apeksi") == {"apeksi-inpres"}
    assert keyword("(jabar OR bandung) AND inpres") == {"jabar-mou"}
    # Plain words must all occur ...
    assert keyword("kecelakaan triliun") == {"kecelakaan-2023"}
    # ... unless no document has them all: then any of them.
    assert keyword("kecelakaan apeksi") == {"kecelakaan-2023", "apeksi-inpres"}


@pytest.mark.parametrize(
    "q",
    [
        '"unclosed phrase ((( AND OR',
        ")( NOT -",
        "bpjs:*^~ NEAR/2 {x}",
        "'; DROP TABLE docs; --",
        "\x00\u200b",
        "jaminan " * 120,
    ],
)
@pytest.mark.parametrize("mode", list(SearchMode))
def test_any_input_is_answered(indexed, q, mode):
    response = indexed.search(SearchRequest(q=q, mode=mode))
    assert response.total >= len(response.hits) >= 0
    assert response.mode == mode


def test_query_of_stop_words_only_matches_nothing_in_keyword_mode(indexed):
    response = indexed.search(SearchRequest(q="yang dan di", mode=SearchMode.keyword))
    assert response.hits == [] and response.total == 0


def test_semantic_search_crosses_languages(indexed):
    response = indexed.search(
        SearchRequest(q="work accident compensation claims", mode=SearchMode.semantic)
    )
    assert response.hits and response.hits[0].id == "kecelakaan-2023"
    scores = [h.score for h in response.hits]
    assert scores == sorted(scores, reverse=True)
    assert response.hits[0].passage is not None


def test_hybrid_search_fuses_both_rankings(indexed):
    response = indexed.search(SearchRequest(q="peserta aktif 36,7 juta", mode=SearchMode.hybrid))
    assert response.hits[0].id == "peserta-juli"
    english = indexed.search(
        SearchRequest(q="work accident claims paid in 2023", mode=SearchMode.hybrid)
    )
    assert english.hits[0].id == "kecelakaan-2023"


def test_hybrid_sorted_by_date_is_newest_first(indexed):
    response = indexed.search(
        SearchRequest(q="BPJS Ketenagakerjaan pekerja", limit=50, sort=SortOrder.date)
    )
    days = [h.published[:10] for h in response.hits if h.published]
    assert len(days) >= 3 and days == sorted(days, reverse=True)


def test_syndicated_copies_collapse_into_one_hit(indexed):
    request = SearchRequest(q="APHTN-HAN 70 juta", mode=SearchMode.keyword)
    grouped = indexed.search(request)
    assert len([h for h in grouped.hits if h.id in {"aphtn-kabar", "aphtn-warta"}]) == 1
    hit = next(h for h in grouped.hits if h.id in {"aphtn-kabar", "aphtn-warta"})
    assert [d.id for d in hit.duplicates] == [({"aphtn-kabar", "aphtn-warta"} - {hit.id}).pop()]
    assert set(hit.outlets) == {"kabarekonomi.id", "wartakerja.id"}
    apart = indexed.search(request.model_copy(update={"collapse_duplicates": False}))
    assert {"aphtn-kabar", "aphtn-warta"} <= set(ids(apart))
    assert all(not h.duplicates for h in apart.hits)


# -- filters ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "filters, expected",
    [
        (dict(outlets=["WARTAKERJA.ID"]), {"peserta-juli", "aphtn-warta"}),
        (dict(outlets=["Antara", "IDN Times"]), {"jabar-mou", "kadin-pks"}),
        (
            dict(date_from=date(2023, 7, 27), date_to=date(2023, 11, 2)),
            {"peserta-juli", "kadin-pks"},
        ),
        (dict(date_from=date(2022, 8, 10), date_to=date(2022, 8, 10)), {"aphtn-warta"}),
        (dict(doc_type="regulation"), {"permenaker-2-2022"}),
        (dict(organizations=["apeksi"]), {"apeksi-inpres"}),
        (dict(organizations=["Pemprov Jabar"]), {"jabar-mou"}),
        (dict(organizations=["kamar dagang dan industri indonesia"]), {"kadin-pks"}),
        (dict(people=["RIDWAN  kamil"]), {"jabar-mou"}),
        (
            dict(regulations=["Instruksi Presiden (Inpres) Nomor 2 Tahun 2021"]),
            {"apeksi-inpres", "jabar-mou"},
        ),
        (dict(regulations=["Permenaker No. 2/2022"]), {"peserta-juli", "permenaker-2-2022"}),
        (dict(regulations=["Inpres 2/2021"], people=["Bima Arya Sugiarto"]), {"apeksi-inpres"}),
        (dict(organizations=["APHTN-HAN"], outlets=["Kompas"]), set()),
    ],
)
def test_filters(indexed, filters, expected):
    request = SearchRequest(q="", collapse_duplicates=False, limit=50, **filters)
    assert set(ids(indexed.search(request))) == expected
    keyword = indexed.search(
        request.model_copy(
            update={
                "q": "pekerja OR peserta OR jaminan OR asosiasi OR iuran",
                "mode": SearchMode.keyword,
            }
        )
    )
    assert set(ids(keyword)) <= expected


def test_filters_apply_to_semantic_search(indexed):
    response = indexed.search(
        SearchRequest(
            q="jaminan sosial pekerja", mode=SearchMode.semantic, outlets=["Antara"], limit=50
        )
    )
    assert set(ids(response)) <= {"jabar-mou"}


# -- facets -------------------------------------------------------------------------------------
def test_facets_count_stories_over_all_matches(indexed):
    response = indexed.search(SearchRequest(q="", limit=1))
    assert response.total == STORIES
    facets = response.facets
    outlets = {f.value: f.count for f in facets.outlets}
    assert outlets["wartakerja.id"] == 2 and outlets["Kompas"] == 2
    assert outlets["kabarekonomi.id"] == 1
    orgs = {f.value: (f.label, f.count) for f in facets.organizations}
    # Seven documents name BPJS, two of them copies of one story: six stories.
    assert orgs["bpjs-ketenagakerjaan"] == ("BPJS Ketenagakerjaan", 6)
    assert facets.organizations[0].value == "bpjs-ketenagakerjaan"
    regs = {f.value: f.count for f in facets.regulations}
    assert regs == {"inpres 2/2021": 2, "permenaker 2/2022": 2}
    people = {f.value: f.count for f in facets.people}
    assert people["anggoro eko cahyo"] == 2
    months = [f.value for f in facets.months]
    assert months == sorted(months) and months[0] == "2021-04" and months[-1] == "2024-01"
    assert sum(f.count for f in facets.months) == STORIES - 1  # the undated note has no month


def test_facets_follow_the_query(indexed):
    response = indexed.search(SearchRequest(q="inpres OR instruksi", mode=SearchMode.keyword))
    assert {f.value for f in response.facets.outlets} == {"BeritaSatu", "Antara"}
    assert [f.value for f in response.facets.regulations] == ["inpres 2/2021"]
    assert (
        indexed.search(SearchRequest(q="inpres", mode=SearchMode.keyword, facets=False)).facets
        is None
    )


# -- timeline -----------------------------------------------------------------------------------
def test_timeline_by_month_includes_empty_months(indexed):
    buckets = indexed.timeline(SearchRequest(q=""), Interval.month)
    assert buckets[0].key == "2021-04" and buckets[-1].key == "2024-01"
    assert len(buckets) == 34  # April 2021 .. January 2024
    assert sum(b.count for b in buckets) == len(corpus.DATED)
    august = next(b for b in buckets if b.key == "2022-08")
    assert (august.count, august.stories) == (2, 1)  # the syndicated pair
    assert august.start == date(2022, 8, 1)
    assert next(b for b in buckets if b.key == "2021-05").count == 0


def test_timeline_by_week_and_day(indexed):
    request = SearchRequest(q="", date_from=date(2022, 8, 1), date_to=date(2022, 8, 31))
    weeks = indexed.timeline(request, Interval.week)
    assert [(b.key, b.count) for b in weeks] == [("2022-08-08", 2)]  # a Monday
    days = indexed.timeline(request, Interval.day)
    assert [(b.key, b.count, b.stories) for b in days] == [
        ("2022-08-09", 1, 1),
        ("2022-08-10", 1, 1),
    ]


def test_timeline_counts_only_matches(indexed):
    buckets = indexed.timeline(SearchRequest(q="inpres OR instruksi", mode=SearchMode.keyword))
    counted = {b.key: b.count for b in buckets if b.count}
    assert counted == {"2021-04": 1, "2023-03": 1}
    assert indexed.timeline(SearchRequest(q="yang", mode=SearchMode.keyword)) == []


# -- paging -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "request_",
    [
        SearchRequest(q="", limit=2),
        SearchRequest(q="", limit=3, collapse_duplicates=False),
        SearchRequest(q="pekerja OR peserta OR jaminan", mode=SearchMode.keyword, limit=2),
        SearchRequest(q="jaminan sosial pekerja", mode=SearchMode.hybrid, limit=2),
    ],
    ids=["browse", "browse-uncollapsed", "keyword", "hybrid"],
)
def test_cursor_paging_visits_every_story_once(indexed, request_):
    pages = every_page(indexed, request_)
    flat = [i for page in pages for i in page]
    assert len(flat) == len(set(flat)), "no story twice"
    assert all(len(page) == request_.limit for page in pages[:-1])
    assert pages[-1], "the last page is not empty"
    first = indexed.search(request_.model_copy(update={"limit": 50}))
    assert flat == ids(first)
    # total counts stories (copies once), whether or not copies are grouped in the hits.
    assert len({corpus.BY_ID[i].cluster_id or i for i in flat}) == first.total
    if request_.collapse_duplicates:
        assert len({"aphtn-kabar", "aphtn-warta"} & set(flat)) <= 1


def test_browse_is_newest_first_with_undated_last(indexed):
    hits = indexed.search(SearchRequest(q="", limit=50, collapse_duplicates=False)).hits
    days = [h.published[:10] for h in hits if h.published]
    assert days == sorted(days, reverse=True)
    assert hits[-1].id == "undated-note"
    assert all(h.score == 0 for h in hits)


def test_foreign_or_broken_cursors_are_refused(indexed):
    first = indexed.search(SearchRequest(q="", limit=2))
    assert first.next_cursor
    with pytest.raises(ValueError):
        indexed.search(SearchRequest(q="pekerja", limit=2, cursor=first.next_cursor))
    with pytest.raises(ValueError):
        indexed.search(SearchRequest(q="", limit=2, outlets=["Kompas"], cursor=first.next_cursor))
    for garbage in ("not-a-cursor", "e30", "!!!", first.next_cursor[:-3] + "xyz"):
        with pytest.raises(ValueError):
            indexed.search(SearchRequest(q="", limit=2, cursor=garbage))
