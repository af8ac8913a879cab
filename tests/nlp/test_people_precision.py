"""The people-precision rules of session 24 (a company's name without "PT", a name followed by a
year, a name listed with organisations, a subhead, name particles) on invented sentences: each
case fails without the rule it tests, or fails with the over-reaching form the review found."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading, pipeline


def _people(request, fixture: str, text: str) -> dict[str, dict]:
    return Reading(title="Judul", published=None).people(pipeline(request, fixture), text)


# (fixture, invented text, people it names, "people" it must not name)
_CASES = [
    # a company's name written without "PT" is no person ...
    (
        "full",
        'Gugatan diajukan kepada PT Surya Martani. "Masalah utama di Surya Martani itu PKB ya, '
        'jadi dari pimpinan Surya Martani tidak mengakui adanya PKB," papar Suharyanto.',
        {"Suharyanto"},
        {"Surya Martani"},
    ),
    # ... but a person a rule reads keeps the name the article also gives a company
    (
        "full",
        'Direktur Utama PT Tahir Santoso, Tahir Santoso, hadir. "Kami tumbuh," kata Tahir Santoso.',
        {"Tahir Santoso"},
        set(),
    ),
    # a person written once without the year is a person (the year test: see below)
    (
        "full",
        "Pasangan Ganjar Pranowo 2024 kalah. Ganjar Pranowo menerima hasil.",
        {"Ganjar Pranowo"},
        set(),
    ),
    # a name listed with organisations is an organisation's, unless it opens with a first name
    (
        "full",
        "Teknologi ini dikembangkan bersama mitra global seperti Nokia, Huawei, Orex Sai, "
        "Baicells, dan Fiberhome.",
        set(),
        {"Orex Sai"},
    ),
    (
        "full",
        "Acara dihadiri perwakilan Telkomsel, Indosat, XL Axiata, dan Budi Gunadi Sadikin di "
        "Jakarta.",
        {"Budi Gunadi Sadikin"},
        set(),
    ),
    # a line of two name-like words is a subhead, not the full name of "kata Darmin"
    (
        "rules",
        'Seorang pedagang tewas di Legian. "Saya sudah bilang jangan hina keluarga saya," kata '
        'Darmin saat konferensi pers. "Kami masih mendalami motifnya," ujar Darmin lagi.\n'
        "Darmin Tanjung\nWarga sekitar terkejut.",
        {"Darmin"},
        {"Darmin Tanjung"},
    ),
    # a run of two particles inside a name
    (
        "rules",
        'Kiper legendaris Belanda hadir. "Saya senang," kata Ruud van der Sar kepada wartawan.',
        {"Ruud van der Sar"},
        {"Ruud"},
    ),
]


@pytest.mark.parametrize(("fixture", "text", "named", "not_named"), _CASES)
def test_people_precision_rules(request, fixture, text, named, not_named):
    people = _people(request, fixture, text)
    assert named <= set(people)
    assert not not_named & set(people)


def test_company_name_keeps_the_persons_title(request):
    people = _people(
        request,
        "full",
        'Direktur Utama PT Tahir Santoso, Tahir Santoso, hadir. "Kami tumbuh," kata Tahir Santoso.',
    )
    assert people["Tahir Santoso"]["role"] == "Direktur Utama"


def test_word_lists_are_data():
    from nlp.components.people import event_nouns
    from nlp.names import name_particles
    from nlp.person_names import address_words

    assert {"van", "der", "bin"} <= name_particles()
    assert {"mas", "kang", "abah"} <= address_words()
    assert {"acara", "ajang"} <= event_nouns()


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # every mention before a year or after a word for an event: an event's name
        (
            "Ia hadir di sela acara Runway Run di Benteng Rotterdam. Yayasan ikut di event "
            "Runway Run 2025. Runway Run 2025 menjadi ajang amal.",
            True,
        ),
        ("Runway Run 2025 digelar. Pendaftaran Runway Run 2026 dibuka.", True),
        # written once outside both: a person
        ("Pasangan Ganjar Pranowo 2024 kalah. Ganjar Pranowo menerima hasil.", False),
        # an event word alone, with no year anywhere, says nothing
        ("Ia hadir di acara Runway Run di Makassar.", False),
    ],
)
def test_name_followed_by_a_year(text, event):
    from nlp.components.people import _followed_by_a_year

    name = "Ganjar Pranowo" if "Ganjar" in text else "Runway Run"
    assert _followed_by_a_year(text, name) is event
