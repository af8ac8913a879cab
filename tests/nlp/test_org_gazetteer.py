"""The organisation gazetteer built from DBpedia (MDEE), on a real extract of its file."""

from __future__ import annotations

from pathlib import Path

from nlp.org_gazetteer import gazetteer_names

# real lines of ../shared/data/ner/mdee-dbpedia/gazetteer-organization.txt
_LINES = [
    "West Ham United F.C.",
    "Aston Villa F.C.",
    "Persib Bandung",
    "Persib Bandung U-21",
    "Manchester United F.C.",
    "Manchester City F.C.",
    "Universitas Gadjah Mada",
]


def test_clubs_get_the_short_names_the_press_gives_them(tmp_path: Path):
    source = tmp_path / "gazetteer-organization.txt"
    source.write_text("\n".join(_LINES) + "\n", encoding="utf-8")
    names = set(gazetteer_names(source))
    # a club without its club suffix, its last word or its town
    assert {"West Ham United", "West Ham", "Persib Bandung", "Persib"} <= names
    # one word left of an English club is often its town ("Aston" of Aston Villa); a
    # beginning two clubs share names neither; a university has no short name here
    assert not names & {"Aston", "Manchester", "Universitas", "Universitas Gadjah"}
