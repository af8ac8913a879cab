"""Organisations, session 48: Indonesia's state universities by the short forms the press writes.

"Mahasiswa Unud", "Rektor Undip", "FISIP Unud": a state university (PTN, a closed class) written
only by its short form is the university (organizations.yaml, kind university); a faculty written
before the short form is an alias of the university, as for "Fakultas Hukum UGM" (session 44).
Short forms that are also words or other bodies (UB, UM, UT, ITS, "Unsur", "Trisakti") are not
listed and must stay unread; after the review, no university whose short form has three letters
or fewer (UNS, UPI, UMS, USK...: an article defines "Unit Pelayanan Informasi (UPI)", "UMS atau
upah minimum sektoral") and not Binus (a Batak given name) is listed: an article's own "(USU)"
must stay the acronym the title reader splits off ("Wakil Rektor II USU").
Every sentence here is INVENTED (names and places are made up in the
style of detik's); none is quoted from an article.
"""

from __future__ import annotations

import pytest
from extraction_helpers import Reading

from nlp.extract import extract_documents

orgs = Reading(title="Kampus Menanggapi").orgs


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        # INVENTED
        ("Polisi memeriksa saksi soal mahasiswa Unud yang jatuh.", "Universitas Udayana", "Unud"),
        # INVENTED
        ("Rektor Undip Budi Santoso memastikan hal itu.", "Universitas Diponegoro", "Undip"),
        # INVENTED
        (
            "Pakar Unsoed, Agus Riyanto, menilai program itu baik.",
            "Universitas Jenderal Soedirman",
            "Unsoed",
        ),
        # INVENTED
        ("Ratusan mahasiswa Unhas menggelar aksi di kampus.", "Universitas Hasanuddin", "Unhas"),
    ],
)
def test_reads_a_state_university_by_its_short_form(full_nlp, text, name, acronym):
    found = orgs(full_nlp, text)
    assert name in found
    assert found[name]["acronym"] == acronym
    assert found[name]["kind"] == "university"


def test_a_faculty_before_the_short_form_is_the_universitys_unit(full_nlp):
    # INVENTED
    text = "Korban terjatuh di depan gedung FISIP Unud, Denpasar, pada Rabu pagi."
    found = orgs(full_nlp, text)
    assert list(found) == ["Universitas Udayana"]
    assert "FISIP Unud" in found["Universitas Udayana"]["aliases"]


def test_a_long_faculty_before_the_short_form_and_the_person(full_nlp):
    # INVENTED
    text = "Guru Besar Fakultas Hukum Unair Siti Rahmawati hadir sebagai ahli di persidangan."
    item = {"title": "Sidang", "text": text, "published": "2025-10-20"}
    result = extract_documents([item], nlp=full_nlp)[0]
    found = {o["name"]: o for o in result["organizations"]}
    assert "Fakultas Hukum Unair" in found["Universitas Airlangga"]["aliases"]
    person = {p["name"]: p for p in result["people"]}["Siti Rahmawati"]
    assert person["role"] == "Guru Besar Fakultas Hukum"


@pytest.mark.parametrize(
    "text",
    [
        # INVENTED: "Unsur" is the word "unsur" (element) at a sentence's start
        "Unsur yang terlibat di antaranya BPBD dan polres setempat.",
        # INVENTED: Sukarno's doctrine, not Universitas Trisakti
        "Ia menyebut ajaran Trisakti Bung Karno masih relevan.",
        # INVENTED: two-letter short forms are not read alone
        "Kegiatan itu diikuti UB dan UM di Malang.",
        # INVENTED: the English "its", and an upper-case "ITS" of a headline style
        "Warga menyebut its own way dan ITS sebagai slogan kampanye.",
        # INVENTED: short forms of four letters or fewer are read only as written or upper-cased
        # (longer ones, "undip", match in any case: none of them is a word)
        "Ia makan di warung unud dekat pasar uns.",
    ],
)
def test_refuses_short_forms_that_are_words_or_other_bodies(full_nlp, text):
    found = orgs(full_nlp, text)
    assert not [n for n, o in found.items() if o["kind"] == "university"]


@pytest.mark.parametrize(
    "text",
    [
        # INVENTED (the review's probes): "Binus" is also a Batak given name
        "Kapolsek Medan Baru AKP Binus Sitorus memimpin penggeledahan.",
        # INVENTED: an article's own three-letter short form
        "Kepala Unit Pelayanan Informasi (UPI) Pemkot Bandung, Asep Hidayat, menjelaskan hal itu.",
        # INVENTED: UMS as a wage term
        "Buruh menuntut UMS atau upah minimum sektoral dinaikkan.",
    ],
)
def test_no_university_from_a_name_or_another_short_form(full_nlp, text):
    found = orgs(full_nlp, text)
    assert not any(o["kind"] == "university" for o in found.values()), found


def test_an_articles_own_three_letter_short_form_stays_the_body_of_a_title(full_nlp):
    # INVENTED (the shape of the invented blind2 set's 01: a lexicon entry without its short form
    # turned the article's "(USU)" into an alias, and the title kept "USU" in the role)
    text = (
        "Universitas Sumatera Utara (USU) menandatangani kerja sama itu, disaksikan Wakil "
        "Rektor II USU Rina Lubis."
    )
    item = {"title": "Kerja sama", "text": text, "published": "2025-10-20"}
    person = {p["name"]: p for p in extract_documents([item], nlp=full_nlp)[0]["people"]}
    assert person["Rina Lubis"]["role"] == "Wakil Rektor II"
    assert person["Rina Lubis"]["organization"] == "USU"
