"""Organisation precision (session 41): names of kinds of bodies (the financial regulators'
classes "Lembaga Jasa Keuangan" and "Bank Peserta Penjaminan", the community health centre
"Pusat Kesehatan Masyarakat", a name ending in "Lainnya") are no organisation; a descriptive
body's name that goes on after "dan" with ordinary capitalised words is read whole
("Kementerian Perindustrian dan Teknologi Informasi").

Sentences marked "real" are quoted or shortened from even-id detik articles; the others are
invented."""

from __future__ import annotations

import pytest


def _orgs(analyse, text: str) -> set[str]:
    return {o["name"] for o in analyse("Judul\n" + text)["organizations"]}


def _people(analyse, text: str) -> dict[str, str | None]:
    return {p["name"]: p.get("organization") for p in analyse("Judul\n" + text)["people"]}


# -- kinds of bodies --------------------------------------------------------------------------
def test_the_guaranteed_banks_are_a_kind_not_a_bank(analyse):
    # real (even 142), shortened
    orgs = _orgs(
        analyse,
        "Tugas LPS lebih kepada mengamankan stabilitas perbankan, terutama BPP (Bank Peserta"
        " Penjaminan), seperti penetapan tingkat bunga penjaminan.",
    )
    assert "Lembaga Penjamin Simpanan" in orgs
    assert not any(o.startswith("Bank Peserta") for o in orgs)


def test_the_other_financial_institutions_are_a_kind(analyse):
    # invented
    orgs = _orgs(
        analyse,
        "OJK mencabut izin usaha dua Lembaga Jasa Keuangan Lainnya (LJK Lainnya) di Jakarta.",
    )
    assert "Otoritas Jasa Keuangan" in orgs
    assert not any("Jasa Keuangan Lainnya" in o for o in orgs)


def test_the_health_centre_as_a_kind_but_a_named_one_stays(analyse):
    # invented
    assert not _orgs(analyse, "Warga diminta berobat ke Pusat Kesehatan Masyarakat (Puskesmas).")
    # refusal: the kind with its own name or place is one body, kept as before (invented)
    orgs = _orgs(
        analyse,
        "OJK dan Bank Rakyat Indonesia meresmikan program itu. Badan Pusat Statistik"
        " mencatat inflasi.",
    )
    assert {"Otoritas Jasa Keuangan", "Badan Pusat Statistik"} <= orgs


# -- a descriptive name going on after "dan" ---------------------------------------------------
def test_a_ministry_name_going_on_after_dan_is_read_whole(analyse):
    # real (even 420), shortened: China's ministry, not Indonesia's Kementerian Perindustrian
    orgs = _orgs(
        analyse,
        "Dalam pertemuan itu, Cook menyampaikan apresiasi kepada Kementerian Perindustrian dan"
        " Teknologi Informasi (MIIT).",
    )
    assert "Kementerian Perindustrian dan Teknologi Informasi" in orgs
    assert "Kementerian Perindustrian" not in orgs


def test_a_list_after_dan_is_no_longer_name(analyse):
    # invented refusals: a head, a title, a known body or a proper name after "dan" is the
    # list's next item
    orgs = _orgs(
        analyse,
        "Kementerian Pertanian dan Kementerian Perdagangan bertemu. Kementerian Keuangan dan"
        " Bank Indonesia sepakat. Badan Pusat Statistik dan Pemerintah Provinsi Jawa Barat"
        " bekerja sama.",
    )
    assert {
        "Kementerian Pertanian",
        "Kementerian Perdagangan",
        "Kementerian Keuangan",
        "Bank Indonesia",
        "Badan Pusat Statistik",
    } <= orgs
    # a known body's longer name stays the known body (invented)
    orgs = _orgs(analyse, "Kementerian Investasi dan Hilirisasi menerbitkan aturan baru.")
    assert not any(o.startswith("Kementerian Investasi dan Hilirisasi ") for o in orgs)
    assert any(o.startswith("Kementerian Investasi") for o in orgs)


def test_a_proper_word_after_the_run_is_a_list(analyse):
    # invented refusal: "Partai Republik dan Demokrat" is two parties, "Demokrat" not common
    orgs = _orgs(analyse, "Pemimpin Partai Republik dan Demokrat bertemu di Washington.")
    assert not any("dan Demokrat" in o for o in orgs)


