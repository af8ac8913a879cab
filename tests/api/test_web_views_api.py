"""What the web app's views need from the API: the measures picklist, a partner's share of
coverage, and index.html at every view's own address (the API's JSON paths unchanged)."""

from __future__ import annotations

import pytest


def test_measures_list_the_normalised_quantities_with_units_and_span(client):
    measures = client.get("/figures/measures").json()
    assert measures == [
        {
            "measure": "peserta_aktif",
            "measure_en": "active participants",
            "count": 2,
            "units": ["pekerja"],
            "first": "2023-07-27",
            "last": "2023-10-31",
        }
    ]
    # Each one is a working /figures?measure= value.
    items = client.get("/figures", params={"measure": measures[0]["measure"]}).json()["items"]
    assert len(items) == measures[0]["count"]


def test_partner_share_of_coverage_against_the_other_partners(client):
    share = client.get("/organizations/APHTN-HAN").json()["coverage_share"]
    by_id = {row["id"]: row for row in share}
    # Partners are the organisations with a commitment; BPJS (in every story) is not one.
    assert "bpjs-ketenagakerjaan" not in by_id
    assert {"aphtn-han", "apeksi", "pemprov-jabar"} <= set(by_id)
    assert [r["id"] for r in share if r["current"]] == ["aphtn-han"]
    assert by_id["aphtn-han"]["documents"] == 2
    assert sum(r["share"] for r in share) == pytest.approx(1, abs=0.01)
    counts = [r["documents"] for r in share]
    assert counts == sorted(counts, reverse=True)
    # An organisation that is no partner is still compared with the partners.
    bpjs = client.get("/organizations/bpjs-ketenagakerjaan").json()["coverage_share"]
    assert bpjs[0]["id"] == "bpjs-ketenagakerjaan" and bpjs[0]["current"]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/doc/kabar-aphtn",
        "/org/aphtn-han",
        "/partners",
        "/explore",
        "/regs",
        "/saved",
        "/reg/ref-inpres-2-2021",
        "/doc/a%2Fb/c",
    ],
)
def test_every_view_address_serves_the_page(client, path):
    page = client.get(path)
    assert page.status_code == 200 and 'id="view-search"' in page.text


def test_api_paths_still_answer_json(client):
    assert client.get("/documents/kabar-aphtn").headers["content-type"] == "application/json"
    assert client.get("/regulations/ref-inpres-2-2021").json()["id"] == "ref-inpres-2-2021"
    assert client.get("/nowhere").status_code == 404
