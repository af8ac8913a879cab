"""Store-backed endpoints: documents, organisations, commitments, figures, regulations."""

from __future__ import annotations


def walk(client, path, **params):
    """Every item of a paged list, following next_cursor."""
    items, cursor, pages = [], None, 0
    while True:
        page = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        items += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if not cursor:
            return items, body["total"], pages


def test_document_with_extraction_copies_and_cited_regulations(client):
    doc = client.get("/documents/berita-apeksi").json()
    assert doc["outlet"] == "BeritaSatu" and doc["published"] == "2021-04-08"
    assert doc["extraction"]["people"][0]["name"] == "Bima Arya Sugiarto"
    (reg,) = doc["regulations"]
    assert reg["resolved"] is False and reg["regulation_id"] == "ref-inpres-2-2021"
    copy = client.get("/documents/kabar-aphtn").json()["copies"]
    assert [c["id"] for c in copy] == ["warta-aphtn"]  # clustered by the indexer's dedup
    cites = client.get("/documents/warta-juli").json()["regulations"]
    assert cites[0]["resolved"] and cites[0]["regulation_id"] == "permenaker-2-2022"


def test_missing_document_is_404_with_its_id(client):
    answer = client.get("/documents/no-such-doc")
    assert answer.status_code == 404
    assert answer.json()["error"] == "not_found" and "no-such-doc" in answer.json()["message"]


def test_organizations_found_by_alias_with_counts(client):
    body = client.get("/organizations", params={"q": "jamsostek"}).json()
    assert [o["id"] for o in body["items"]] == ["bpjs-ketenagakerjaan"]
    bpjs = body["items"][0]
    assert bpjs["document_count"] == 7 and "BPJAMSOSTEK" in bpjs["aliases"]
    # Most mentioned first by default; name order on request.
    names = [o["name"] for o in walk(client, "/organizations", sort="name", limit=3)[0]]
    assert names == sorted(names, key=str.lower) and len(names) == 7


def test_organization_detail_by_any_name(client):
    org = client.get("/organizations/APHTN-HAN").json()
    assert org["id"] == "aphtn-han" and org["acronym"] == "APHTN-HAN"
    assert org["mentions_by_month"] == [{"month": "2022-08", "count": 2}]
    assert {p["name"] for p in org["people"]} == {"Guntur Hamzah"}
    (mou,) = org["commitments"]
    assert mou["kind"] == "MoU" and set(mou["outlets"]) == {"kabarekonomi.id", "wartakerja.id"}
    assert client.get("/organizations/bpjamsostek").json()["id"] == "bpjs-ketenagakerjaan"
    assert client.get("/organizations/nobody").status_code == 404


def test_commitments_group_reports_of_one_signing(client):
    items, total, _ = walk(client, "/commitments")
    assert total == len(items) == 5
    dates = [c["date"] for c in items]
    assert dates == sorted(dates, reverse=True)  # newest first
    mou = next(c for c in items if c["partner_id"] == "aphtn-han")
    assert [d["id"] for d in mou["documents"]] == ["warta-aphtn", "kabar-aphtn"]
    assert mou["signatories"] == ["Anggoro Eko Cahyo", "Guntur Hamzah"]
    assert mou["partner_name"].startswith("Asosiasi Pengajar Hukum")


def test_commitment_filters(client):
    def ids(**params):
        return [c["partner_id"] for c in client.get("/commitments", params=params).json()["items"]]

    assert ids(kind="pks") == ["abadi", "aspekti"] or ids(kind="pks") == ["aspekti", "abadi"]
    assert ids(partner="Pemerintah Provinsi") == ["pemprov-jabar"]  # by full name
    assert ids(partner="Telematika") == ["aspekti"]
    assert set(ids(date_from="2023-01-01", date_to="2023-06-30")) == {"pemprov-jabar"}
    assert ids(outlet="BeritaSatu") == ["apeksi"]
    assert ids(partner="no such partner") == []


def test_figures_over_time_with_sentence_and_source(client):
    body = client.get("/figures", params={"q": "peserta aktif", "sort": "date"}).json()
    assert [(f["text"], f["value"]) for f in body["items"]] == [
        ("36,7 juta", 36700000),
        ("40,2 juta", 40200000),
    ]
    first = body["items"][0]
    assert "36,7 juta pekerja" in first["sentence"] and first["document"]["id"] == "warta-juli"
    assert first["date"] == "2023-07-27" and first["unit"] == "pekerja"


