"""Organisation recall, session 47 (issue 13): a correctional office graded by class.

The state's prisons and custody offices are written with their class between the office word and
the place: "Lapas Kelas I Medan Tanjung Gusta" (dev7 350), "Rupbasan Kelas I Jakarta Barat"
(dev7 308), "Rutan Kelas 1A Pakjo" (even 286). Every sentence below is INVENTED after those shapes
(not copied from an article); the refusals are the near shapes: a class with no place, a day or a
holder's name after the place, a class after a word that is no correctional office.
"""

from __future__ import annotations

from extraction_helpers import orgs


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
    # INVENTED: a numbered class ("1A"), the town after the comma is no part of the name (an
    # unlisted seat ends at a capitalised common word, as the office reader's does: "Gunung
    # *Sari*" would be cut)
    found = orgs(
        full_nlp,
        "Terdakwa dipindahkan ke Rutan Kelas 1A Gunung Sindur, Bogor, pekan lalu.",
    )
    assert "Rutan Kelas 1A Gunung Sindur" in found


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


def test_classed_office_stops_before_a_body_main_reads(full_nlp):
    # INVENTED run-on sentences (no comma after the prison): the body, title or office written
    # next is no part of the prison's name and keeps its own record (review of session 47)
    cases = {
        "Petugas Lapas Kelas IIA Cibinong Polres Bogor menggelar razia gabungan.": "Polres Bogor",
        "Pemindahan napi ke Lapas Kelas IIA Cibinong BNN menyita sabu.": "Badan Narkotika Nasional",
        "Lapas Kelas IIA Bogor KPK memeriksa saksi di sana.": "Komisi Pemberantasan Korupsi",
        "Menurut Lapas Kelas IIA Cibinong Ditjen Pemasyarakatan mencatat 1.200 napi.": (
            "Ditjen Pemasyarakatan"
        ),
        "Sebanyak 5 napi Lapas Kelas IIA Cibinong Kemenimipas menerima remisi.": (
            "Kementerian Imigrasi dan Pemasyarakatan"
        ),
        "Napi Lapas Kelas I Medan Kapolda Sumut hadiri pemusnahan.": "Polda Sumut",
    }
    for text, body in cases.items():
        found = orgs(full_nlp, text)
        assert body in found, text
        prisons = [n for n in found if " Kelas I" in n]
        assert prisons in (
            ["Lapas Kelas IIA Cibinong"],
            ["Lapas Kelas IIA Bogor"],
            ["Lapas Kelas I Medan"],
        ), text


def test_classed_office_refuses_common_street_acronym_and_english_words(full_nlp):
    # INVENTED: a number word, common words, a street, an acronym, an English word and a title
    # after the place are no part of the prison's name
    cases = {
        "Napi Lapas Kelas IIA Cibinong Dua di antaranya kabur.": "Lapas Kelas IIA Cibinong",
        "Ia ditahan di Lapas Kelas IIA Cibinong Bersama Tiga Rekannya.": "Lapas Kelas IIA Cibinong",
        "Lapas Kelas IIA Cibinong Jalan Tegar Beriman dijaga ketat.": "Lapas Kelas IIA Cibinong",
        "Napi di Lapas Kelas IIA Cibinong HIV menerima obat.": "Lapas Kelas IIA Cibinong",
        "The inmates of Lapas Kelas IIA Cibinong Prison were moved on Monday.": (
            "Lapas Kelas IIA Cibinong"
        ),
        "Warga binaan Lapas Kelas I Medan Pria Dewasa menerima remisi.": "Lapas Kelas I Medan",
        "Rutan Kelas IIB Sleman Kepala Rutan menyatakan siap.": "Rutan Kelas IIB Sleman",
    }
    for text, prison in cases.items():
        found = orgs(full_nlp, text)
        assert [n for n in found if " Kelas I" in n] == [prison], text


def test_classed_office_refuses_a_region_after_its_place(full_nlp):
    # INVENTED: a province, regency or city written after the prison's place is no own name of
    # the prison (nor its record's key)
    cases = {
        "Sebanyak 120 napi Lapas Kelas IIA Kuningan Jawa Barat menerima remisi.": (
            "Lapas Kelas IIA Kuningan"
        ),
        "Ia ditahan di Rutan Kelas IIB Depok Jawa Barat.": "Rutan Kelas IIB Depok",
        "Ia ditahan di Lapas Kelas IIA Cibinong Kabupaten Bogor Jawa Barat.": (
            "Lapas Kelas IIA Cibinong"
        ),
    }
    for text, prison in cases.items():
        found = orgs(full_nlp, text)
        assert [n for n in found if " Kelas I" in n] == [prison], text
        assert not any("Jawa" in n for n in found if "Kelas" in n), text


def test_classed_office_own_name_only_when_written_alone_too(full_nlp):
    # INVENTED: the words after the city are the prison's own name only when the article also
    # writes the office with them alone; otherwise the name ends at the city
    found = orgs(full_nlp, "Warga binaan Lapas Kelas I Medan Tanjung Gusta menerima remisi.")
    assert [n for n in found if "Kelas" in n] == ["Lapas Kelas I Medan"]
