"""The people-precision rules of session 25 on invented sentences (labelled invented; no figure
from them is a generalisation figure): each case fails without the rule it tests, and each rule
has a case where it must not act."""

from __future__ import annotations

import pytest


def _ctx(nlp, text: str):
    from nlp.names import DocWords

    return DocWords(nlp(text))


def _span(ctx, name: str, nth: int = 0) -> tuple[int, int]:
    """Word indexes of the nth occurrence of ``name`` in ctx."""
    parts = name.split()
    found = [
        k
        for k in range(len(ctx.words) - len(parts) + 1)
        if [w.text for w in ctx.words[k : k + len(parts)]] == parts
    ]
    return found[nth], found[nth] + len(parts)


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # a region right after an organisation's capitals is the organisation's
        (
            "Hadir pula Ketua Fraksi Partai Gerindra DPRD Jateng Rohmat Marzuki di sana.",
            "Jateng Rohmat Marzuki",
            "Rohmat Marzuki",
        ),
        # ... but a personal name that is also a regency stays ("Bima")
        (
            "Hadir pula Ketua DPRD Bima Arya Sugiarto di sana.",
            "Bima Arya Sugiarto",
            "Bima Arya Sugiarto",
        ),
        # a one-letter "initial" that ends the sentence before a name written with another
        # first name
        (
            "Donald Trump membagikan video itu. Video diunggah di platform X. Trump hanya "
            "membagikan ulang.",
            "X. Trump",
            "Trump",
        ),
        # ... a real initial stays
        (
            "Donald Trump membagikan video itu. Ekonom D. Trump menilai berbeda.",
            "D. Trump",
            "D. Trump",
        ),
        # an English royal title
        ("Video itu berjudul King Trump dan viral.", "King Trump", "Trump"),
    ],
)
def test_trim(rules_nlp, text, span, name):
    from nlp.person_names import trim

    ctx = _ctx(rules_nlp, text)
    i, j = trim(ctx, *_span(ctx, span))
    assert ctx.text_of(i, j) == name


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("Direktur Eksekutif Srikandi Energi hadir.", "Srikandi Energi", False),
        ("Acara Mujadalah Kiai Kampung digelar.", "Mujadalah Kiai Kampung", False),
        ("Direktur Riset Ali Noer Zaman hadir.", "Ali Noer Zaman", True),
    ],
)
def test_last_word_never_in_a_name(rules_nlp, text, name, person):
    from nlp.person_names import is_person_name

    ctx = _ctx(rules_nlp, text)
    assert is_person_name(ctx, *_span(ctx, name)) is person


@pytest.mark.parametrize(
    ("text", "ner_start", "start"),
    [
        # the NER's "Maulana Akbar" after a lower-case word: the first name is taken in
        ("Ayu juga melaporkan Aris Maulana Akbar ke polisi.", "Maulana Akbar", "Aris"),
        ("kata pelatih tim itu, Nuno Espirito Santo.", "Espirito Santo", "Nuno"),
        # a word the article writes elsewhere, not as a person: a body's
        (
            "Menurut ekonom Celios Bhima Yudhistira, harga naik. Riset Celios terbit.",
            "Bhima Yudhistira",
            "Bhima",
        ),
        # an organisation's capitals before the run: nothing is taken in
        ("Ketua Dema UIN Syarif Hidayatullah Ihdan Nazar hadir.", "Ihdan Nazar", "Ihdan"),
        # a title, a common word or a place before it: nothing is taken in
        ("Gubernur Jawa Barat Dedi Mulyadi hadir.", "Dedi Mulyadi", "Dedi"),
        ("Menteri Keuangan Purbaya Yudhi Sadewa hadir.", "Yudhi Sadewa", "Yudhi"),
    ],
)
def test_lost_first_names(rules_nlp, text, ner_start, start):
    from nlp.person_names import lost_first_names

    ctx = _ctx(rules_nlp, text)
    i, _ = _span(ctx, ner_start)
    assert ctx.words[lost_first_names(ctx, i)].text == start


def _record(name: str, role: str | None = None) -> dict:
    return {"name": name, "role": role, "organization": None, "_kinds": {"person"}, "_mentions": 1}


@pytest.mark.parametrize(
    ("names", "renamed"),
    [
        (["Prasetyo Hadi", "Pras"], {"Pras": "Prasetyo Hadi"}),
        (["Emanuel Melkiades Laka Lena", "Melki"], {"Melki": "Emanuel Melkiades Laka Lena"}),
        # the opening of a last name is another person's first name
        (["Ade Ary Syam Indradi", "Indra"], {}),
        # two people it could be: neither
        (["Prasetyo Hadi", "Prasetya Utama", "Pras"], {}),
        # too short to tell
        (["Budiman Sujatmiko", "Bud"], {}),
    ],
)
def test_short_forms(names, renamed):
    from nlp.components.people import _merge_short_forms

    records = {n: _record(n) for n in names}
    assert _merge_short_forms(records) == renamed
    assert set(records) == set(names) - set(renamed)
