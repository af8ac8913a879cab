"""Organisation precision (session 38): a count before a long name defined with its short
form ("12 Kantor Pelayanan Pajak (KPP)") names offices of a kind, no one body; a sum written
after a body's proper name is no word of it ("(PKN) STAN Rp 15,03 miliar"). Sentences marked
real are shaped on detik articles (36 even; 59 odd, a hand-checked precision item); the others
are invented."""

from __future__ import annotations

import pytest


def _orgs(analyse, text: str) -> dict[str, dict]:
    return {o["name"]: o for o in analyse("Judul\n" + text)["organizations"]}


@pytest.mark.parametrize(
    "text",
    [
        # real (36)
        "Penyitaan dilakukan serentak oleh 12 Kantor Pelayanan Pajak (KPP) di wilayah Jakarta.",
        # invented
        "Edaran dikirim ke seluruh Kantor Wilayah (Kanwil) di Pulau Jawa.",
        "Pemeriksaan digelar di sejumlah Rumah Potong Hewan (RPH) menjelang Idul Adha.",
    ],
)
def test_a_counted_kind_of_office_is_no_body(analyse, text):
    assert _orgs(analyse, text) == {}


@pytest.mark.parametrize(
    "text, name",
    [
        # invented: a year before the name is no count
        (
            "Sejak 2024 Asosiasi Pengusaha Kopi Indonesia (APKI) membina petani di Aceh.",
            "Asosiasi Pengusaha Kopi Indonesia",
        ),
        # invented (review): a number after a label word is no count
        (
            "Pada pukul 10 Lembaga Kajian Tata Ruang Nusantara (LKTRN) menggelar diskusi.",
            "Lembaga Kajian Tata Ruang Nusantara",
        ),
        (
            "Caleg nomor urut 3 Partai Rakyat Mandiri Sejahtera (PRMS) hadir di sana.",
            "Partai Rakyat Mandiri Sejahtera",
        ),
        # invented: a known body stays whatever counts it
        ("Dana dibagi ke dua Badan Pusat Statistik (BPS) daerah.", "Badan Pusat Statistik"),
    ],
)
def test_a_year_or_a_known_body_stays(analyse, text, name):
    assert name in _orgs(analyse, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # real (59, odd: a hand-checked item, seed 2045)
        (
            "Pagu untuk Politeknik Keuangan Negara (PKN) STAN Rp 15,03 miliar tahun depan.",
            "Politeknik Keuangan Negara STAN",
        ),
        # invented
        ("Hibah Universitas Gadjah Mada USD 300 ribu disalurkan.", "Universitas Gadjah Mada"),
    ],
)
def test_a_sum_after_a_name_is_no_word_of_it(analyse, text, name):
    orgs = _orgs(analyse, text)
    assert name in orgs
    assert not any("Rp" in n.split() or "USD" in n.split() for n in orgs)
