"""Session 52 people stress probes (every sentence here is INVENTED, in the style of detik
news): a word of address of eastern Indonesia ("Kaka") and religious titles of other
faiths ("Ayatollah", "Kardinal", "Mullah") are no words of the name; a given name that only
looks like them keeps them."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading


def _names(request, text: str) -> set[str]:
    nlp = request.getfixturevalue("full_nlp")
    return Reading(title="Judul Berita", published=None).person_names(nlp, text)


# (invented text, people it names, names it must not make)
_CASES = [
    # "Kaka" before a name the article also writes without it: a word of address
    (
        'Natalius menerima Bupati Flores Timur Anton Doni Dihen. "Kaka Anton berkontribusi '
        'besar," kata Natalius. Anton berharap kerja sama berlanjut.',
        {"Anton Doni Dihen"},
        {"Kaka Anton"},
    ),
    # refuse: never written without it, "Kaka" stays (a given name or how the person is known)
    (
        "Pemain asal Brasil Kaka Santos mencetak dua gol. Kaka Santos kini jadi andalan klub.",
        {"Kaka Santos"},
        set(),
    ),
    # refuse: lower-case "kakak" is kin, the name after the comma is the person
    (
        "Kakak korban, Rina Wulandari, mengatakan adiknya belum pulang sejak Rabu.",
        {"Rina Wulandari"},
        set(),
    ),
    # a religious title of another faith before the name
    (
        "Ayatollah Ali Khamenei menyampaikan pidato di Teheran. Khamenei menyebut Iran siap.",
        {"Ali Khamenei"},
        {"Ayatollah Ali Khamenei"},
    ),
    # (the review's probes: main made "Kardinal Suharyo" and "Mullah Omar")
    (
        'Misa dipimpin Kardinal Suharyo. "Mari kita saling mengasihi," kata Suharyo dalam '
        "homilinya.",
        {"Suharyo"},
        {"Kardinal Suharyo"},
    ),
    (
        "Pendiri Taliban, Mullah Omar, disebut meninggal pada 2013. Keberadaan Omar sempat "
        "misterius.",
        {"Omar"},
        {"Mullah Omar"},
    ),
    # refuse: "Imam" is also a given name and is no title word here
    (
        "Polisi memeriksa Imam Muslimin terkait laporan tetangganya. Imam Muslimin membantah.",
        {"Imam Muslimin"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "read", "refused"), _CASES)
def test_address_and_religious_titles(request, text, read, refused):
    names = _names(request, text)
    assert read <= names
    assert not refused & names


def test_word_classes_are_data():
    from nlp.person_names import address_words, honorifics

    assert "kaka" in address_words()
    assert {"ayatollah", "kardinal", "mullah"} <= honorifics()
