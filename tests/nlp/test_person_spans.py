"""Person spans that the title and NER rules missed on real news (nlp/person_spans.py and the
list-item lines of nlp/names.py). Texts are invented unless quoted from an even-id detik article."""

from __future__ import annotations

from nlp.names import list_item_line


def people_of(analyse, text: str) -> dict[str, dict]:
    return {p["name"]: p for p in analyse(text)["people"]}


def test_list_item_lines_are_recognised():
    assert list_item_line("3. Waketum Demokrat Edhie Baskoro Yudhoyono (Ibas)")
    assert list_item_line("- Sekretaris DPP PKB Farida Faricha")
    assert not list_item_line("Seluruh Pimpinan Parpol Hadir di Istana")
    assert not list_item_line("2025. Tahun Yang Berat")


def test_people_of_a_numbered_list_are_read(analyse):
    # invented list in the shape of detik 592's
    people = people_of(
        analyse,
        "Judul\nBerikut daftar pimpinan yang hadir:\n"
        "1. Ketum Partai Hijau Rahmat Sudarsono\n"
        "2. Sekjen Partai Biru Dewi Kartikasari\n",
    )
    assert "Rahmat Sudarsono" in people
    assert "Dewi Kartikasari" in people


def test_a_title_case_subhead_still_names_nobody(analyse):
    # invented: a subhead without a list marker stays a headline
    people = people_of(analyse, "Judul\nKetum Partai Hijau Rahmat Sudarsono\nIa hadir di sana.")
    assert "Rahmat Sudarsono" not in people
