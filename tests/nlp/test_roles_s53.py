"""A bare title after a name and a comma, followed at once by a verb, opens a new clause: the
title is that clause's subject, not the name's (session 53).

Every sentence here is INVENTED in the shape of a real one ("majelis hakim yang diketuai
<Name>, JPU mendakwa ..."); the names are invented too."""

from __future__ import annotations

import pytest


def people_of(analyse, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p["name"]: (p["role"], p["organization"]) for p in analyse(text)["people"]}


@pytest.mark.parametrize(
    "text",
    [
        # INVENTED: an abbreviated title, then a verb: the prosecutor is the clause's subject
        "\nDi hadapan majelis hakim yang diketuai Ratna Sari Dewi, JPU mendakwa keduanya "
        "dengan pasal korupsi.",
        # INVENTED: the same with the title in lower case
        "\nDi hadapan majelis hakim yang diketuai Ratna Sari Dewi, jaksa mendakwa keduanya "
        "dengan pasal korupsi.",
    ],
)
def test_a_bare_title_before_a_verb_is_not_the_names_title(analyse, text):
    people = people_of(analyse, text)
    assert people.get("Ratna Sari Dewi", (None, None))[0] is None, people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # INVENTED: a title with its body after the comma is the name's, a verb after it or not
        (
            "\nMenurut Budi Santoso, Kapolres Bogor mengatakan kasus itu ditangani.",
            "Budi Santoso",
            "Kapolres",
        ),
        # INVENTED: a bare title closed by a comma (no verb after it) stays the name's
        (
            "\nHadir pula Budi Santoso, Kapolres, dan Andi Wijaya, Dandim.",
            "Budi Santoso",
            "Kapolres",
        ),
        # INVENTED: a bare title before a preposition, not a verb
        (
            "\nHal itu disampaikan Budi Santoso, Kapolres kepada wartawan.",
            "Budi Santoso",
            "Kapolres",
        ),
    ],
)
def test_a_title_in_apposition_stays_the_names(analyse, text, name, role):
    people = people_of(analyse, text)
    assert people.get(name, (None,))[0] == role, people


def test_a_sentence_adverb_before_the_comma_reads_no_person(analyse):
    # INVENTED: "Selain <product>, Kapolres membuat ...": no name before the comma
    people = people_of(analyse, "\nSelain Rakyat Mart, Kapolres membuat Rakyat Auto untuk warga.")
    assert "Rakyat Mart" not in people, people
