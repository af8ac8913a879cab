"""Organisation precision (session 39): buildings and venues written with an organisation's
head are no organisations. A building head after a locative and a room ("di Ruang Andrawina,
Hotel Owabong") is the venue; a name that the text once writes as the object of building works
("Renovasi Hotel Bumi Minang") or as what a building or a thing is called ("Rumah tersebut
bernama Rowneybury House") is that building throughout the article; a budget year ("Tahun
Anggaran 2014") is no part of a name.

Sentences marked "checked" are quoted by the hand-checked precision samples (odd-id articles
whose text was read no further); "real" ones are shaped on even-id detik articles; the others
are invented."""

from __future__ import annotations

import re

import pytest


def _orgs(analyse, text: str) -> set[str]:
    return {o["name"] for o in analyse("Judul\n" + text)["organizations"]}


# -- a building after a room ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # checked (643, seeds 2045 and 2046): the press conference's room, then its hotel
        "Pesan itu disampaikan Sekda Jawa Tengah, Sumarno, dalam konferensi pers di Ruang"
        " Andrawina, Hotel Owabong, Kabupaten Purbalingga pada Sabtu (18/10).",
        # invented: a floor, a hall without a comma
        "Rapat digelar di Lantai 3, Hotel Grand Mercure, Jakarta.",
        "Rapat digelar di Aula Hotel Grand Mercure, Jakarta.",
    ],
)
def test_a_building_after_a_room_is_the_venue(analyse, text):
    assert not {n for n in _orgs(analyse, text) if n.startswith("Hotel")}


def test_a_hotel_is_left_where_no_room_precedes_it(analyse):
    # invented: "Tata Ruang" is a ministry's field, no room after a locative; the hotel
    # named as a party stays, and so does one a later sentence sues (one mention per venue)
    text = "Perwakilan Kementerian Agraria dan Tata Ruang, Hotel Seturan dan PT Maju Jaya hadir."
    assert "Hotel Seturan" in _orgs(analyse, text)
    text = "Rapat di Ruang Melati, Hotel Seturan. Hotel Seturan digugat mantan karyawannya."
    assert "Hotel Seturan" in _orgs(analyse, text)


# -- a building under works -------------------------------------------------------------------
def test_a_building_under_works_is_the_building_in_that_mention(analyse):
    # shaped on 172: the renovated hotel is the building; only that mention goes (the review's
    # "Proyek Hotel Mulia ... Hotel Mulia memecat": a hotel may act in another mention)
    text = "Renovasi Hotel Bumi Minang ini sejalan dengan semangat investasi OSO Group."
    assert _orgs(analyse, text) == {"OSO Group"}
    # checked (219, seeds 2034 and 2046): a hotel built with a budget year's money
    text = (
        "Jaksa menyebut dana untuk pembangunan Hotel Kuantan Singingi pada Tahun Anggaran 2013."
        " Selain itu terkait Pembangunan Hotel Kuantan Singingi Tahun Anggaran 2014."
    )
    assert not {n for n in _orgs(analyse, text) if n.startswith("Hotel")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # checked (294): a hotel sued as an employer, no works
        (
            "Hotel Seturan digugat perkara pesangon pensiun oleh mantan karyawannya.",
            "Hotel Seturan",
        ),
        # invented: a known body named by its building is left alone ("Gedung Putih")
        (
            "Trump memulai renovasi Gedung Putih. Gedung Putih menyatakan ballroom itu dibiayai"
            " donatur.",
            "Gedung Putih",
        ),
        # invented: a museum is an institution with its own staff, as a hospital is
        (
            "Renovasi Museum Louvre dimulai. Museum Louvre menyatakan koleksi dipindahkan.",
            "Museum Louvre",
        ),
    ],
)
def test_works_leave_an_employer_a_known_body_and_an_institution(analyse, text, name):
    assert name in _orgs(analyse, text)


# -- what a building is called ----------------------------------------------------------------
def test_what_a_building_is_called_is_no_organisation(analyse):
    # real (296): the hotel's name under a chain's brand, then renamed
    text = "Hotel ini kemudian dikenal dengan nama Hotel Hilton. Hotel Hilton berganti nama."
    assert "Hotel Hilton" not in _orgs(analyse, text)
    # invented
    assert "Hotel Puncak Indah" not in _orgs(
        analyse, "Vila itu bernama Hotel Puncak Indah. Hotel Puncak Indah disewakan."
    )