def test_figures_by_normalised_measure_in_either_language(client):
    """One quantity, however worded: /figures?measure= and an English query find it."""
    by_measure = client.get("/figures", params={"measure": "peserta_aktif", "sort": "date"})
    items = by_measure.json()["items"]
    assert [f["value"] for f in items] == [36700000, 40200000]
    assert {(f["measure_en"], f["organization"]) for f in items} == {
        ("active participants", "BPJS Ketenagakerjaan")
    }
    english = client.get("/figures", params={"q": "active participants"}).json()["items"]
    assert sorted(f["value"] for f in english) == [36700000, 40200000]
    ranged = client.get("/figures", params={"q": "penerima upah"}).json()["items"]
    assert [(f["value"], f["value_to"]) for f in ranged] == [(48, 52)]
    assert client.get("/figures", params={"measure": "Bad Label!"}).status_code == 422


def test_figures_filters_and_copies_collapsed(client):
    def texts(**params):
        return [f["text"] for f in client.get("/figures", params=params).json()["items"]]

    assert texts(unit="rupiah", sort="-value") == ["Rp 22 triliun", "Rp 2,8 triliun"]
    assert texts(value_min=40000000, value_max=50000000) == ["40,2 juta"]
    assert texts(kind="target", q="70 juta", sort="date") == ["70 juta", "70 juta"]
    # The syndicated story's figure is one item naming both outlets.
    target = client.get("/figures", params={"q": "tenaga kerja aktif"}).json()["items"]
    assert len(target) == 1 and set(target[0]["outlets"]) == {"kabarekonomi.id", "wartakerja.id"}
    assert texts(date_from="2024-01-01", date_to="2024-12-31", unit="kasus") == ["370 ribu kasus"]


def test_figure_cursor_walks_every_figure_once(client):
    items, total, pages = walk(client, "/figures", limit=4, sort="-date")
    ids = [f["id"] for f in items]
    assert len(ids) == len(set(ids)) == total and pages == -(-total // 4)


def test_regulations_listed_with_citing_counts(client):
    items = client.get("/regulations").json()["items"]
    by_id = {r["id"]: r for r in items}
    inpres = by_id["ref-inpres-2-2021"]
    assert (
        inpres["citing_news"] == 2 and not inpres["resolved"] and inpres["key"] == "inpres 2/2021"
    )
    permenaker = by_id["permenaker-2-2022"]
    assert permenaker["resolved"] and permenaker["citing_news"] == 1
    only_stored = client.get("/regulations", params={"resolved": "true"}).json()["items"]
    assert [r["id"] for r in only_stored] == ["permenaker-2-2022"]
    long_form = client.get("/regulations", params={"type": "Instruksi Presiden"}).json()
    assert [r["id"] for r in long_form["items"]] == ["ref-inpres-2-2021"]


def test_regulation_detail_passages_and_citing_news(client):
    reg = client.get("/regulations/permenaker-2-2022", params={"q": "usia pensiun"}).json()
    assert reg["metadata"]["issuer"] == "Kementerian Ketenagakerjaan"
    assert (
        reg["passages"][0]["page"] == 2
        and "<mark>pensiun</mark>" in reg["passages"][0]["highlighted"]
    )
    assert [d["id"] for d in reg["citing"]] == ["warta-juli"]
    inpres = client.get("/regulations/ref-inpres-2-2021").json()
    assert [d["id"] for d in inpres["citing"]] == ["antara-jabar", "berita-apeksi"]  # newest first
    assert client.get("/regulations/ref-uu-99-1999").status_code == 404


def test_people_with_roles_and_organisations(client):
    people = client.get("/people").json()
    top = people["items"][0]
    assert top["name"] == "Anggoro Eko Cahyo" and top["document_count"] == 4
    assert top["roles"] == ["Direktur Utama"] and top["organization_ids"] == [
        "bpjs-ketenagakerjaan"
    ]
    # Zainudin's articles name his employer two ways; the alias finds him either way.
    by_alias = client.get("/people", params={"organization": "BPJAMSOSTEK"}).json()
    assert {p["name"] for p in by_alias["items"]} == {"Anggoro Eko Cahyo", "Zainudin"}
    assert client.get("/people", params={"q": "ridwan"}).json()["items"][0]["roles"] == [
        "Gubernur Jawa Barat"
    ]
