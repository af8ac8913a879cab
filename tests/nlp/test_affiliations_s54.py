"""The body a title writes inside itself (session 54, second round): a named group and a name
opened by an English article.

Counted before building (docs/extraction.md, "Session 54, second round"): of the 123
affiliation misses of dev..dev13, five keep the body inside the role text with no organisation,
in four sets; two are a named group ("Ketua Kelompok Mamaku", "mantan Ketua Kelompok Tani Fa
Masa"), one an English name ("Manajer Riset dan Pengetahuan The Prakarsa"). Every sentence below
is INVENTED in that shape, with the ones where nothing may change."""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

from nlp.role_attachment import body_in_title

_people = Reading(title="Berita hari ini", published=None).people

SPLIT = [
    # invented: a named group after the title, the name between commas
    (
        "Ketua Kelompok Nelayan Bahari, Yusuf Lado, mengucapkan terima kasih kepada pemerintah.",
        "Yusuf Lado",
        "Ketua",
        "Kelompok Nelayan Bahari",
    ),
    # invented: a former holder in an apposition after the name
    (
        "Hendrik Lobo, mantan Ketua Kelompok Tani Sinar Harapan, menceritakan sejarah kebun kopi.",
        "Hendrik Lobo",
        "mantan Ketua",
        "Kelompok Tani Sinar Harapan",
    ),
    # invented: a title that is no whole title before "The"
    (
        "Peneliti The Prakarsa Roby Santoso menilai pajak karbon perlu segera diterapkan.",
        "Roby Santoso",
        "Peneliti",
        "The Prakarsa",
    ),
    (
        "Direktur Eksekutif The Habibie Center, Yusuf Lado, mengatakan kajian itu rampung.",
        "Yusuf Lado",
        "Direktur Eksekutif",
        "The Habibie Center",
    ),
]


@pytest.mark.parametrize("text, name, role, body", SPLIT)
def test_the_body_inside_the_title_is_the_affiliation(full_nlp, text, name, role, body):
    person = _people(full_nlp, text)[name]
    assert (person["role"], person["organization"]) == (role, body)


UNCHANGED = [
    # invented: a group in lower case is no body's name
    ("Ketua kelompok tani, Budi Santoso, mengatakan pupuk langka.", "Budi Santoso"),
    # invented: "Kelompok" with no name after it
    ("Ketua Kelompok Lukas Tanaem meminta anggotanya hadir tepat waktu.", "Lukas Tanaem"),
    ("Ahmad Fauzi menjadi ketua kelompok belajar di kampungnya sejak 2019.", "Ahmad Fauzi"),
    # invented (review): a numbered or lettered group is no body
    ("Ketua Kelompok 3, Rina Wulandari, mempresentasikan hasil diskusi.", "Rina Wulandari"),
    ("Ketua Kelompok A, Fitri Anggraini, membacakan kesimpulan.", "Fitri Anggraini"),
]


@pytest.mark.parametrize("text, name", UNCHANGED)
def test_no_body_where_no_group_is_named(full_nlp, text, name):
    assert _people(full_nlp, text)[name]["organization"] is None


@pytest.mark.parametrize(
    "role, split",
    [
        ("Ketua Kelompok Mamaku", ("Ketua", "Kelompok Mamaku")),
        ("Gubernur The Fed", ("Gubernur", "The Fed")),
        ("Ketua Kelompok", None),  # no name after the head
        ("Ketua Kelompok 3", None),  # a numbered group
        ("Ketua Kelompok A", None),  # a lettered group
        ("Ketua Kelompok Tani di Desa", None),  # a lower-case word: no body's name
        ("Manajer The", None),  # the article opens nothing
    ],
)
def test_body_in_title_reads_groups_and_english_names(role, split):
    assert body_in_title(role) == split
