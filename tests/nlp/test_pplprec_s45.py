"""People precision (session 45) on invented sentences (all labelled invented; no figure from
them is a generalisation figure): a sentence adverb in -nya read as a person by the apposition
("Ironisnya, guru ..."), a country inside a run closing the body's name before a person
("Galderma Indonesia Mesza Reinaldo"), a name's fans as a group ("Jokowi Mania") and an event
written before an ordinal ("Dies Natalis ke-68"). Each rule has cases where it must not act:
real foreign names, names in -nya, a title before a name, a person's name ending in a place."""

from __future__ import annotations

import pytest


def _people(full_nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    from nlp.extract import extract_documents

    found = extract_documents([{"title": "Berita", "text": text, "published": None}], nlp=full_nlp)
    return {p["name"]: (p.get("role"), p.get("organization")) for p in found[0]["people"]}


@pytest.mark.parametrize(
    "text, name, person",
    [
        # invented: sentence adverbs in -nya before an apposition-like clause
        ("Ironisnya, guru di sekolah itu belum pernah mendengar Reddit.", "Ironisnya", False),
        ("Mirisnya, guru di sekolah itu belum pernah membaca buku itu.", "Mirisnya", False),
        ("Anehnya, guru di sekolah itu tidak tahu kabar itu.", "Anehnya", False),
        # refusal (invented): a name in -nya known to the gazetteer
        ("Sonya, guru di sekolah itu, belum pernah mendengar Reddit.", "Sonya", True),
    ],
)
def test_sentence_adverb_in_nya_is_no_person(full_nlp, text, name, person):
    """``person_names._sentence_adverb``: a capitalised word in -nya opening its sentence before
    a comma, with a stem of four letters or more and not a name of the gazetteer."""
    names = _people(full_nlp, text)
    assert (name in names) is person, names


@pytest.mark.parametrize(
    "text, index, adverb",
    [
        ("Ironisnya, harga naik.", 0, True),
        # refusals (invented): not opening the sentence, no comma, a short stem, a known name
        ("Kemarin Ratnaningnya, warga setempat, datang.", 1, False),
        ("Ironisnya harga naik.", 0, False),
        ("Tanya, warga setempat, datang.", 0, False),
        ("Zevannya, warga setempat, datang.", 0, False),
    ],
)
def test_sentence_adverb_helper(full_nlp, text, index, adverb):
    """``_sentence_adverb`` on its own: each of its conditions refuses."""
    from nlp.names import DocWords
    from nlp.person_names import _sentence_adverb

    assert _sentence_adverb(DocWords(full_nlp(text)), index) is adverb


@pytest.mark.parametrize(
    "text, kept, lost",
    [
        # invented: a company's national branch glued before its director's name
        (
            "Managing Director Galderma Indonesia Mesza Reinaldo menyampaikan hal itu.",
            "Mesza Reinaldo",
            "Galderma Indonesia Mesza Reinaldo",
        ),
        (
            "CEO Lumora Singapura Daniel Tan mengatakan penjualan naik.",
            "Daniel Tan",
            "Lumora Singapura Daniel Tan",
        ),
        # refusals (invented): a title then a country then the person, as before
        ("Presiden Prancis Emmanuel Macron tiba di Jakarta.", "Emmanuel Macron", None),
        ("Dubes China Xie Feng bertemu Menlu di Jakarta.", "Xie Feng", None),
        # a country at the end of a name is place_surname()'s, not this rule's
        ("Menurut Prabowo Indonesia tidak akan menyerah, kata Budi Santoso.", "Budi Santoso", None),
    ],
)
def test_country_inside_a_run_closes_the_body(full_nlp, text, kept, lost):
    """``person_names._past_a_country_inside``: a single-word country with two words or more
    after it and a word that is no personal name before it ends a body's name or a title."""
    names = _people(full_nlp, text)
    assert kept in names, names
    if lost:
        assert lost not in names, names


def test_past_a_country_inside_needs_two_words_after(full_nlp):
    """The rule leaves a run whose country has fewer than two words after it."""
    from nlp.names import DocWords
    from nlp.person_names import _past_a_country_inside

    doc = full_nlp("Galderma Indonesia Mesza datang.")
    ctx = DocWords(doc)
    assert _past_a_country_inside(ctx, 0, 3) == 0
    doc = full_nlp("Galderma Indonesia Mesza Reinaldo datang.")
    ctx = DocWords(doc)
    assert _past_a_country_inside(ctx, 0, 4) == 2
    # refusal (invented): a country after a word of a personal name stays inside the name
    ctx = DocWords(full_nlp("Ahmad China Budi Santoso datang."))
    assert _past_a_country_inside(ctx, 0, 4) == 0


@pytest.mark.parametrize(
    "text, name, person",
    [
        # invented: a supporters' group named after a politician
        ("Ia pernah menjabat Ketua Umum Relawan Jokowi Mania.", "Jokowi Mania", False),
        ("Ia mendirikan kelompok Relawan Ganjar Pranowo Mania.", "Ganjar Pranowo Mania", False),
        # refusal (invented): the politician himself, written on his own
        (
            "Ia pernah menjabat Ketua Umum Relawan Jokowi Mania. Jokowi lalu menang.",
            "Jokowi",
            True,
        ),
    ],
)
def test_fans_group_is_no_person(full_nlp, text, name, person):
    """ "mania" is an English body word (english_body_words.txt): a name before it is the
    group's."""
    names = _people(full_nlp, text)
    assert (name in names) is person, names


@pytest.mark.parametrize(
    "text, name, person",
    [
        # invented: an anniversary written with its ordinal
        ("Kampus itu memamerkan riset pada peringatan Dies Natalis ke-68.", "Dies Natalis", False),
        # refusals (invented): an ordinal after a title, and a name written once without one
        ("Presiden ke-7 Joko Widodo hadir dalam acara itu.", "Joko Widodo", True),
        (
            "Sultan Hamengku Buwono ke-10 hadir. Hamengku Buwono menyampaikan sambutan.",
            "Hamengku Buwono",
            True,
        ),
    ],
)
def test_name_before_an_ordinal_is_an_event(full_nlp, text, name, person):
    """``people._followed_by_a_year``: an ordinal ("ke-68") after a name, as a year, makes
    the name an event's when no other writing of it reads as a person's."""
    names = _people(full_nlp, text)
    assert (name in names) is person, names