# -- review mends (session 41): people, groups, schools after "dan"; a company after a kind ----
@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # invented, each: a list's next item is people, a group or a school, not the name
        (
            "Kementerian Pertanian dan Petani Milenial Kabupaten Karawang menanam padi.",
            "Kementerian Pertanian",
        ),
        (
            "Kementerian Perhubungan dan Pengemudi Ojek Online (Ojol) berdialog.",
            "Kementerian Perhubungan",
        ),
        (
            "Kementerian Pertanian dan Penyuluh Pertanian Lapangan (PPL) turun ke sawah.",
            "Kementerian Pertanian",
        ),
        (
            "Kementerian Kesehatan dan Relawan Kesehatan Bandung melakukan skrining.",
            "Kementerian Kesehatan",
        ),
        (
            "Kementerian Perdagangan dan Pelaku Usaha Mikro (UMKM) bertemu.",
            "Kementerian Perdagangan",
        ),
        (
            "Kementerian Sosial dan Penyandang Disabilitas (PD) Kota Solo berdialog.",
            "Kementerian Sosial",
        ),
        ("Badan Gizi Nasional dan Sekolah Rakyat (SR) menyiapkan menu.", "Badan Gizi Nasional"),
    ],
)
def test_people_groups_and_schools_after_dan_are_no_more_of_the_name(analyse, sentence, body):
    orgs = _orgs(analyse, "Rapat digelar kemarin. " + sentence)
    assert body in orgs, orgs
    assert not any(o.startswith(body + " dan") for o in orgs), orgs


def test_a_remit_in_pe_an_still_goes_on_after_dan(analyse):
    # refusal of the agent-noun refusal: the real ministry name (even 420) is still read whole
    orgs = _orgs(
        analyse,
        "Dalam pertemuan itu, Cook menyampaikan apresiasi kepada Kementerian Perindustrian dan"
        " Teknologi Informasi (MIIT) China.",
    )
    assert any(o.startswith("Kementerian Perindustrian dan Teknologi Informasi") for o in orgs)


@pytest.mark.parametrize(
    "sentence",
    [
        # invented
        "OJK menjatuhkan sanksi kepada Lembaga Jasa Keuangan (LJK) PT Bank Mandiri Tbk.",
        "Lembaga Jasa Keuangan (LJK) PT Asuransi Jiwasraya diawasi ketat.",
    ],
)
def test_a_company_after_a_kind_is_named_on_its_own(analyse, sentence):
    orgs = _orgs(analyse, sentence)
    assert not any(o.startswith("Lembaga Jasa Keuangan") for o in orgs), orgs


def test_a_regional_enterprise_named_after_its_kind_stays_one_company(analyse):
    # refusal (invented): a proper name no known body after the kind's short form
    orgs = _orgs(analyse, "Badan Usaha Milik Daerah (BUMD) Riau Pangan Bertuah menyalurkan beras.")
    assert any("Riau Pangan Bertuah" in o for o in orgs), orgs


def test_only_an_unclosed_bracket_is_cut_from_a_kind(rules_nlp):
    recogniser = rules_nlp.get_pipe("newsintel_organizations")
    assert recogniser._category("Bank Peserta Penjaminan (BPP")  # the NER's cut (real, even 142)
    # a closed bracket and a proper name after it: one company of the kind, no kind
    assert not recogniser._category("Badan Usaha Milik Daerah (BUMD) Riau Pangan Bertuah")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # refusals (invented; the first is even 358's body): a remit after "dan" whose later
        # words are people nouns, or a family-planning remit, is still the body's own name
        (
            "Kepala Badan Pemberdayaan Perempuan dan Keluarga Berencana (BPPKB) Kota Bogor hadir.",
            "Badan Pemberdayaan Perempuan dan Keluarga Berencana Kota Bogor",
        ),
        (
            "Dinas Sosial dan Pemberdayaan Masyarakat (Dinsos PM) Kota Bogor membagikan bantuan.",
            "Dinas Sosial dan Pemberdayaan Masyarakat Kota Bogor",
        ),
    ],
)
def test_a_remit_after_dan_stays_in_the_name(analyse, sentence, name):
    assert name in _orgs(analyse, "Rapat digelar kemarin. " + sentence)
