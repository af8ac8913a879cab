"""Academics and experts (session 35): an expert's title with its field in lower case right
before the name ("pengamat kebijakan publik Sumatera Selatan M Husni Thamrin", even 472 and 462)
gives the person that role; a campus's town after its name ("Universitas Borobudur Jakarta"
beside "Universitas Borobudur", even 412; "Universitas Islam Indonesia Yogyakarta", even 538) is
no part of the name. The first two sentences of each test are the articles' own text; every
other sentence is INVENTED in the same shape (marked so)."""

from __future__ import annotations

import pytest

from nlp.extract import extract_documents


def extract(nlp, text: str) -> dict:
    title, _, body = text.partition("\n")
    return extract_documents([{"title": title, "text": body, "published": None}], nlp=nlp)[0]


def roles_of(nlp, text: str) -> dict[str, str | None]:
    return {p["name"]: p["role"] for p in extract(nlp, text)["people"]}


def org_names(nlp, text: str) -> list[str]:
    return [o["name"] for o in extract(nlp, text)["organizations"]]


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
        # even 462 (the article's own sentence): two fields joined by "dan"
        (
            "Hal itu disampaikan pengamat kebijakan publik dan politik nasional Nasky Putra "
            "Tandjung dalam Sarasehan Nasional di Jakarta.",
            "Nasky Putra Tandjung",
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


def test_a_campus_town_written_without_it_elsewhere(full_nlp):
    # even 412 (the article's own sentence)
    text = (
        "Judul\nHal tersebut ia sampaikan saat mengajar mata kuliah 'Politik Hukum', Program "
        "Doktor Ilmu Hukum Universitas Borobudur di Kampus Universitas Borobudur Jakarta, "
        "Sabtu (11/10)."
    )
    orgs = extract(full_nlp, text)["organizations"]
    assert [o["name"] for o in orgs] == ["Universitas Borobudur"]
    assert "Universitas Borobudur Jakarta" in orgs[0]["aliases"]


def test_a_campus_town_after_a_place_of_the_name(full_nlp):
    # even 538 (the article's own words); INVENTED: a province in the name, then the city
    assert "Universitas Islam Indonesia" in org_names(
        full_nlp,
        "Judul\nIa mahasiswa pascasarjana hukum Universitas Islam Indonesia Yogyakarta yang "
        "tengah mengambil studi Hukum Tata Negara.",
    )
    assert "Universitas Sumatera Utara" in org_names(
        full_nlp, "Judul\nIa dosen di Universitas Sumatera Utara Medan sejak 2010."
    )


@pytest.mark.parametrize(
    "name",
    [
        # INVENTED: the town is the name's only place; a province after "Indonesia" (UKIM)
        "Universitas Muhammadiyah Malang",
        "Politeknik Pelayaran Sorong",
        "Universitas Kristen Indonesia Maluku",
        "Universitas Negeri Semarang",
    ],
)
def test_a_campus_town_that_is_the_name(full_nlp, name):
    assert name in org_names(full_nlp, f"Judul\nIa mengajar di {name} sejak 2010.")
