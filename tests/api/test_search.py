"""/search and /timeline through the real embedded backend."""

from __future__ import annotations

import pytest

ALL_NEWS = {
    "kabar-aphtn",
    "warta-aphtn",
    "berita-apeksi",
    "idn-alb-kadin",
    "warta-juli",
    "antara-jabar",
    "kompas-kecelakaan",
}


def search(client, **params):
    answer = client.get("/search", params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()


def ids(body):
    return [hit["id"] for hit in body["hits"]]


@pytest.mark.parametrize("mode", ["hybrid", "keyword", "semantic"])
def test_syndicated_story_is_one_hit_listing_both_outlets(client, mode):
    body = search(client, q="nota kesepahaman APHTN-HAN", mode=mode)
    top = body["hits"][0]
    assert top["id"] in {"kabar-aphtn", "warta-aphtn"}
    assert set(top["outlets"]) == {"kabarekonomi.id", "wartakerja.id"}
    assert (
        len(top["duplicates"]) == 1
        and "warta-aphtn" not in ids(body)[1:]
        and "kabar-aphtn" not in ids(body)[1:]
    )
    assert "<mark>" in top["passage"]["highlighted"] or mode == "semantic"
    assert body["mode"] == mode


def test_english_query_finds_indonesian_story(client):
    body = search(client, q="work accident compensation claims", mode="hybrid", limit=3)
    assert ids(body)[0] == "kompas-kecelakaan"


def test_passage_offsets_point_into_the_document(client):
    hit = search(client, q="peserta aktif 36,7 juta", mode="keyword")["hits"][0]
    text = client.get(f"/documents/{hit['id']}").json()["text"]
    passage = hit["passage"]
    assert text[passage["start"] : passage["end"]] == passage["text"]


def test_filters_narrow_results(client):
    assert set(ids(search(client, outlet="wartakerja.id", collapse="false", limit=20))) == {
        "warta-aphtn",
        "warta-juli",
    }
    dated = search(client, date_from="2023-01-01", date_to="2023-12-31", limit=20)
    assert {h["published"][:4] for h in dated["hits"]} == {"2023"}
    by_alias = set(ids(search(client, organization="Pemprov Jabar", limit=20)))
    assert by_alias == {"antara-jabar"}
    by_person = set(ids(search(client, person="ridwan kamil", limit=20)))
    assert by_person == {"antara-jabar"}
    # Long and short forms of one regulation are the same filter.
    long_form = set(
        ids(search(client, regulation="Instruksi Presiden Nomor 2 Tahun 2021", limit=20))
    )
    assert (
        long_form
        == set(ids(search(client, regulation="Inpres 2/2021", limit=20)))
        == {"berita-apeksi", "antara-jabar"}
    )
    assert ids(search(client, doc_type="regulation")) == ["permenaker-2-2022"]
    assert "permenaker-2-2022" in ids(search(client, q="manfaat jaminan hari tua"))
    news_only = ids(search(client, q="manfaat jaminan hari tua", doc_type="news"))
    assert "permenaker-2-2022" not in news_only and "warta-juli" in news_only


def test_sort_by_date_is_newest_first(client):
    dates = [
        h["published"]
        for h in search(client, q="BPJS Ketenagakerjaan", sort="date", limit=20)["hits"]
    ]
    assert dates == sorted(dates, reverse=True) and len(dates) >= 5


def test_facets_count_all_matches(client):
    body = search(client, limit=1)
    facets = body["facets"]
    outlets = {f["value"]: f["count"] for f in facets["outlets"]}
    assert outlets["wartakerja.id"] >= 1 and "Kompas" in outlets
    assert any(f["value"] == "bpjs-ketenagakerjaan" for f in facets["organizations"])
    assert any(f["value"] == "inpres 2/2021" for f in facets["regulations"])
    assert {f["value"] for f in facets["months"]} >= {"2021-04", "2023-07", "2024-01"}


def test_cursor_walks_every_story_once(client):
    seen, cursor, total = [], None, None
    while True:
        params = {"limit": 2, "sort": "date", **({"cursor": cursor} if cursor else {})}
        body = search(client, **params)
        total = body["total"]
        seen += ids(body)
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == total
    assert set(seen) | {"warta-aphtn", "kabar-aphtn"} == ALL_NEWS | {"permenaker-2-2022"}


def test_timeline_counts_per_month(client):
    body = client.get("/timeline", params={"interval": "month", "doc_type": "news"}).json()
    counts = {b["key"]: b["count"] for b in body["buckets"]}
    assert counts["2022-08"] == 2 and counts["2023-07"] == 1 and counts["2022-01"] == 0
    assert body["total"] == len(ALL_NEWS) == sum(counts.values())
    syndicated = next(b for b in body["buckets"] if b["key"] == "2022-08")
    assert syndicated["stories"] == 1
    weekly = client.get(
        "/timeline", params={"interval": "week", "q": "APHTN-HAN", "mode": "keyword"}
    ).json()
    assert weekly["total"] == 2 and weekly["buckets"][0]["key"] == "2022-08-08"  # a Monday
