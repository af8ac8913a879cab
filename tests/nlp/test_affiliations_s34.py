"""Affiliations (session 34): a title that serves a kind of body the title does not name takes
the body its own sentence names when the article names several of that kind; the minister's
title alone takes the article's one ministry; a hearing panel's chair ("Ketua Majelis") alone
takes the court or DKPP; a university title with a portfolio ("Bidang Akademik"). Every
sentence is invented, in the shape of the even-id detik-1000 articles named beside it."""

from __future__ import annotations

import pytest

from nlp.extract import extract_documents
from nlp.role_attachment import body_of_title_kind


def people_of(nlp, text: str) -> dict[str, dict]:
    title, _, body = text.partition("\n")
    item = {"title": title, "text": body, "published": None}
    return {p["name"]: p for p in extract_documents([item], nlp=nlp)[0]["people"]}


COURTS = {
    "pengadilan-negeri-kota-medan": {"name": "PN Medan", "kind": "agency"},
    "pengadilan-tindak-pidana-korupsi-kota-medan": {
        "name": "Pengadilan Tindak Pidana Korupsi Medan",
        "kind": "agency",
    },
}
MINISTRIES = {
    "kementerian-pu": {"name": "Kementerian Pekerjaan Umum", "kind": "ministry"},
    "bpjt": {"name": "Badan Pengatur Jalan Tol", "kind": "agency"},
}


def test_several_bodies_of_the_kind_the_sentence_names_one():
    tipikor = "pengadilan-tindak-pidana-korupsi-kota-medan"
    assert body_of_title_kind("Ketua Majelis Hakim", COURTS, frozenset({tipikor})) == tipikor
    # no body of the kind in the sentence, or both: none
    assert body_of_title_kind("Ketua Majelis Hakim", COURTS) is None
    assert body_of_title_kind("Ketua Majelis Hakim", COURTS, frozenset(COURTS)) is None


def test_a_bare_title_only():
    assert body_of_title_kind("Menteri", MINISTRIES) == "kementerian-pu"
    assert body_of_title_kind("Wakil Menteri", MINISTRIES) == "kementerian-pu"
    # a title that names its ministry, another title, a former minister: none
    assert body_of_title_kind("Menteri Keuangan", MINISTRIES) is None
    assert body_of_title_kind("Menteri Koordinator Bidang Pangan", MINISTRIES) is None
    assert body_of_title_kind("Perdana Menteri", MINISTRIES) is None
    assert body_of_title_kind("Mantan Menteri", MINISTRIES) is None
    # the panel's chair alone: the court; "Ketua Majelis Ulama" is another body's head
    assert body_of_title_kind("Ketua Majelis", {"dkpp": {"name": "DKPP"}}) == "dkpp"
    assert body_of_title_kind("Ketua Majelis Ulama", {"dkpp": {"name": "DKPP"}}) is None


def test_a_portfolio_after_a_university_title():
    unis = {
        "universitas-sam-ratulangi": {"name": "Universitas Sam Ratulangi", "kind": "university"}
    }
    assert body_of_title_kind("Wakil Rektor Bidang Akademik", unis) == "universitas-sam-ratulangi"
    # other words after the title must stand in the body's name
    assert body_of_title_kind("Rektor Institut", unis) is None


@pytest.mark.parametrize(
    "text, name, org",
    [
        # invented, the shape of even 682 (two courts in the article, one in the sentence)
        (
            'Judul\nSaksi mengakui aliran dana itu. "Ini benar?," tanya Ketua Majelis Hakim '
            "Rudi Hartono di Ruang Sidang Utama Pengadilan Tindak Pidana Korupsi (Tipikor) "
            "Medan, Rabu (15/10). Perkara lain disidangkan di PN Medan pekan lalu.",
            "Rudi Hartono",
            "Pengadilan Tindak Pidana Korupsi Medan",
        ),
        # invented, the shape of even 354 (a bare minister's title, one ministry named)
        (
            "Judul\nKepala Biro Humas Kementerian Pekerjaan Umum, Siti Aminah, mewakili "
            "Menteri Budi Santoso membuka acara itu.",
            "Budi Santoso",
            "Kementerian PU",  # the lexicon's display name
        ),
        # invented, the shape of even 650 (a portfolio after the title; two universities,
        # one in the sentence)
        (
            "Judul\nEddy adalah alumnus Universitas Indonesia. Kehadiran Eddy di Universitas "
            "Sam Ratulangi (Unsrat) disambut oleh Wakil Rektor Bidang Akademik Prof Ir Arthur "
            "Pinaria dan jajaran rektorat.",
            "Arthur Pinaria",
            "Unsrat",
        ),
        # invented, the shape of dev3 0532 (a hearing of the DKPP chaired by "Ketua Majelis")
        (
            "Judul\nDewan Kehormatan Penyelenggara Pemilu (DKPP) menggelar sidang etik. "
            "Sidang ini dipimpin Ketua Majelis Rina Susanti di Medan.",
            "Rina Susanti",
            "DKPP",
        ),
    ],
)
def test_the_body_of_the_kind_in_the_pipeline(full_nlp, text, name, org):
    person = people_of(full_nlp, text)[name]
    assert person["organization"] == org


@pytest.mark.parametrize(
    "text, name",
    [
        # invented: two courts, neither in the judge's sentence
        (
            "Judul\nPerkara itu pernah disidangkan di PN Medan dan di Pengadilan Tindak Pidana "
            "Korupsi Medan. Sidang dipimpin Ketua Majelis Hakim Rudi Hartono.",
            "Rudi Hartono",
        ),
        # invented: a former minister in an article naming one ministry
        (
            "Judul\nMantan Menteri Budi Santoso hadir dalam acara Kementerian Agama di Jakarta.",
            "Budi Santoso",
        ),
        # invented: two ministries, neither in the minister's sentence
        (
            "Judul\nKementerian Agama dan Kementerian Sosial menggelar rapat. Acara itu dibuka "
            "Menteri Budi Santoso.",
            "Budi Santoso",
        ),
    ],
)
def test_no_body_of_the_kind_where_it_is_not_one(full_nlp, text, name):
    person = people_of(full_nlp, text).get(name)
    assert person is not None and person["organization"] is None
