"""A party's regional board written by its short form (session 43): "DPD" stands for the
Dewan Perwakilan Daerah and for a party's Dewan Pimpinan Daerah. Once the article writes it
before a party ("Ketua DPD PDI Perjuangan Bali"), its bare "DPD" elsewhere ("di tingkat DPD")
is that board too, unless the article names the chamber itself or lists it beside another
state body ("anggota DPR dan DPD"). Sentences are invented; the shape is the one the
hand-checked sample of seed 2050 found wrong (an odd-id article, read no further)."""

from __future__ import annotations

import pytest

_CHAMBER = "Dewan Perwakilan Daerah"


def _orgs(analyse, text: str) -> set[str]:
    return {o["name"] for o in analyse("Judul\n" + text)["organizations"]}


@pytest.mark.parametrize(
    "text",
    [
        "Djarot meminta kepengurusan partai di tingkat DPD segera disusun. Calon Ketua DPD PDI"
        " Perjuangan Bali dibahas dalam rapat pleno. Karena DPD bertugas memimpin musancab.",
        "Sekretaris DPD Partai Golkar Jatim hadir. Menurutnya, DPD akan menggelar musda bulan"
        " depan.",
        "Rapat pleno DPD II Golkar Makassar digelar Senin. Keputusan DPD itu dikirim ke DPP.",
    ],
)
def test_a_bare_board_short_form_follows_the_party_board(analyse, text):
    assert _CHAMBER not in _orgs(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        # the chamber named by its own name or alias in the same article
        "Ketua DPD Partai Golkar NTT Melki hadir. Ia bertemu anggota DPD RI asal NTT."
        " Menurutnya DPD harus aktif.",
        # the chamber listed beside another state body
        "Pemilu memilih anggota DPR dan DPD. Ketua DPD Gerindra Jabar ikut berkampanye.",
        "Pemilu memilih anggota DPR/DPD. Ketua DPD Gerindra Jabar ikut berkampanye.",
        # no party board at all
        "Pemilu memilih anggota DPR dan DPD tahun depan. DPD akan membahas RUU itu.",
    ],
)
def test_the_chamber_stays_where_the_article_names_it(analyse, text):
    assert _CHAMBER in _orgs(analyse, text)
