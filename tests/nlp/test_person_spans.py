"""Person spans that the title and NER rules missed on real news (nlp/person_spans.py and the
list-item lines of nlp/names.py). Texts are invented unless quoted from an even-id detik article."""

from __future__ import annotations

from nlp.names import list_item_line


def people_of(analyse, text: str) -> dict[str, dict]:
    return {p["name"]: p for p in analyse(text)["people"]}


def test_list_item_lines_are_recognised():
    assert list_item_line("3. Waketum Demokrat Edhie Baskoro Yudhoyono (Ibas)")
    assert list_item_line("- Sekretaris DPP PKB Farida Faricha")
    assert list_item_line("– Menteri BUMN Erick Thohir")  # invented: an en dash
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


def test_famous_single_names_come_from_the_ner_sets():
    from nlp.person_spans import famous_single_name

    assert famous_single_name("Jokowi") and famous_single_name("Habibie")
    # "Kejaksaan Agung": a given name, but capitalised as a person far too rarely
    assert not famous_single_name("Agung")
    assert not famous_single_name("Joko Widodo")


def test_a_famous_single_name_is_a_person_alone(analyse):
    # invented sentence; "Jokowi" is named by no full name in the article
    assert "Jokowi" in people_of(analyse, "Judul\nJokowi mengatakan ekonomi tumbuh baik.")
    # an unknown single word as subject still needs a full name elsewhere
    assert "Sutarjo" not in people_of(analyse, "Judul\nSutarjo mengatakan ekonomi tumbuh baik.")


def test_hyphen_pairs_split_only_pairs_of_names():
    from nlp.person_spans import hyphen_pair

    assert hyphen_pair("Prabowo-Gibran") == ("Prabowo", "Gibran")
    assert hyphen_pair("Prabowo Subianto-Gibran Rakabuming Raka") == (
        "Prabowo Subianto",
        "Gibran Rakabuming Raka",
    )
    assert hyphen_pair("Jean-Pierre") is None  # one compound given name
    assert hyphen_pair("Steffan-Dewenter") is None  # one double surname


def test_a_pair_of_famous_names_is_two_people(analyse):
    # quoted from detik 760 (even id)
    people = people_of(
        analyse,
        "Judul\nIa berbicara dalam konferensi pers Satu Tahun Kinerja Pemerintahan "
        "Prabowo-Gibran, Selasa (21/10/2025).",
    )
    assert {"Prabowo", "Gibran"} <= set(people)
    assert "Prabowo-Gibran" not in people


def test_a_lone_given_name_read_in_two_sentences_is_a_person(analyse):
    # invented, in the shape of detik 204 ("KPK memeriksa Yudi"); the rules read "Yudi" before
    # a reporting verb, once per sentence
    text = "Judul\nYudi mengatakan ia tidak tahu. Yudi menjelaskan uang itu milik kantor."
    assert "Yudi" in people_of(analyse, text)
    # one sentence is not enough, nor is a word the person gazetteer does not know
    assert "Yudi" not in people_of(analyse, "Judul\nYudi mengatakan ia tidak tahu.")
    text = "Judul\nMaung mengatakan ia tidak tahu. Maung menjelaskan uang itu milik kantor."
    assert "Maung" not in people_of(analyse, text)
    # invented: also written beside another capitalised word, the word is a cut name
    text = (
        "Judul\nPelaku bernama Bobby Asia ditahan polisi. Bobby mengatakan ia tidak tahu. "
        "Bobby menjelaskan uang itu milik kantor."
    )
    assert "Bobby" not in people_of(analyse, text)
    # invented: a common word that opens a sentence before the name is no part of a name
    text = (
        "Judul\nYudi mengatakan ia tidak tahu. Yudi menjelaskan uang itu milik kantor. "
        "Kemarin Yudi datang ke kantor itu."
    )
    assert "Yudi" in people_of(analyse, text)
