"""A trade written in lower case right before a name is the person's role (session 41,
roles.yaml trades_before_name): "milik pengusaha Hermanto Tanoko", "ilmuwan nasional Prof.
Yohanes Surya" (dev2 464's gold role). Nouns that take another person after them as client,
employer or patient stay out ("pengacara Lisa Mariana" is Lisa's lawyer). Sentences are
invented (labelled); the even half writes the shape 4 times (162, 464, 492, 494)."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

_people = Reading(title="Berita", published=None).people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # invented: a trade without a field, after a noun of possession
        (
            "Perusahaan itu bagian dari grup milik pengusaha Hermanto Tanoko, kata sumber.",
            "Hermanto Tanoko",
            "pengusaha",
        ),
        # invented: a trade with a modifier and a name title before the name
        (
            "Dia berdiskusi dengan ilmuwan nasional Prof. Yohanes Surya di Jayapura.",
            "Yohanes Surya",
            "ilmuwan nasional",
        ),
        # invented: an expert's title with its field still reads as before
        (
            "Hal itu disampaikan pengamat kebijakan publik Budi Santoso kepada wartawan.",
            "Budi Santoso",
            "pengamat kebijakan publik",
        ),
    ],
)
def test_trade_before_a_name_is_its_role(full_nlp, text, name, role):
    people = _people(full_nlp, text)
    assert people[name]["role"] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # invented: a lawyer named by the client after him: the client has no trade
        ("Menurut Jhony Nababan, pengacara Lisa Mariana, kliennya tak gentar.", "Lisa Mariana"),
        # invented: a driver of someone: "sopir" is no trade of the name after it
        ("Polisi memeriksa sopir Budi Santoso di rumahnya kemarin.", "Budi Santoso"),
        # invented: many people of a trade ("para pengusaha"): no one person's role
        ("Rapat itu dihadiri para pengusaha Budi Santoso dan Ani Lestari.", "Budi Santoso"),
    ],
)
def test_no_trade_role_for_a_client_or_a_plural(full_nlp, text, name):
    people = _people(full_nlp, text)
    assert name in people
    assert people[name]["role"] is None


# Review mends (session 41). Every sentence below is invented.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a supporter, acquaintance or idol between the trade and the name: the trade is
        # the other person's, the name is whom he supports, knows or admires
        ("Hal itu dikatakan pengusaha pendukung Prabowo Subianto di Jakarta.", "Prabowo Subianto"),
        ("Acara itu dihadiri aktivis pendukung Ganjar Pranowo kemarin.", "Ganjar Pranowo"),
        ("Video itu dibuat influencer pendukung Anies Baswedan kemarin.", "Anies Baswedan"),
        ("Ia bertemu pengusaha kenalan Hendra Wijaya di Surabaya.", "Hendra Wijaya"),
        ("Acara itu dihadiri musisi idola Rina Marlina kemarin.", "Rina Marlina"),
        # an expert's field title as well
        ("Hal itu dikatakan peneliti pendukung Ganjar Pranowo kemarin.", "Ganjar Pranowo"),
    ],
)
def test_no_role_across_a_relational_modifier(full_nlp, text, name):
    people = _people(full_nlp, text)
    assert name in people
    assert people[name]["role"] is None


def test_a_psychologist_is_no_bare_trade(full_nlp):
    # a psychologist has patients: "memeriksa psikolog Rina Marlina" may be Rina's psychologist
    people = _people(full_nlp, "Polisi memeriksa psikolog Rina Marlina kemarin.")
    assert people["Rina Marlina"]["role"] is None


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised word that is no place between a bare trade and the name: not a role
        "Ia bertemu pengusaha Adik Dwi Putranto di Surabaya.",
        "Jurnalis Tempo Budi Setiawan mengatakan hal itu.",
        "Hal itu dikatakan aktivis Greenpeace Indonesia Leonard Simanjuntak kemarin.",
    ],
)
def test_bare_trade_takes_no_capitalised_word_into_its_role(full_nlp, text):
    people = _people(full_nlp, text)
    roles = [p["role"] for p in people.values() if p["role"]]
    assert not any(r.split()[0].lower() in ("pengusaha", "jurnalis", "aktivis") for r in roles)


def test_bare_trade_keeps_a_place(full_nlp):
    # a province between a bare trade and the name stays in the role
    people = _people(full_nlp, "Hal itu dikatakan aktivis Jawa Timur Budi Santoso kemarin.")
    assert people["Budi Santoso"]["role"] == "aktivis Jawa Timur"


def test_trade_of_two_words_with_two_spaces(full_nlp):
    people = _people(full_nlp, "Restoran itu diulas food  blogger Nex Carlos pekan lalu.")
    assert people["Nex Carlos"]["role"] == "food blogger"
