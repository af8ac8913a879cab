"""A unit head's title with its place names the unit (session 35): "Kapolres Tasikmalaya Kota,
AKBP X" lists the Polres Tasikmalaya Kota among the organisations, though the article never
writes the unit's own name. Sentences marked real are shaped on even-id detik articles (280 is
a dev6 gold article; 394, 680, 256); the others are invented."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

_extract = Reading(title="Judul", published=None).extract


def _org_names(found: dict) -> set[str]:
    return {o["name"] for o in found["organizations"]}


@pytest.mark.parametrize(
    "text, unit, holder",
    [
        # real (280): a comma between the title's place and the rank
        (
            "Kapolres Tasikmalaya Kota, AKBP Moch Faruk Rozi menyebut bahwa sopir itu "
            "merupakan warganya.",
            "Polres Tasikmalaya Kota",
            "Moch Faruk Rozi",
        ),
        # real (394)
        (
            "Kapolres Jember, AKBP Bobby Anugrah Christianto mengatakan tersangka sudah pernah "
            "dipenjara.",
            "Polres Jember",
            "Bobby Anugrah Christianto",
        ),
        # real (680): a district the gazetteer lacks, closed by the rank after it
        (
            "Propam memeriksa Kapolsek Mallusetasi AKP Iriansyah usai viral diduga "
            "mengintimidasi wartawan.",
            "Polsek Mallusetasi",
            "Iriansyah",
        ),
        # invented (the rules alone, without the NER, read no holder here: the unit only)
        (
            "Dandim 0830/Surabaya Kolonel Inf Didin Nasruddin Darsono hadir dalam acara itu.",
            "Kodim 0830/Surabaya",
            None,
        ),
        ("Kapolda Metro Jaya Irjen Asep Edi Suheri hadir.", "Polda Metro Jaya", "Asep Edi Suheri"),
    ],
)
def test_a_unit_heads_title_lists_the_unit(rules_nlp, text, unit, holder):
    found = _extract(rules_nlp, text)
    assert unit in _org_names(found)
    if holder is None:
        return
    person = {p["name"]: p for p in found["people"]}[holder]
    assert person["organization"] == unit  # the person's affiliation is the listed unit
    assert person["role"] != unit


def test_a_title_without_its_holder_still_names_the_unit(rules_nlp):
    # real (256): "Kapolda Sumut hingga Kapolrestabes Medan pun meminta maaf"
    found = _extract(
        rules_nlp, "Kapolda Sumut hingga Kapolrestabes Medan pun meminta maaf atas peristiwa itu."
    )
    assert {"Polda Sumut", "Polrestabes Medan"} <= _org_names(found)


def test_the_unit_written_too_is_one_organisation(rules_nlp):
    # invented: the title's unit and the unit written out are the same organisation
    found = _extract(
        rules_nlp,
        "Kapolres Jember AKBP Bobby Anugrah Christianto mengatakan Polres Jember menahan "
        "tersangka.",
    )
    assert [o["name"] for o in found["organizations"]].count("Polres Jember") == 1


@pytest.mark.parametrize(
    "text",
    [
        # invented: a name after the title, no place and no rank, names no Polsek
        "Kapolsek Budi Santoso mengatakan hal itu kepada wartawan.",
        # invented: the bare title names no unit
        "Kapolres mengatakan pelaku sudah ditahan.",
        # invented: in a list, the word before the comma is the holder's own name, not a place
        "Acara itu dihadiri Kapolsek Suharto, AKP Budi Raharjo, dan Camat Sumbersari.",
        "Turut hadir Kapolsek Sumarno, Brigadir Andi Wijaya, dan tokoh masyarakat.",
    ],
)
def test_no_unit_without_its_place(rules_nlp, text):
    names = _org_names(_extract(rules_nlp, text))
    assert not any(n.startswith(("Polsek ", "Polres ")) for n in names)
