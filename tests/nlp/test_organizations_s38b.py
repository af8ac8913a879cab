"""Organisation precision (session 38, second part): a kind of bank is no body ("BPP (Bank
Peserta Penjaminan)"); a home body's name that runs on with "dan"
and fields into a short form of its own is the start of another body's long form, not the home
body ("Kementerian Perindustrian dan Teknologi Informasi (MIIT)", China's ministry); a name the
reader cut where the text's encoding broke ("PT MÃ" of "PT MÃ\\x80M Energindo") is no name.
Sentences marked real are shaped on detik articles (420, 214, 142, even); the others are invented."""

from __future__ import annotations

import pytest


def _orgs(nlp, text: str) -> dict[str, dict]:
    from nlp.extract import extract_documents

    result = extract_documents([{"title": "Judul", "text": text}], nlp=nlp)[0]
    return {o["name"]: o for o in result["organizations"]}


@pytest.mark.parametrize(
    "text, name, acronym, home",
    [
        # real (420)
        (
            "Dalam pertemuan dengan Li Lecheng, pimpinan Kementerian Perindustrian dan Teknologi"
            " Informasi (MIIT), Cook menyampaikan apresiasi atas dukungan pemerintah China.",
            "Kementerian Perindustrian dan Teknologi Informasi",
            "MIIT",
            "Kementerian Perindustrian",
        ),
        # invented
        (
            "Delegasi bertemu Kementerian Perdagangan dan Industri (METI) Jepang di Tokyo.",
            "Kementerian Perdagangan dan Industri",
            "METI",
            "Kementerian Perdagangan",
        ),
        (
            "Kementerian Keuangan dan Perencanaan Ekonomi (MoFEP) Ghana menyetujui pinjaman itu.",
            "Kementerian Keuangan dan Perencanaan Ekonomi",
            "MoFEP",
            "Kementerian Keuangan",
        ),
    ],
)
def test_a_home_name_running_on_into_another_short_form_is_another_body(
    rules_nlp, text, name, acronym, home
):
    orgs = _orgs(rules_nlp, text)
    assert name in orgs and orgs[name]["acronym"] == acronym
    assert home not in orgs


@pytest.mark.parametrize(
    "text, names",
    [
        # invented: the second body has its own head, or is known, or is a place
        (
            "Rapat dihadiri Kementerian Keuangan dan Bank Indonesia (BI) di Jakarta.",
            {"Kementerian Keuangan", "Bank Indonesia"},
        ),
        (
            "Pengawasan dilakukan Kementerian Kesehatan dan BPOM (Badan Pengawas Obat dan"
            " Makanan) di pasar.",
            {"Kementerian Kesehatan", "Badan Pengawas Obat dan Makanan"},
        ),
        # invented: a list of ministries sharing the head, the second one known
        (
            "Kementerian Pertanian dan Perdagangan (Kemendag) menggelar rapat bersama.",
            {"Kementerian Perdagangan"},
        ),
        # invented: the short form is the known body's own
        (
            "Kementerian Koperasi dan UKM (Kemenkop UKM) membuka pelatihan bagi pelaku usaha.",
            {"Kementerian Koperasi dan Usaha Kecil dan Menengah"},
        ),
    ],
)
def test_a_list_of_bodies_or_a_known_short_form_stays(rules_nlp, text, names):
    assert names <= set(_orgs(rules_nlp, text))


def test_a_name_cut_by_broken_encoding_is_no_name(rules_nlp):
    # real (214): the text's "PT MÃM Energindo" carries a C1 character after the "Ã"
    text = (
        "Proyek pembangunan Masjid Agung Karanganyar dilaksanakan PT M\u00c3\u0080M Energindo,"
        " kata jaksa. Direktur Operasional PT MAM Energindo, Nasori, ikut didakwa."
    )
    orgs = _orgs(rules_nlp, text)
    assert "PT M\u00c3" not in orgs
    assert "PT MAM Energindo" in orgs


def test_a_name_before_a_broken_dash_stays_when_clean(rules_nlp):
    # invented: a broken dash ("\u00e2\u0080\u0094") after a space leaves the name whole
    text = "Kontrak diteken PT Maju Jaya \u00e2\u0080\u0094 kata dia di Jakarta."
    assert "PT Maju Jaya" in _orgs(rules_nlp, text)


def test_a_kind_of_bank_is_no_body(rules_nlp):
    # real (142): LPS guarantees every bank of the kind, no one bank is named
    text = (
        "Dia di LPS lebih kepada mengamankan stabilitas perbankan, terutama BPP (Bank Peserta"
        " Penjaminan), seperti penetapan tingkat bunga penjaminan simpanan."
    )
    orgs = _orgs(rules_nlp, text)
    assert "Bank Peserta Penjaminan" not in orgs
    assert "Lembaga Penjamin Simpanan" in orgs


def test_a_bank_named_after_its_kind_stays(rules_nlp):
    # invented: a proper name after the kind names one bank
    text = "Bank Umum Syariah Bank Aceh membuka cabang baru di Medan."
    assert "Bank Aceh" in _orgs(rules_nlp, text)
