"""Organisation recall (session 43): a tier of regional bodies written alone, "lewat DPRD",
"masa jabatan DPRD", names the tier as one institution, the regional legislatures
(``_tier_institution_mentions`` in nlp/components/organizations.py, ``tier_institutions`` in
nlp/data/org_heads.yaml). Sentences marked real are shaped on even-id detik articles (408,
474, 538 and 540 of dev6); the others are invented."""

from __future__ import annotations

import pytest

TIER = "Dewan Perwakilan Rakyat Daerah"


def _extract(nlp, text: str) -> dict:
    from nlp.extract import extract_documents

    return extract_documents([{"title": "Judul", "text": text}], nlp=nlp)[0]


def _orgs(nlp, text: str) -> dict[str, dict]:
    return {o["name"]: o for o in _extract(nlp, text)["organizations"]}


@pytest.mark.parametrize(
    "text",
    [
        # real-shaped (408): the tier in a national debate on local elections
        "Usulan mengembalikan pemilihan kepala daerah lewat DPRD terus didorong oleh partai "
        "politik di Senayan.",
        # real-shaped (538): the tier's term of office
        "Untuk mengisi kekosongan masa jabatan DPRD, belum ada landasan norma yang bisa "
        "dijadikan tempat bersandar.",
        # real-shaped (540): the tier by its levels, written in lower case
        "Pemilu lokal dilakukan untuk memilih anggota DPRD provinsi, anggota DPRD "
        "kabupaten/kota, dan kepala daerah secara serentak.",
        # invented: the tier opening a sentence after its subject word
        "Dia berkata. Masa jabatan DPRD harus diperpanjang demi kesinambungan program.",
    ],
)
def test_the_tier_alone_is_the_institution(full_nlp, text: str) -> None:
    orgs = _orgs(full_nlp, text)
    assert TIER in orgs
    assert orgs[TIER]["acronym"] == "DPRD"


@pytest.mark.parametrize(
    "text",
    [
        # invented: the article names one body of the tier by its place; the bare word later
        # is that body
        "Ketua DPRD Solo Budi Prasetyo mengatakan anggaran defisit. Menurutnya DPRD sudah "
        "membahas efisiensi belanja.",
        # invented: the long form with its short form and place
        "Dewan Perwakilan Rakyat Daerah (DPRD) Kota Malang menggelar rapat. Anggota DPRD hadir.",
        # invented: a regional government named beside it; the bare word is its legislature
        "Pemerintah Kabupaten Bogor dan DPRD menyepakati anggaran tahun depan.",
        # invented: a placed office named beside it
        "Kapolres Bogor dan DPRD membahas keamanan pilkada di wilayah itu.",
        # invented: right after a title, one body's officer whose place the text leaves out
        "Ketua DPRD Ahmad Yani mengatakan rapat ditunda hingga pekan depan.",
        # invented: a building of one body
        "Rapat paripurna di Gedung DPRD berlangsung tertib.",
        # invented: a regional head with his place sets the article in one region
        "Bupati Bogor Rudy Susmanto meminta DPRD segera membahas APBD perubahan.",
        # invented: a named person's apposition, one body whose place is left out
        "Budi, anggota DPRD dari Fraksi PDIP, mengatakan pihaknya menolak.",
        # invented: a title before one bare mention makes every bare mention that body
        "Ketua DPRD mengatakan rapat ditunda. Usulan itu dibahas lewat DPRD.",
    ],
)
def test_the_tier_refused(full_nlp, text: str) -> None:
    assert TIER not in _orgs(full_nlp, text)


def test_the_long_form_alone_is_neither_the_tier_nor_the_dpr(full_nlp) -> None:
    # real-shaped (518, 520 of dev5, whose golds call the seat generic): a rule's list of the
    # seats a candidate may hold; the DPR is still read where it is written itself
    orgs = _orgs(
        full_nlp,
        "Surat pernyataan tidak sedang dicalonkan sebagai anggota Dewan Perwakilan Rakyat "
        "Daerah. Surat keterangan tidak pailit dikeluarkan oleh pengadilan negeri.",
    )
    assert TIER not in orgs
    assert "Dewan Perwakilan Rakyat" not in orgs
