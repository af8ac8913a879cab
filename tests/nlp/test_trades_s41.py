"""A trade written in lower case right before a name is the person's role (session 41,
roles.yaml trades_before_name): "milik pengusaha Hermanto Tanoko", "ilmuwan nasional Prof.
Yohanes Surya" (dev2 464's gold role). Nouns that take another person after them as client,
employer or patient stay out ("pengacara Lisa Mariana" is Lisa's lawyer). Sentences are
invented (labelled); the even half writes the shape 4 times (162, 464, 492, 494)."""

from __future__ import annotations

import pytest


def _people(nlp, text: str) -> dict[str, dict]:
    from nlp.extract import extract_documents

    found = extract_documents([{"title": "Berita", "text": text, "published": None}], nlp=nlp)
    return {p["name"]: p for p in found[0]["people"]}


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
