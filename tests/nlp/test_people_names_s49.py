"""People names, session 49: a name's last word a lone capital letter written without its stop
("Asisten II Setdaprov Riau, *Helmi D*, Selasa ...", dev9 20) is kept when the name ends there:
a comma, bracket, colon or stop closes it, or the sentence runs on in a lowercase word (a verb,
"selaku"). Before a capitalised word the letter stays cut as before (a label, a unit's number,
the next name's start), and a letter after a sentence's stop is no initial of the name before.
Every sentence below is INVENTED after that shape, with other people and places."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

_people = Reading(title="Berita", published=None).people


@pytest.mark.parametrize(
    "text",
    [
        # (invented) title, body, comma, the name and its initial, comma
        "Asisten II Setdaprov Jambi, Rudi K, mengatakan harga cabai turun pekan ini.",
        "Asisten II Pemprov Jambi, Rudi K, mengatakan harga cabai turun pekan ini.",
        # (invented) title and body written before the name, a verb after it
        "Kepala Dinas Pertanian Jambi Rudi K mengatakan harga cabai turun pekan ini.",
        # (invented) after "Menurut", the comma closing the name
        "Menurut Rudi K, harga cabai turun pekan ini.",
        # (invented) "selaku" after the name
        "Kepala Dinas Pertanian Jambi Rudi K selaku ketua panitia membuka acara itu.",
    ],
)
def test_lone_capital_letter_ending_a_name_is_kept(full_nlp, text):
    people = _people(full_nlp, "Harga cabai di pasar Jambi turun. " + text)
    assert "Rudi K" in people
    assert "Rudi" not in people


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # (invented) the letter opens the next sentence after the name's stop
        ("Harga cabai turun, kata Kepala Dinas Rudi. K sendiri tidak hadir.", "Rudi K"),
        # (invented) a committee's letter or a region's number is no name's initial
        ("Ketua Komisi X mengatakan harga cabai turun pekan ini.", "Komisi X"),
        ("Kepala Satgas Wilayah V mengatakan harga cabai turun pekan ini.", "Wilayah V"),
        ("Warga menyebut Gen Z di Jambi turun ke jalan, kata Rudi Hartono.", "Gen Z"),
    ],
)
def test_lone_capital_letter_not_read_as_a_names_end(full_nlp, text, wrong):
    assert wrong not in _people(full_nlp, text)


def test_lone_letter_before_a_capitalised_word_stays_cut(full_nlp):
    # (invented) a letter before another capitalised word: as before, not read as the name's
    text = "Harga cabai turun, kata Kepala Dinas Pertanian Rudi Hartono B Jambi pekan ini."
    assert "Rudi Hartono B" not in _people(full_nlp, text)
