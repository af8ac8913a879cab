"""CSV and JSON exports parse and hold what the listing endpoints list."""

from __future__ import annotations

import csv
import io


def rows(answer):
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))


def test_commitments_csv_and_json_match_the_list(client):
    listed = client.get("/commitments", params={"kind": "MoU"}).json()
    table = rows(client.get("/export/commitments.csv", params={"kind": "MoU"}))
    assert [r["id"] for r in table] == [c["id"] for c in listed["items"]]
    aphtn = next(r for r in table if r["partner_id"] == "aphtn-han")
    assert aphtn["signatories"] == "Anggoro Eko Cahyo; Guntur Hamzah"
    assert set(aphtn["outlets"].split("; ")) == {"kabarekonomi.id", "wartakerja.id"}
    exported = client.get("/export/commitments.json", params={"kind": "MoU"}).json()
    assert exported == listed["items"]


def test_figures_csv_keeps_values_and_sources(client):
    table = rows(client.get("/export/figures.csv", params={"q": "peserta aktif"}))
    assert [(r["value"], r["text"], r["document_id"]) for r in table] == [
        ("36700000", "36,7 juta", "warta-juli"),
        ("40200000", "40,2 juta", "idn-alb-kadin"),
    ]
    listed = client.get("/figures", params={"limit": 100}).json()
    assert len(client.get("/export/figures.json").json()) == listed["total"]


def test_search_export_holds_every_story(client):
    total = client.get("/search", params={"q": "BPJS", "mode": "keyword"}).json()["total"]
    table = rows(client.get("/export/search.csv", params={"q": "BPJS", "mode": "keyword"}))
    assert len(table) == total and [r["rank"] for r in table] == [
        str(i) for i in range(1, total + 1)
    ]
    assert all(r["passage"] for r in table)
    assert (
        len(
            rows(
                client.get(
                    "/export/search.csv", params={"q": "BPJS", "mode": "keyword", "max_hits": 2}
                )
            )
        )
        == 2
    )
    assert (
        len(client.get("/export/search.json", params={"q": "BPJS", "mode": "keyword"}).json())
        == total
    )
