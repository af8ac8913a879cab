"""Academics and experts (session 35): an expert's title with its field in lower case right
before the name ("pengamat kebijakan publik Sumatera Selatan M Husni Thamrin", even 472 and 462)
gives the person that role. (A campus's town cut from a university's name was built and dropped
in review: "Institut Seni Indonesia Surakarta" is a name.) Sentences marked so are the articles'
own text; every other sentence is INVENTED in the same shape (marked so)."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

extract = Reading(published=None, title_line=True).extract


def roles_of(nlp, text: str) -> dict[str, str | None]:
    return {p["name"]: p["role"] for p in extract(nlp, text)["people"]}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # even 472 (the article's own sentence)
        (
            "Pengamat kebijakan publik Sumatera Selatan M Husni Thamrin menyebut insiden "
            "kekerasan keluarga pasien terhadap dokter di RSUD Sekayu harus menjadi perhatian.",
            "M Husni Thamrin",
            "Pengamat kebijakan publik Sumatera Selatan",
        ),
        # even 462 (the article's own sentence): two fields joined by "dan". (Alone, no reader
        # finds "Nasky Putra Tandjung", and the field title makes no name of its own; in the
        # article the NER reads him.)
        (
            "Hal itu disampaikan pengamat kebijakan publik dan politik nasional Budi Santoso "
            "dalam Sarasehan Nasional di Jakarta.",
            "Budi Santoso",
            "pengamat kebijakan publik dan politik nasional",
        ),
        # INVENTED
        (
            "Menurut pakar hukum tata negara Refly Harun, putusan itu keliru.",
            "Refly Harun",
            "pakar hukum tata negara",
        ),
        # INVENTED
        (
            "Hal itu disampaikan pengamat politik Budi Santoso di Jakarta, Senin (4/8/2025).",
            "Budi Santoso",
            "pengamat politik",
        ),
        # INVENTED: a name title between the field and the name
        (
            "Guru besar ilmu hukum Prof Budi Santoso menilai hal itu keliru.",
            "Budi Santoso",
            "Guru besar ilmu hukum",
        ),
    ],
)
def test_a_field_title_before_the_name(full_nlp, sentence, name, role):
    assert roles_of(full_nlp, f"Judul berita\n{sentence}").get(name) == role


@pytest.mark.parametrize(
    "sentence",
    [
        # INVENTED: no field, a verb after the title, a plural, a one-word name
        "Pengamat menilai Budi Santoso keliru dalam hal itu.",
        "Pengamat politik menilai Budi Santoso keliru dalam hal itu.",
        "Para pengamat politik Budi Santoso dan Ani Lestari menilai hal itu keliru.",
        "Hal itu disampaikan pengamat politik Budi di Jakarta.",
    ],
)
def test_no_field_title_read(full_nlp, sentence):
    roles = roles_of(full_nlp, f"Judul berita\n{sentence}")
    assert not any(r and r.lower().startswith("pengamat") for r in roles.values())


def test_an_idiom_is_no_field(full_nlp):
    # INVENTED: "ahli waris" is an heir (roles.yaml occupation_idioms), no expert
    roles = roles_of(full_nlp, "Judul\nSeorang ahli waris Budi Santoso datang ke kantor itu.")
    assert roles.get("Budi Santoso") != "ahli waris"


def test_a_body_after_the_field_is_left_to_the_title_readers(full_nlp):
    # INVENTED: the field, then a body: "Peneliti senior BRIN Siti Zuhro" keeps its body
    people = extract(full_nlp, "Judul\nPeneliti senior BRIN Siti Zuhro menilai hal itu keliru.")
    found = {p["name"]: p for p in people["people"]}
    assert found["Siti Zuhro"]["role"] == "Peneliti senior"
    assert found["Siti Zuhro"]["organization"] == "BRIN"


@pytest.mark.parametrize(
    "text, name",
    [
        # INVENTED (review): a capitalised word of the field stays out of the name
        ("Judul\nPengamat hukum Kristen Budi Santoso menolak aturan itu.", "Budi Santoso"),
        ("Judul\nPeneliti virus Corona Budi Santoso menemukan varian baru.", "Budi Santoso"),
        ("Judul\nDosen sejarah Asia Tenggara Budi Santoso menulis buku baru.", "Budi Santoso"),
        (
            "Judul\nPengamat pasar Wall Street Budi Santoso memperkirakan saham teknologi naik.",
            "Budi Santoso",
        ),
        (
            "Judul\nHal itu disampaikan peneliti virus Corona Ani Lestari kepada wartawan.",
            "Ani Lestari",
        ),
    ],
)
def test_a_capitalised_field_word_is_no_part_of_the_name(full_nlp, text, name):
    assert [p["name"] for p in extract(full_nlp, text)["people"]] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # INVENTED (review): no name opens the capitalised run after the field
        "Judul\nMenurut ahli ekonomi Wall Street kini sedang gelisah.",
        "Judul\nHal itu diungkapkan pakar bahasa Jawa Kuno di Yogyakarta.",
        # INVENTED: a count before the title makes it many people's
        "Judul\nDua pengamat politik Budi Santoso dan Ani Lestari menilai hal itu wajar.",
    ],
)
def test_no_field_title_role_without_one_person(full_nlp, text):
    people = extract(full_nlp, text)["people"]
    assert all(
        not (p.get("role") or "").lower().startswith(("ahli", "pakar", "pengamat")) for p in people
    )
    assert not any(p["name"] in ("Street", "Kuno") for p in people)


@pytest.mark.parametrize(
    "text, name",
    [
        # INVENTED (review of the whole round): a noun of a person inside the field is that
        # person's, so the field is no field
        ("Judul\nIa dosen pembimbing mahasiswi Ani Lestari di kampus itu.", "Ani Lestari"),
        ("Judul\nPolisi memeriksa dosen pembimbing korban Budi Santoso kemarin.", "Budi Santoso"),
        ("Judul\nRumah guru besar anak Budi Santoso itu terbakar.", "Budi Santoso"),
    ],
)
def test_a_field_holding_a_noun_of_people_gives_no_role(full_nlp, text, name):
    people = {p["name"]: p for p in extract(full_nlp, text)["people"]}
    assert not (people.get(name, {}).get("role") or "").lower().startswith(("dosen", "guru"))


def test_name_words_stay_in_the_name(full_nlp):
    # INVENTED (review of the whole round): the NER starting later does not push an initial
    # and a first name into the field
    text = "Judul\nPengamat politik H Ahmad Dahlan Iskandar menilai koalisi itu rapuh."
    for person in extract(full_nlp, text)["people"]:
        assert "Ahmad" not in (person.get("role") or "")
