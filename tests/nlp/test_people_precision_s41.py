"""People precision (session 41) on invented sentences (all labelled invented; no figure from
them is a generalisation figure): a name the article only ever writes as a place, a list of
places a place word opens, the press's one-word short titles (Walkot, Kasintel, Kalakhar,
Sesmenko) and English words of bodies (Magazine, Circus, Journal). Each rule has
cases where it must not act."""

from __future__ import annotations

import pytest


def _people(full_nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    from nlp.extract import extract_documents

    found = extract_documents([{"title": "Berita", "text": text, "published": None}], nlp=full_nlp)
    return {p["name"]: (p.get("role"), p.get("organization")) for p in found[0]["people"]}


@pytest.mark.parametrize(
    "text, name, person",
    [
        # invented: a list of districts a place word opens; its later items are places
        (
            "Banjir melanda Kecamatan Setia Bakti, Krueng Sabe, Pasie Raya, dan Darul Hikmah.",
            "Pasie Raya",
            False,
        ),
        (
            "Gampong Meunasah Krueng, Blang Bintang, dan Lam Ujong terendam banjir.",
            "Lam Ujong",
            False,
        ),
        # invented: the name only ever after "di" or a place word
        (
            "Banjir bandang menerjang kota itu. Warga di Lubuk Basung mengungsi ke masjid.",
            "Lubuk Basung",
            False,
        ),
        (
            "Massa berkumpul di Jalan Ahmad Yani. Polisi menutup Jalan Ahmad Yani sore itu.",
            "Ahmad Yani",
            False,
        ),
        # refusals (invented): one mention reads the name as a person's
        (
            "Massa berkumpul di Jalan Ahmad Yani. Hal itu disampaikan Ahmad Yani kepada wartawan.",
            "Ahmad Yani",
            True,
        ),
        # two items after a place are a title's place and its holder, not a list of places
        (
            "Wali Kota Solo, Respati Ardi, dan Wakil Wali Kota Astrid Widayani hadir.",
            "Respati Ardi",
            True,
        ),
        # a list of people after a sentence naming a place
        (
            "Ia tinggal di Kecamatan Cibinong. Budi Santoso, Ahmad Yani, dan Rudi hadir.",
            "Ahmad Yani",
            True,
        ),
        # a place in a title ("Kepala Desa"): the name after it is the holder
        (
            "Kepala Desa Sukamaju, Budi Santoso, Ahmad Fauzi, dan Rudi Hartono hadir.",
            "Ahmad Fauzi",
            True,
        ),
    ],
)
def test_name_only_written_as_a_place(full_nlp, text, name, person):
    """``_only_written_as_a_place``: a name no capitalised word runs into is set aside only
    where every writing of it is a place's (after "di", a place word, or in a list of three
    or more that a place word opens)."""
    names = _people(full_nlp, text)
    assert (name in names) is person, names


def test_list_conjunction_is_no_lower_case_apposition():
    """ ", dan Darul Hikmah" is a list's next item, not an apposition (", warga setempat")."""
    from nlp.components.people import _LOWER_APPOSITION

    assert _LOWER_APPOSITION.match(", warga setempat", 0)
    assert _LOWER_APPOSITION.match(", dan Darul", 0) is None
    assert _LOWER_APPOSITION.match(", serta Budi", 0) is None
    assert _LOWER_APPOSITION.match(", dantrik", 0)  # a word that only begins like "dan"


@pytest.mark.parametrize(
    "text, name, role",
    [
        # invented: the one-word short titles move into the role
        ("Kalakhar BPBD Agam Suratno mengatakan banjir surut.", "Suratno", "Kalakhar"),
        ("Hal itu disampaikan Sesmenko Susiwijono di Jakarta.", "Susiwijono", "Sesmenko"),
        (
            "Kasintel Kejari Medan, Budi Santoso, mengatakan berkas sudah lengkap.",
            "Budi Santoso",
            "Kasintel",
        ),
    ],
)
def test_short_titles(full_nlp, text, name, role):
    names = _people(full_nlp, text)
    assert name in names and names[name][0] == role, names


@pytest.mark.parametrize(
    "text",
    [
        "Walkot mengatakan bahwa program itu berjalan baik.",
        "Menurut Kalakhar, air mulai surut.",
    ],
)
def test_short_title_alone_is_no_person(full_nlp, text):
    assert _people(full_nlp, text) == {}


@pytest.mark.parametrize(
    "text, name, person",
    [
        # invented: an English body word after a name makes it the body's
        (
            "Menurut Smithsonian Magazine, benteng itu dibangun abad ke-17.",
            "Smithsonian Magazine",
            False,
        ),
        # refusals (invented): English-named people stay people
        ("Pendiri Microsoft Bill Gates mengatakan hal itu di Jakarta.", "Bill Gates", True),
        ("Presiden Amerika Serikat Donald Trump mengatakan hal itu.", "Donald Trump", True),
    ],
)
def test_english_body_words(full_nlp, text, name, person):
    names = _people(full_nlp, text)
    assert (name in names) is person, names
