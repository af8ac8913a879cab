"""Organisation recall, session 47 (issue 13): a correctional office graded by class.

The state's prisons and custody offices are written with their class between the office word and
the place: "Lapas Kelas I Medan Tanjung Gusta" (dev7 350), "Rupbasan Kelas I Jakarta Barat"
(dev7 308), "Rutan Kelas 1A Pakjo" (even 286). Every sentence below is INVENTED after those shapes
(not copied from an article); the refusals are the near shapes: a class with no place, a day or a
holder's name after the place, a class after a word that is no correctional office.
"""

from __future__ import annotations

from nlp.extract import extract_documents


def orgs(nlp, text: str, title: str = "") -> dict[str, dict]:
    item = {"title": title, "text": text, "published": "2025-10-20"}
    return {o["name"]: o for o in extract_documents([item], nlp=nlp)[0]["organizations"]}


def test_classed_prison_with_its_seat_and_own_name(full_nlp):
    # INVENTED sentences (the prison's name is a real one): the city is the seat, the words
    # after it the prison's own name, which the article then writes alone with the office
    # word: one record
    found = orgs(
        full_nlp,
        "Kedua terpidana menjalani hukuman di Lapas Kelas I Medan Tanjung Gusta sejak 2023. "
        "Seorang napi memberikan ponsel kepada rekannya di dalam Lapas Tanjung Gusta. Uang itu "
        "lalu ditransfer.",
    )
    assert "Lapas Kelas I Medan Tanjung Gusta" in found
    assert "Lapas Tanjung Gusta" in found["Lapas Kelas I Medan Tanjung Gusta"]["aliases"]
    assert "Lapas Tanjung Gusta" not in found


def test_classed_custody_office_with_its_bracketed_short_word(full_nlp):
    # INVENTED: the long office name, its short word in brackets, the class, the city
    found = orgs(
        full_nlp,
        "Mobil sitaan itu dititipkan di Rumah Penyimpanan Benda Sitaan Negara (Rupbasan) Kelas II "
        "Bandung. Sisanya masih disimpan di gudang kejaksaan.",
    )
    name = "Rumah Penyimpanan Benda Sitaan Negara Kelas II Bandung"
    assert name in found
    assert "Rupbasan Kelas II Bandung" in found[name]["aliases"]


def test_classed_detention_house_ends_at_the_comma(full_nlp):
    # INVENTED: a numbered class ("1A"), the town after the comma is no part of the name
    found = orgs(
        full_nlp,
        "Terdakwa dipindahkan ke Rutan Kelas 1A Gunung Sari, Makassar, pekan lalu.",
    )
    assert "Rutan Kelas 1A Gunung Sari" in found


def test_classed_office_refusals(full_nlp):
    # INVENTED: a class with no place after it; a day after the place; a class after a word
    # that is no correctional office (a school grade)
    found = orgs(
        full_nlp,
        "Daya tampung Lapas Kelas I di daerah itu sudah penuh. Ia dibebaskan dari Lapas Kelas "
        "IIB Cibinong Senin (20/10/2025). Anaknya masih duduk di Kelas III Bandung Raya.",
    )
    assert not any(n.startswith("Lapas Kelas I ") or n == "Lapas Kelas I" for n in found)
    assert "Lapas Kelas IIB Cibinong" in found
    assert not any("Senin" in n for n in found)
    assert not any("Kelas III" in n for n in found)


def test_classed_office_stops_before_the_holders_name(full_nlp):
    # INVENTED: the head of the prison named right after its place, with no comma
    found = orgs(
        full_nlp,
        "Kepala Lapas Kelas IIA Cibinong Budi Santoso mengatakan razia digelar setiap pekan.",
    )
    assert "Lapas Kelas IIA Cibinong" in found
    assert not any("Budi" in n for n in found)