def test_a_house_called_by_name_is_no_organisation(full_nlp):
    # checked (589, seed 2046); the statistical NER reads the house's name
    from nlp.extract import extract_documents

    text = (
        "Rumah tersebut bernama Rowneybury House yang pernah dibeli Beckham pada 1999."
        " Rowneybury House awalnya digunakan sebagai panti asuhan."
    )
    result = extract_documents([{"title": "Judul", "text": text}], nlp=full_nlp)[0]
    assert "Rowneybury House" not in {o["name"] for o in result["organizations"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # real (488): a party called by its name is a body
        (
            "Musk mengumumkan pembentukan partai politik baru bernama America Party.",
            "America Party",
        ),
        # invented: so is a company
        (
            "Ia mendirikan perusahaan bernama PT Maju Jaya pada 2010. PT Maju Jaya kini"
            " mempekerjakan 200 orang.",
            "PT Maju Jaya",
        ),
    ],
)
def test_a_body_called_by_name_stays(analyse, text, name):
    assert name in _orgs(analyse, text)


# -- a budget year ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented
        ("Korupsi di Badan Pengelola Keuangan TA 2023 diusut jaksa.", "Badan Pengelola Keuangan"),
        ("Laporan keuangan PT Sinar Jaya Tahun Buku 2024 diaudit.", "PT Sinar Jaya"),
        # invented refusal: "TA" before a word, not a year, is part of the name
        ("Kontrak diteken PT Mitra TA Sejahtera pekan lalu.", "PT Mitra TA Sejahtera"),
    ],
)
def test_a_budget_year_ends_a_name(analyse, text, name):
    assert name in _orgs(analyse, text)


# -- a name inside a building's name is no person ---------------------------------------------
def test_a_name_written_only_inside_a_buildings_name_is_no_person(rules_nlp):
    # real (296): once "Hotel Sultan" is the building under works, the NER's "Sultan" of it
    # is no person either
    from nlp.components.people import PersonMention, _outside_organisations
    from nlp.names import DocWords

    text = "Judul\nPembangunan Hotel Sultan dilakukan 1973, kata Budi Santoso."
    ctx = DocWords(rules_nlp(text))

    def mentions_of(name: str) -> list[PersonMention]:
        return [
            PersonMention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), ctx.text)
        ]

    people = mentions_of("Sultan") + mentions_of("Budi Santoso")
    kept = _outside_organisations(ctx, people, {}, {"Hotel Sultan"})
    assert {m.name for m in kept} == {"Budi Santoso"}
    assert {m.name for m in _outside_organisations(ctx, people, {})} == {"Sultan", "Budi Santoso"}


def test_the_pipeline_marks_the_buildings_read_as_no_organisation(rules_nlp):
    # invented: the works' building and the room's venue are kept as buildings' spans
    doc = rules_nlp(
        "Judul\nRenovasi Hotel Bumi Minang dimulai. Rapat di Ruang Melati, Hotel Seturan."
    )
    assert {s.text for s in doc.spans["buildings"]} == {"Hotel Bumi Minang", "Hotel Seturan"}


@pytest.mark.parametrize(
    "text, name",
    [
        # invented (session 39 review): the hotel acts after the works noun's mention
        (
            "Proyek Hotel Mulia di Bali menyerap 500 pekerja. Hotel Mulia memecat 50 karyawan "
            "tanpa pesangon.",
            "Hotel Mulia",
        ),
        # invented: a body's head after "bernama"
        (
            "Polisi menggerebek sebuah rumah bernama Pondok Pesantren Al Zaytun. Pondok "
            "Pesantren Al Zaytun membantah tuduhan itu.",
            "Pondok Pesantren Al Zaytun",
        ),
        # invented: a lower-case room word ends a clause; the hotel speaks
        (
            "Ia bicara di ruang publik, Hotel Santika menyatakan menolak tuduhan itu.",
            "Hotel Santika",
        ),
    ],
)
def test_a_body_acting_beside_a_building_cue_stays(analyse, text, name):
    assert name in _orgs(analyse, text)
