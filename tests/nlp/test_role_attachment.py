"""The grammar pieces of nlp/role_attachment.py, alone and in the real pipeline. Sentences are
short real quotes from even-id detik-1000 articles (ids given) unless marked invented."""

from __future__ import annotations

from pathlib import Path

from nlp.components.role_parse import RoleParser
from nlp.extract import extract_documents
from nlp.role_attachment import (
    filler_words,
    first_title_with_place,
    ordinal_words,
    paired_titles,
    without_short_forms,
)
from nlp.textutil import words_in


def people(nlp, text: str) -> dict[str, dict]:
    item = {"title": "Judul", "text": text, "published": "2025-10-20"}
    return {p["name"]: p for p in extract_documents([item], nlp=nlp)[0]["people"]}


def test_ordinal_words_count_the_office_number_before_a_name():
    for text, pos, expected in [
        ("Presiden ke-7 Joko Widodo", 1, 1),
        ("Presiden RI ke-8 Prabowo Subianto", 1, 2),
        ("Presiden ke-7 RI Joko Widodo", 1, 2),
        ("Presiden ketujuh Joko Widodo", 1, 1),
        # invented: no name after the ordinal, or a bracket between
        ("Rapat Paripurna ke-1 masa sidang", 2, 0),
        ("Presiden (ke-7) Joko", 1, 0),
        ("Presiden Joko Widodo", 1, 0),
    ]:
        assert ordinal_words(text, words_in(text), pos) == expected, text


def test_filler_words_only_before_a_comma_and_a_name():
    text = "Anggota Komisi II DPR lainnya, Deddy Yevri Sitorus"  # invented capitalisation
    assert filler_words(text, words_in(text), 4) == 1
    text = "Anggota Komisi II DPR lainnya menolak"  # invented
    assert filler_words(text, words_in(text), 4) == 0


def test_without_short_forms_drops_a_bracketed_short_title():
    assert (
        without_short_forms("Sekretaris Daerah (Sekda) Kabupaten Cirebon")
        == "Sekretaris Daerah Kabupaten Cirebon"
    )
    assert without_short_forms("Wakil Gubernur (Wagub) Kaltim") == "Wakil Gubernur Kaltim"
    # invented: a lower-case or long bracket is not a short form
    assert without_short_forms("Ketua (sementara) Komisi") == "Ketua (sementara) Komisi"
    assert without_short_forms("Ketua (Dewan Pers Kota Bogor)") == "Ketua (Dewan Pers Kota Bogor)"


def test_an_ordinal_office_before_the_name(full_nlp):
    # detik-1000 id 6
    text = (
        "Menurut Prabowo, teknik pengendalian inflasi telah dirintis oleh Presiden ke-7 Joko "
        "Widodo (Jokowi). Jokowi berpengalaman sebagai kepala daerah."
    )
    assert people(full_nlp, text)["Joko Widodo"]["role"] == "Presiden ke-7"
    # detik-1000 id 4
    text = "Ia lalu mencontohkan mengapa Presiden ke-2 Soeharto dapat bertahan selama 32 tahun."
    assert people(full_nlp, text)["Soeharto"]["role"] == "Presiden ke-2"


def test_a_bracketed_short_title_leaves_the_role(full_nlp):
    # detik-1000 id 886
    text = "Ajakan Gus Ipul disambut positif Wakil Gubernur (Wagub) Kaltim Seno Aji."
    assert people(full_nlp, text)["Seno Aji"]["role"] == "Wakil Gubernur Kaltim"


def test_lainnya_between_the_office_and_the_name(full_nlp):
    # invented (the real quote, id 514, opens in lower case)
    text = "Anggota Komisi II DPR lainnya, Deddy Yevri Sitorus menilai semua pejabat harus terbuka."
    person = people(full_nlp, text)["Deddy Yevri Sitorus"]
    assert person["role"] == "Anggota Komisi II"
    assert person["organization"] == "DPR"


def test_each_line_of_a_numbered_list_of_officials(full_nlp):
    # detik-1000 id 592
    text = (
        "Berikut ini daftar pimpinan partai yang hadir di Istana:\n"
        "1. Ketum PDIP Megawati Soekarnoputri\n"
        "2. Ketua MPR sekaligus Ketua Dewan Kehormatan Gerindra Ahmad Muzani\n"
        "4. Ketum Golkar Bahlil Lahadalia\n"
        "5. Ketum PAN Zulkifli Hasan\n"
        "8. Sekjen PKS M Kholid.\n"
        "Selain itu, ada Ketua DPR RI Puan Maharani."
    )
    found = people(full_nlp, text)
    assert (found["Bahlil Lahadalia"]["role"], found["Bahlil Lahadalia"]["organization"]) == (
        "Ketum",
        "Golkar",
    )
    assert found["Zulkifli Hasan"]["organization"] == "PAN"
    assert found["Ahmad Muzani"]["role"] == "Ketua Dewan Kehormatan"


def test_paired_titles_before_paired_names():
    text = "hadir Bupati dan Wakil Bupati Bangkalan, Lukman Hakim dan Moch Fauzan"
    title_re = RoleParser(Path("/nonexistent")).title_re  # the title pattern, no parser
    at = text.index("Lukman")
    assert paired_titles(text, (at, at + 12), title_re) == ("Bupati", "Wakil Bupati Bangkalan")
    text = "dari Ketua KPU Afifuddin dan Budi"  # invented: one title only
    at = text.index("Afifuddin")
    assert paired_titles(text, (at, at + 9), title_re) is None
    assert first_title_with_place("Bupati", "Wakil Bupati Bangkalan") == "Bupati Bangkalan"
    assert first_title_with_place("Wakil Ketua 1", "Ketua") == "Wakil Ketua 1"


def test_paired_titles_go_to_the_names_in_order(full_nlp):
    # detik-1000 id 942
    text = (
        "Turut hadir pada doa bersama ini, di antaranya Bupati dan Wakil Bupati Bangkalan, "
        "Lukman Hakim dan Moch Fauzan Ja'far; Ketua PCNU Bangkalan, KH Muhammad Makki Nasir."
    )
    found = people(full_nlp, text)
    assert found["Lukman Hakim"]["role"] == "Bupati Bangkalan"
    assert found["Moch Fauzan Ja'far"]["role"] == "Wakil Bupati Bangkalan"
    # detik-1000 id 1000
    text = (
        "Rapat dipimpin langsung oleh Wakil Ketua 1 dan Ketua DPRD Kurniawan Ramadhan dan "
        "Ismul Rahmadin."
    )
    found = people(full_nlp, text)
    assert found["Kurniawan Ramadhan"]["role"] == "Wakil Ketua 1"
    assert (found["Ismul Rahmadin"]["role"], found["Ismul Rahmadin"]["organization"]) == (
        "Ketua",
        "DPRD",
    )
